/**
 * Amministrazione trasparente, sezione Performance (d.lgs. 33/2013 art. 10 c. 8): the public page of an ente's
 * published plan for a year, its documents and open data at stable addresses, and the generated documents kept in
 * the database so that a slow rendering happens once.
 */
package it.traguardo.transparency;
