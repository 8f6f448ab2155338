/** Reference data shared by every ente: the D.Lgs. 118/2011 missioni and programmi. */
package it.traguardo.catalog;
