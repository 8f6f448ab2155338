/**
 * The plan aggregate: objectives, phases, budget links, indicators and characteristics of a PIAO performance
 * sub-section, its storage and its pages.
 */
package it.traguardo.plan;
