package it.traguardo.measure;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/** When a DEADLINE target falls, for a given measured year. */
public sealed interface DeadlineRule {

  /** The deadline for the measured {@code year}; empty when it cannot be known. */
  Optional<LocalDate> dateFor(int year, NamedDates calendar);

  /** "Entro 31.12.2024": one fixed date, whatever the year measured. */
  record OnDate(LocalDate date) implements DeadlineRule {
    @Override
    public Optional<LocalDate> dateFor(int year, NamedDates calendar) {
      return Optional.of(date);
    }
  }

  /**
   * "Entro 31.10" (offset 0): that day of the measured year; "Entro il 31.12 anno precedente" (offset -1):
   * that day of the year before.
   */
  record DayOfYear(MonthDay day, int yearOffset) implements DeadlineRule {
    @Override
    public Optional<LocalDate> dateFor(int year, NamedDates calendar) {
      return Optional.of(day.atYear(year + yearOffset));
    }
  }

  /**
   * "Realizzazione entro 31.12.2024-2025-2026": the same day in each listed year. A year not listed has no
   * deadline of its own.
   */
  record EachListedYear(MonthDay day, List<Integer> years) implements DeadlineRule {
    public EachListedYear {
      years = List.copyOf(years);
    }

    @Override
    public Optional<LocalDate> dateFor(int year, NamedDates calendar) {
      return years.contains(year) ? Optional.of(day.atYear(year)) : Optional.empty();
    }
  }

  /** "Entro la scadenza fiscale": the date comes from the ente's calendar of named dates. */
  record Named(String name) implements DeadlineRule {
    @Override
    public Optional<LocalDate> dateFor(int year, NamedDates calendar) {
      return calendar.dateOf(name, year);
    }
  }
}
