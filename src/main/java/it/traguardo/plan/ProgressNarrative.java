package it.traguardo.plan;

import java.time.OffsetDateTime;

/**
 * The objective's "stato di attuazione" written at a checkpoint of a year.
 *
 * @param checkpoint "mid" (30 June) or "final" (31 December)
 * @param checkpointLabel how the pages name the checkpoint
 * @param text the text as written; empty when it was cleared
 * @param version the version of the record, 0 when there is none: the next write must name it
 */
public record ProgressNarrative(
    String checkpoint, String checkpointLabel, String text, String recordedBy, OffsetDateTime recordedAt, int version) {

  public boolean written() {
    return text != null && !text.isBlank();
  }
}
