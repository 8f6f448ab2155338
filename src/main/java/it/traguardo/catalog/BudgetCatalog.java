package it.traguardo.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The missioni and programmi of the budget classification of D.Lgs. 23 giugno 2011 n. 118 (allegato 14), as shipped
 * in {@code catalog/missioni-programmi.csv}. Codes are authoritative; names are for display and comparison.
 */
public final class BudgetCatalog {

  private static final String RESOURCE = "/catalog/missioni-programmi.csv";

  private final Map<String, Mission> missions;

  private BudgetCatalog(Map<String, Mission> missions) {
    this.missions = missions;
  }

  /** The catalogue shipped inside the application. */
  public static BudgetCatalog standard() {
    try (InputStream in = BudgetCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Catalogue resource missing: " + RESOURCE);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BudgetCatalog read(Reader reader) throws IOException {
    Map<String, Mission> missions = new LinkedHashMap<>();
    Map<String, Map<String, Programme>> programmes = new LinkedHashMap<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    for (CSVRecord row : format.parse(reader)) {
      String mission = row.get("missione");
      missions.putIfAbsent(mission, new Mission(mission, row.get("missione_nome"), List.of()));
      programmes
          .computeIfAbsent(mission, m -> new LinkedHashMap<>())
          .put(
              row.get("programma"),
              new Programme(
                  mission,
                  row.get("programma"),
                  row.get("programma_nome"),
                  Boolean.parseBoolean(row.get("solo_regioni"))));
    }
    missions.replaceAll(
        (code, m) -> new Mission(code, m.name(), List.copyOf(programmes.get(code).values())));
    return new BudgetCatalog(Map.copyOf(missions));
  }

  /** Normalises a code as written ("1", "01", " 8 ") to the catalogue's two digits; null when not a code. */
  public static String normalizeCode(String written) {
    if (written == null) {
      return null;
    }
    String digits = written.strip();
    if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return digits.length() == 1 ? "0" + digits : digits;
  }

  public Optional<Mission> mission(String code) {
    return Optional.ofNullable(missions.get(normalizeCode(code)));
  }

  public Optional<Programme> programme(String missionCode, String programmeCode) {
    String programme = normalizeCode(programmeCode);
    return mission(missionCode)
        .flatMap(m -> m.programmes().stream().filter(p -> p.code().equals(programme)).findFirst());
  }

  public Collection<Mission> missions() {
    return missions.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
  }

  /**
   * Whether a name written in a plan designates the catalogue name: case, accents, punctuation and spacing are
   * ignored ("SERVIZI ISTITUZIONALI GENERALI E DI GESTIONE" matches "Servizi istituzionali, generali e di gestione").
   */
  public static boolean sameName(String written, String catalogue) {
    return comparable(written).equals(comparable(catalogue));
  }

  private static String comparable(String name) {
    String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }

  /** A missione with its programmi. */
  public record Mission(String code, String name, List<Programme> programmes) {}

  /** A programma; {@code regionsOnly} marks the programmi that only regions use. */
  public record Programme(String mission, String code, String name, boolean regionsOnly) {}
}
