package it.traguardo.monitoring;

import it.traguardo.documents.ValuesTemplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Validates the rows of a values file before anything is written: every problem is reported with its file, row
 * and column and what was expected, in Italian. A row without a value is left out, not refused: the template lists
 * every indicator and the office fills some. Plain Java.
 */
public final class ValueRows {

  private static final List<String> REQUIRED = List.of(ValuesTemplate.ID, ValuesTemplate.YEAR, ValuesTemplate.CHECKPOINT, ValuesTemplate.VALUE);

  private ValueRows() {}

  /**
   * An indicator of the plan as the import knows it.
   *
   * @param writable whether the user importing may record its values
   */
  public record Known(long indicatorId, String objectiveNumber, String name, boolean writable) {}

  /** Why a value cannot be recorded for an indicator in a year (the target's kind, a missing reason), or empty. */
  @FunctionalInterface
  public interface ValueCheck {
    Optional<String> problem(Known indicator, int year, String value, String note);
  }

  /** A value to record, with the row it came from. */
  public record Value(int row, long indicatorId, int year, Checkpoint checkpoint, String value, String note) {}

  /**
   * A located problem.
   *
   * @param row the row as the spreadsheet numbers it, or null for the file as a whole
   * @param column the column's letter and name ("F «Anno»"), or null
   */
  public record Problem(String file, Integer row, String column, String message) {}

  /** The values to record and the problems found; {@code skipped} counts the rows without a value. */
  public record Outcome(List<Value> values, List<Problem> problems, int skipped) {
    public Outcome {
      values = List.copyOf(values);
      problems = List.copyOf(problems);
    }
  }

  public static Outcome validate(
      String file, ValuesTable table, Map<Long, Known> indicators, int firstYear, int lastYear, ValueCheck check) {
    Map<String, Integer> columns = new HashMap<>();
    for (int c = 0; c < table.header().size(); c++) {
      columns.putIfAbsent(table.header().get(c).strip().toLowerCase(Locale.ROOT), c);
    }
    List<Problem> problems = new ArrayList<>();
    for (String name : REQUIRED) {
      if (!columns.containsKey(name.toLowerCase(Locale.ROOT))) {
        problems.add(
            new Problem(file, 1, "«" + name + "»",
                "manca la colonna «" + name + "» nella prima riga: usare il modello scaricato dal piano, con le intestazioni "
                    + String.join(", ", ValuesTemplate.COLUMNS) + "."));
      }
    }
    if (!problems.isEmpty()) {
      return new Outcome(List.of(), problems, 0);
    }
    Columns at = new Columns(columns, table.header());
    List<Value> values = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int skipped = 0;
    for (ValuesTable.TableRow row : table.rows()) {
      String value = row.cell(at.value);
      if (row.isBlank() || value.isBlank()) {
        skipped += row.isBlank() ? 0 : 1;
        continue;
      }
      int before = problems.size();
      Known indicator = indicator(file, row, at, indicators, problems);
      Integer year = year(file, row, at, firstYear, lastYear, problems);
      Checkpoint checkpoint = checkpoint(file, row, at, problems);
      String note = at.note < 0 ? null : blankToNull(row.cell(at.note));
      if (indicator != null && year != null) {
        check.problem(indicator, year, value, note)
            .ifPresent(message -> problems.add(new Problem(file, row.number(), at.name(at.value), message)));
      }
      if (problems.size() > before) {
        continue;
      }
      String key = indicator.indicatorId() + "/" + year + "/" + checkpoint;
      Integer earlier = seen.putIfAbsent(key, row.number());
      if (earlier != null) {
        problems.add(
            new Problem(file, row.number(), at.name(at.id),
                "l'indicatore «" + indicator.name() + "» ha già un valore per il " + year + ", rilevazione "
                    + checkpoint.label() + ", alla riga " + earlier + ": lasciarne uno solo."));
        continue;
      }
      values.add(new Value(row.number(), indicator.indicatorId(), year, checkpoint, value.strip(), note));
    }
    return new Outcome(values, problems, skipped);
  }

