package it.traguardo.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A norm that plans cite, with its correct citation.
 *
 * @param subject what the norm is, in Italian ("il codice dei contratti pubblici")
 * @param acts the acts that make it up (a decree and the law converting it)
 * @param context what the surrounding paragraph must mention for a citation to be taken as this norm, or null when
 *     the act's kind and number are enough (a "legge n. 41" is this norm only next to "4-bis" or payments)
 * @param citation the correct citation
 */
record KnownNorm(String subject, List<Act> acts, Pattern context, String citation) {

  enum Kind {
    DL,
    DLGS,
    LEGGE,
    DM,
    REG_UE
  }

  /**
   * @param yearFirst true for EU regulations since 2015, cited "2016/679": year, then number
   */
  record Act(Kind kind, int number, LocalDate date, boolean yearFirst) {

    Act(Kind kind, int number, LocalDate date) {
      this(kind, number, date, false);
    }

    int year() {
      return date.getYear();
    }
  }

  static final List<KnownNorm> TABLE =
      List.of(
          new KnownNorm(
              "l'art. 4-bis sui tempi di pagamento delle fatture commerciali",
              List.of(new Act(Kind.DL, 13, LocalDate.of(2023, 2, 24)), new Act(Kind.LEGGE, 41, LocalDate.of(2023, 4, 21))),
              context("4 ?bis|tempi di pagament|tempestivita|fattur"),
              "DL 24 febbraio 2023 n. 13, convertito dalla L. 21 aprile 2023 n. 41"),
          new KnownNorm(
              "la legge sugli indicatori di ritardo e di debito commerciale (art. 1 c. 859-861)",
              List.of(new Act(Kind.LEGGE, 145, LocalDate.of(2018, 12, 30))),
              context("ritard|pagament|debito|85 ?9|86 ?[01]|pcc"),
              "L. 30 dicembre 2018 n. 145, art. 1 c. 859-861"),
          new KnownNorm(
              "il regolamento sul contenuto del PIAO",
              List.of(new Act(Kind.DM, 132, LocalDate.of(2022, 6, 30))), null, "DM 30 giugno 2022 n. 132"),
          new KnownNorm(
              "il decreto che istituisce il PIAO (art. 6)",
              List.of(new Act(Kind.DL, 80, LocalDate.of(2021, 6, 9))), null,
              "DL 9 giugno 2021 n. 80, art. 6, convertito dalla L. 6 agosto 2021 n. 113"),
          new KnownNorm(
              "il decreto sulla trasparenza",
              List.of(new Act(Kind.DLGS, 33, LocalDate.of(2013, 3, 14))), null, "d.lgs. 14 marzo 2013 n. 33"),
          new KnownNorm(
              "il decreto sulla performance",
              List.of(new Act(Kind.DLGS, 150, LocalDate.of(2009, 10, 27))), null, "d.lgs. 27 ottobre 2009 n. 150"),
          new KnownNorm(
              "il decreto sull'armonizzazione dei bilanci",
              List.of(new Act(Kind.DLGS, 118, LocalDate.of(2011, 6, 23))), null, "d.lgs. 23 giugno 2011 n. 118"),
          new KnownNorm(
              "il codice dei contratti pubblici",
              List.of(new Act(Kind.DLGS, 36, LocalDate.of(2023, 3, 31))), null, "d.lgs. 31 marzo 2023 n. 36"),
          new KnownNorm(
              "il Codice dell'amministrazione digitale",
              List.of(new Act(Kind.DLGS, 82, LocalDate.of(2005, 3, 7))), null, "d.lgs. 7 marzo 2005 n. 82"),
          new KnownNorm(
              "il regolamento generale sulla protezione dei dati (GDPR)",
              List.of(new Act(Kind.REG_UE, 679, LocalDate.of(2016, 4, 27), true)), null, "Reg. (UE) 2016/679"));

  /** Whether a citation found in a paragraph may be this norm. */
  boolean appliesIn(String paragraph) {
    return context == null || context.matcher(Text.fold(paragraph)).find();
  }

  private static Pattern context(String folded) {
    return Pattern.compile(folded);
  }
}
