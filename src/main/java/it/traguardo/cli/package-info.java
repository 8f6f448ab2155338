/**
 * Command-line subcommands of the Traguardo jar (picocli). Subcommands print only their result on stdout; logs go
 * to stderr.
 */
package it.traguardo.cli;