  private static Known indicator(
      String file, ValuesTable.TableRow row, Columns at, Map<Long, Known> indicators, List<Problem> problems) {
    String text = row.cell(at.id);
    long id;
    try {
      id = Long.parseLong(text.strip().replaceFirst(",0+$", ""));
    } catch (NumberFormatException e) {
      problems.add(
          new Problem(file, row.number(), at.name(at.id),
              text.isBlank()
                  ? "manca il numero che identifica l'indicatore (colonna «" + ValuesTemplate.ID + "» del modello)."
                  : "atteso il numero che identifica l'indicatore, come nel modello; trovato «" + text + "»."));
      return null;
    }
    Known indicator = indicators.get(id);
    if (indicator == null) {
      problems.add(new Problem(file, row.number(), at.name(at.id), "l'indicatore " + id + " non è di questo piano."));
      return null;
    }
    if (!indicator.writable()) {
      problems.add(
          new Problem(file, row.number(), at.name(at.id),
              "l'indicatore «" + indicator.name() + "» (obiettivo " + indicator.objectiveNumber()
                  + ") non è tra quelli di cui lei può inserire i valori: è di un altro servizio."));
      return null;
    }
    return indicator;
  }

  private static Integer year(
      String file, ValuesTable.TableRow row, Columns at, int firstYear, int lastYear, List<Problem> problems) {
    String text = row.cell(at.year).strip();
    try {
      int year = Integer.parseInt(text.replaceFirst(",0+$", ""));
      if (year >= firstYear && year <= lastYear) {
        return year;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        new Problem(file, row.number(), at.name(at.year),
            "atteso un anno del piano, dal " + firstYear + " al " + lastYear + "; trovato «" + text + "»."));
    return null;
  }

  private static Checkpoint checkpoint(String file, ValuesTable.TableRow row, Columns at, List<Problem> problems) {
    String text = row.cell(at.checkpoint).strip();
    String word = text.toLowerCase(Locale.ROOT).replaceFirst("\\s*\\(.*$", "");
    switch (word) {
      case "intermedio", "intermedia", "mid", "30 giugno", "30/06" -> {
        return Checkpoint.MID;
      }
      case "finale", "final", "31 dicembre", "31/12" -> {
        return Checkpoint.FINAL;
      }
      default -> {
        problems.add(
            new Problem(file, row.number(), at.name(at.checkpoint),
                "atteso «intermedia» (30 giugno) o «finale» (31 dicembre); trovato «" + text + "»."));
        return null;
      }
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Where the columns are, and how a message names them. */
  private static final class Columns {
    final int id;
    final int year;
    final int checkpoint;
    final int value;
    final int note;
    private final List<String> header;

    Columns(Map<String, Integer> columns, List<String> header) {
      this.id = columns.get(ValuesTemplate.ID.toLowerCase(Locale.ROOT));
      this.year = columns.get(ValuesTemplate.YEAR.toLowerCase(Locale.ROOT));
      this.checkpoint = columns.get(ValuesTemplate.CHECKPOINT.toLowerCase(Locale.ROOT));
      this.value = columns.get(ValuesTemplate.VALUE.toLowerCase(Locale.ROOT));
      this.note = columns.getOrDefault(ValuesTemplate.NOTE.toLowerCase(Locale.ROOT), -1);
      this.header = header;
    }

    /** "F «Anno»": the spreadsheet's letter and the header. */
    String name(int column) {
      return letter(column) + " «" + header.get(column).strip() + "»";
    }

    static String letter(int column) {
      StringBuilder letters = new StringBuilder();
      for (int c = column + 1; c > 0; c = (c - 1) / 26) {
        letters.insert(0, (char) ('A' + (c - 1) % 26));
      }
      return letters.toString();
    }
  }
}
