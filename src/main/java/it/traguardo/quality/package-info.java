/**
 * Checks a plan before it is adopted: structure, measurability, budget links, the content the PIAO rules ask for,
 * payment timeliness, legal citations and the document's own table of contents. Each {@link
 * it.traguardo.quality.Check} yields located {@link it.traguardo.quality.Finding}s in Italian; {@link
 * it.traguardo.quality.PlanChecker} runs them all.
 *
 * <p>Plain Java on purpose, like the measuring engine: the CLI checks a file without starting the application, and
 * the page of a stored plan calls the same code. Only the {@code web} subpackage knows Spring.
 */
package it.traguardo.quality;
