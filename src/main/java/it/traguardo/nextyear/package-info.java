/**
 * Next year's plan: from a plan past BOZZA, the draft of the three years that start one year later, carrying
 * objectives, phases, indicators and targets, with the list of what the segretario must review before adoption.
 */
package it.traguardo.nextyear;
