/**
 * Payment timeliness of a comune: readers of FatturaPA invoices, payment events and accounting registers, and the
 * indicators computed from them (ITP, annual delay indicator, residual commercial debt).
 *
 * <p>Plain Java on purpose: storage and pages build on this package, not the other way round, so it depends on no
 * framework, persistence or JSON library. Formulas and legal sources are in {@code docs/payments.md}.
 */
package it.traguardo.payments;
