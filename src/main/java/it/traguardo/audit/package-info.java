/**
 * The audit trail of every ente: each change the other modules announce (an import, an adoption, an achieved
 * value) is written in the same transaction as the change itself, and can be read per ente or per objective and
 * exported as CSV.
 */
package it.traguardo.audit;
