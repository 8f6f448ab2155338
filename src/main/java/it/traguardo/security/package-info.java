/**
 * Who may do what: form login for people, HTTP Basic for API clients, and the rules that keep each ente's data to
 * its own users. Published plans and the index are public and read-only.
 */
package it.traguardo.security;
