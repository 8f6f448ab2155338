package it.traguardo.deadlines;

import it.traguardo.monitoring.Checkpoint;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A monitoring checkpoint of a year with its date: {@code mid} on 30 June, {@code final} on 31 December of the
 * year measured. Its items become due some days before that date (the ente's choice) and are overdue from the day
 * after it while not filled in.
 */
public record Deadline(int year, Checkpoint checkpoint) {

  private static final Pattern CODE = Pattern.compile("(\\d{4})-(mid|final)");

  public Deadline {
    Objects.requireNonNull(checkpoint, "checkpoint");
  }

  public LocalDate date() {
    return checkpoint == Checkpoint.MID ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
  }

  /** The first day its items are due, {@code daysBefore} days before its date. */
  public LocalDate opensOn(int daysBefore) {
    return date().minusDays(daysBefore);
  }

  /** Whether its date has passed on {@code today}: what is still missing is then overdue. */
  public boolean isPast(LocalDate today) {
    return today.isAfter(date());
  }

  public Deadline previous() {
    return checkpoint == Checkpoint.FINAL ? new Deadline(year, Checkpoint.MID) : new Deadline(year - 1, Checkpoint.FINAL);
  }

  public Deadline next() {
    return checkpoint == Checkpoint.MID ? new Deadline(year, Checkpoint.FINAL) : new Deadline(year + 1, Checkpoint.MID);
  }

  /**
   * The current checkpoint on {@code today}: the latest one whose items are already due. It stays current, overdue
   * once its date has passed, until the next one opens {@code daysBefore} days before its own date; so with 30 days,
   * the final checkpoint of 2024 is current from 1 December 2024 to 30 May 2025, and the intermediate one of 2025
   * from 31 May 2025.
   *
   * @param daysBefore between 0 and 90
   */
  public static Deadline current(LocalDate today, int daysBefore) {
    if (daysBefore < 0 || daysBefore > 90) {
      throw new IllegalArgumentException("daysBefore " + daysBefore + " outside 0-90");
    }
    Deadline candidate = new Deadline(today.getYear(), Checkpoint.FINAL);
    while (candidate.opensOn(daysBefore).isAfter(today)) {
      candidate = candidate.previous();
    }
    return candidate;
  }

  /** As written in page addresses: "2024-mid". */
  public String code() {
    return year + "-" + checkpoint.code();
  }

  /** The checkpoint named by {@link #code()}, or empty when the text names none. */
  public static Optional<Deadline> parse(String code) {
    Matcher matcher = CODE.matcher(code == null ? "" : code.strip());
    return matcher.matches()
        ? Optional.of(new Deadline(Integer.parseInt(matcher.group(1)), Checkpoint.of(matcher.group(2)).orElseThrow()))
        : Optional.empty();
  }

  /** "rilevazione intermedia 2024" or "rilevazione finale 2024". */
  public String label() {
    return "rilevazione " + (checkpoint == Checkpoint.MID ? "intermedia " : "finale ") + year;
  }

  /** The date as Italians write it: "30/06/2024". */
  public String italianDate() {
    return String.format("%02d/%02d/%d", date().getDayOfMonth(), date().getMonthValue(), year);
  }
}
