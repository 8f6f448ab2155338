/**
 * The measuring engine: reads the Italian text of a target ("Valore atteso") and of an achieved value
 * ("Raggiunto"), scores one against the other under the ente's SMVP, and rolls scores up to objectives,
 * services, managers and the ente.
 *
 * <p>Plain Java on purpose: importer, web pages, REST preview and evaluation all call it, and it must stay
 * fast and testable without a Spring context. Entry points: {@link it.traguardo.measure.Target#parse},
 * {@link it.traguardo.measure.PolarityAssessment#assess}, {@link it.traguardo.measure.Actual#parse},
 * {@link it.traguardo.measure.ScoringPolicy#score}, {@link it.traguardo.measure.Target#sentence} and
 * {@link it.traguardo.measure.RollUp#of}.
 */
package it.traguardo.measure;
