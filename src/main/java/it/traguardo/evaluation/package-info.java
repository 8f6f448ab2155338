/**
 * Evaluation: the Nucleo di Valutazione's review and validation of a year's results, the ente's SMVP for the
 * evaluation of its EQs, each EQ's individual evaluation and result pay, and the figures d.lgs. 33/2013 art. 20 asks
 * to publish.
 *
 * <p>The rules are plain Java in this package, without framework types: {@link it.traguardo.evaluation.Smvp},
 * {@link it.traguardo.evaluation.ObjectiveWeights}, {@link it.traguardo.evaluation.PaymentTimelinessRule},
 * {@link it.traguardo.evaluation.IndividualEvaluation}, {@link it.traguardo.evaluation.BudgetCap} and
 * {@link it.traguardo.evaluation.PayDistribution}. Storage, pages and API sit around them.
 */
package it.traguardo.evaluation;
