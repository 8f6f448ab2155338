/**
 * Reading plans written outside Traguardo: the text export of a PIAO performance sub-section (tab-separated
 * tables), into the plan model with located diagnostics. Plain Java: the parsing never depends on Spring.
 */
package it.traguardo.importer;
