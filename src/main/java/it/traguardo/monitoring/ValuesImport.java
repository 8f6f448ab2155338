package it.traguardo.monitoring;

import it.traguardo.documents.ValuesTemplate;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Objective;
import it.traguardo.plan.StoredPlan;
import it.traguardo.security.TraguardoPrincipal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Achieved values from a CSV or XLSX file, all or nothing: every row is validated first, and only a file without
 * problems is recorded, in one transaction, value by value through {@link Actuals#record} (so each value is in the
 * audit trail as if entered by hand). The template lists the indicators the user may update.
 */
@Service
public class ValuesImport {

  private final Actuals actuals;
  private final TransactionTemplate transaction;

  ValuesImport(Actuals actuals, TransactionTemplate transaction) {
    this.actuals = actuals;
    this.transaction = transaction;
  }

  /** How an import ended. */
  public sealed interface Result {
    /** Every value recorded; {@code skipped} rows had no value. */
    record Recorded(int count, int skipped) implements Result {}

    /** Nothing recorded. */
    record Refused(List<ValueRows.Problem> problems) implements Result {}
  }

  /** The template's lines for a year and checkpoint: the indicators the user may update, with their current value. */
  public List<ValuesTemplate.Line> template(long entityId, StoredPlan plan, TraguardoPrincipal user, int year, Checkpoint checkpoint) {
    List<ValuesTemplate.Line> lines = new ArrayList<>();
    for (Map.Entry<Indicator, Objective> entry : indicators(plan).entrySet()) {
      Actuals.IndicatorState state = actuals.indicator(entityId, entry.getKey().id()).orElseThrow();
      if (!actuals.mayRecord(entityId, user, state)) {
        continue;
      }
      String current =
          actuals.of(entityId, state.id()).stream()
              .filter(a -> a.year() == year && a.checkpoint() == checkpoint)
              .map(RecordedActual::value)
              .findFirst()
              .orElse(null);
      lines.add(
          new ValuesTemplate.Line(
              state.id(), entry.getValue().number(), state.name(), state.target(), current, year,
              checkpoint == Checkpoint.MID ? "intermedia" : "finale"));
    }
    return lines;
  }

  public Result importFile(long entityId, StoredPlan plan, TraguardoPrincipal user, String fileName, byte[] content) {
    String file = fileName == null || fileName.isBlank() ? "file" : fileName;
    ValuesTable table;
    try {
      table = ValuesTable.read(file, content);
    } catch (ValuesTable.UnreadableException e) {
      return new Result.Refused(List.of(new ValueRows.Problem(file, null, null, e.getMessage())));
    }
    Map<Long, ValueRows.Known> known = new LinkedHashMap<>();
    Map<Long, Actuals.IndicatorState> states = new LinkedHashMap<>();
    for (Map.Entry<Indicator, Objective> entry : indicators(plan).entrySet()) {
      Actuals.IndicatorState state = actuals.indicator(entityId, entry.getKey().id()).orElseThrow();
      states.put(state.id(), state);
      known.put(
          state.id(),
          new ValueRows.Known(state.id(), entry.getValue().number(), state.name(), actuals.mayRecord(entityId, user, state)));
    }
    ValueRows.Outcome outcome =
        ValueRows.validate(
            file, table, known, plan.summary().firstYear(), plan.summary().lastYear(),
            (indicator, year, value, note) -> actuals.problem(entityId, states.get(indicator.indicatorId()), year, value, note));
    if (!outcome.problems().isEmpty()) {
      return new Result.Refused(outcome.problems());
    }
    if (outcome.values().isEmpty()) {
      return new Result.Refused(
          List.of(new ValueRows.Problem(file, null, "«" + ValuesTemplate.VALUE + "»", "nessuna riga ha un valore da inserire.")));
    }
    try {
      transaction.executeWithoutResult(status -> record(entityId, file, outcome.values(), user.getUsername()));
    } catch (RowRefused refused) {
      return new Result.Refused(List.of(refused.problem));
    }
    return new Result.Recorded(outcome.values().size(), outcome.skipped());
  }

  private void record(long entityId, String file, List<ValueRows.Value> values, String user) {
    for (ValueRows.Value value : values) {
      int version = actuals.indicator(entityId, value.indicatorId()).orElseThrow().version();
      Actuals.Outcome outcome =
          actuals.record(entityId, value.indicatorId(), value.year(), value.checkpoint(), value.value(), value.note(), user, version);
      if (outcome instanceof Actuals.Outcome.Invalid invalid) {
        throw new RowRefused(new ValueRows.Problem(file, value.row(), "«" + ValuesTemplate.VALUE + "»", invalid.message()));
      }
      if (outcome instanceof Actuals.Outcome.Frozen frozen) {
        // validated while the file was being checked: the rows already written go back with the rest
        throw new RowRefused(new ValueRows.Problem(file, value.row(), null, frozen.message()));
      }
      if (outcome instanceof Actuals.Outcome.Stale) {
        throw new RowRefused(
            new ValueRows.Problem(file, value.row(), null,
                "un altro utente ha modificato l'indicatore durante l'importazione: nulla è stato salvato, riprovare."));
      }
    }
  }

  /** Every indicator of the plan with its objective, in document order. */
  private static Map<Indicator, Objective> indicators(StoredPlan plan) {
    Map<Indicator, Objective> all = new LinkedHashMap<>();
    plan.plan().objectives().forEach(o -> o.indicators().forEach(i -> all.put(i, o)));
    return all;
  }

  /** A row refused while recording: the transaction is rolled back. */
  private static final class RowRefused extends RuntimeException {
    private final transient ValueRows.Problem problem;

    RowRefused(ValueRows.Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }
}
