package it.traguardo.transparency;

import it.traguardo.evaluation.EvaluationRecorded;
import it.traguardo.plan.PlanStepRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Relazione of a year prints the NdV's achievements, notes and validation: when they change, the stored Relazione
 * of that year is dropped, to be generated again with them.
 */
@Component
class RelazioneRefresh {

  private final DocumentFiles files;

  RelazioneRefresh(DocumentFiles files) {
    this.files = files;
  }

  @EventListener
  void on(EvaluationRecorded event) {
    if (event.planId() != null && event.year() != null) {
      files.forget(event.planId(), event.year(), DocumentKind.RELAZIONE_PDF, DocumentKind.RELAZIONE_DOCX);
    }
  }

  /** The validation of a year puts the NdV's statement into that year's Relazione. */
  @EventListener
  void on(PlanStepRecorded event) {
    if ("VALIDAZIONE".equals(event.kind()) && event.year() != null) {
      files.forget(event.planId(), event.year(), DocumentKind.RELAZIONE_PDF, DocumentKind.RELAZIONE_DOCX);
    }
  }
}
