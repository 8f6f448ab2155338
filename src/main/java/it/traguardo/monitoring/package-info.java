/**
 * Monitoring: the achieved values of the indicators, per year and checkpoint ({@code mid} = 30 June,
 * {@code final} = 31 December), with who entered them and when, and the optimistic locking that keeps two people
 * from overwriting each other.
 */
package it.traguardo.monitoring;
