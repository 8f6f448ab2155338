package it.traguardo.cli;

import it.traguardo.payments.DelayIndicator;
import it.traguardo.payments.FatturaPaReader;
import it.traguardo.payments.IndicatorCalculator;
import it.traguardo.payments.Instalment;
import it.traguardo.payments.InstalmentFlag;
import it.traguardo.payments.Invoice;
import it.traguardo.payments.PaymentEventsCsvReader;
import it.traguardo.payments.PaymentIndicators;
import it.traguardo.payments.PaymentInputException;
import it.traguardo.payments.PaymentLedger;
import it.traguardo.payments.RegisterCsvReader;
import it.traguardo.payments.ResidualDebt;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code payments indicators}: payment-timeliness indicators of a year from registers, events CSVs and FatturaPA
 * files. Only the result goes to stdout; warnings and errors go to stderr as {@code file:line: message}.
 */
@Command(
    name = "payments",
    mixinStandardHelpOptions = true,
    description = "Tempestività dei pagamenti delle fatture commerciali.",
    subcommands = PaymentsCommand.Indicators.class)
public class PaymentsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "indicare un sottocomando: indicators");
  }

  @Command(
      name = "indicators",
      mixinStandardHelpOptions = true,
      description = {
        "Calcola ITP annuale e trimestrale, indicatore annuale di ritardo e debito scaduto al 31 dicembre.",
        "FILE: registri CSV, CSV di pagamenti/eventi, fatture FatturaPA .xml, .xml.p7m o archivi .zip."
      })
  static final class Indicators implements Callable<Integer> {
    /** Warnings about single instalments printed before only their totals are. */
    private static final int LOCATED_FLAG_WARNINGS = 20;

    @Spec CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "AAAA", description = "Anno degli indicatori.")
    int year;

    @Option(
        names = "--as-of",
        paramLabel = "AAAA-MM-GG",
        converter = IsoDate.class,
        description = "Data di osservazione dell'indicatore annuale di ritardo (predefinita: 31 dicembre).")
    LocalDate asOf;

    @Option(names = "--json", description = "Stampa un unico oggetto JSON.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "File da leggere.")
    List<Path> files;

    private int flaggedPrinted;

    @Override
    public Integer call() {
      if (year < 2000 || year > 2999) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--year fuori intervallo: " + year);
      }
      LocalDate observation = asOf != null ? asOf : LocalDate.of(year, 12, 31);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        PaymentIndicators result = compute(observation, err);
        result.flagCounts().forEach((flag, count) ->
            err.println("avviso: " + count + " rate: " + flag.description()));
        out.println(json ? json(result) : text(result));
        return 0;
      } catch (PaymentInputException e) {
        err.println(e.getMessage());
        return 1;
      } catch (RuntimeException e) {
        // a defect, not bad input: still no stack trace for users
        err.println("errore interno: " + e);
        return 1;
      } finally {
        out.flush();
        err.flush();
      }
    }

    private PaymentIndicators compute(LocalDate observation, PrintWriter err) throws PaymentInputException {
      PaymentLedger ledger = new PaymentLedger();
      List<Path> registers = new ArrayList<>();
      long documents = 0;
      long creditNotes = 0;
      for (Path file : files) {
        switch (kindOf(file)) {
          case FATTURAPA -> {
            FatturaPaReader.Result read = new FatturaPaReader().read(file);
            read.warnings().forEach(w -> err.println(w.located()));
            ledger.addInvoices(read.invoices());
            documents += read.invoices().size();
            creditNotes += read.invoices().stream().filter(Invoice::isCreditNote).count();
          }
          case EVENTS -> ledger.addEvents(new PaymentEventsCsvReader().read(file));
          case REGISTER -> registers.add(file);
        }
      }
      IndicatorCalculator calculator = new IndicatorCalculator(year, observation);
      Consumer<Instalment> sink = instalment -> {
        warnFlags(instalment, err);
        calculator.accept(instalment);
      };
      List<Instalment> fromInvoices = ledger.instalments();
      ledger.warnings().forEach(w -> err.println(w.located()));
      fromInvoices.forEach(sink);
      for (Path register : registers) {
        RegisterCsvReader.Summary summary = new RegisterCsvReader().read(register, sink);
        documents += summary.rows();
        creditNotes += summary.creditNotes();
      }
      calculator.countDocuments(documents, creditNotes);
      return calculator.result();
    }

    private void warnFlags(Instalment instalment, PrintWriter err) {
      if (flaggedPrinted >= LOCATED_FLAG_WARNINGS || instalment.flags().isEmpty()) {
        return;
      }
      flaggedPrinted++;
      for (InstalmentFlag flag : instalment.flags()) {
        err.println(instalment.source() + ": avviso: fattura " + instalment.invoice().number() + ": "
            + flag.description());
      }
    }

    private enum Kind {
      FATTURAPA,
      EVENTS,
      REGISTER
    }

    /** By extension first, then by content, so that renamed exports still read. */
    private static Kind kindOf(Path file) throws PaymentInputException {
      String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".xml") || name.endsWith(".p7m") || name.endsWith(".zip")) {
        return Kind.FATTURAPA;
      }
      byte[] start = start(file);
      String text = new String(start, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
      if (text.startsWith("<") || (start.length > 1 && (start[0] == 'P' && start[1] == 'K' || start[0] == 0x30))) {
        return Kind.FATTURAPA;
      }
      int end = text.indexOf('\n');
      String header = (end < 0 ? text : text.substring(0, end)).toLowerCase(Locale.ROOT);
      if (PaymentEventsCsvReader.isEventsHeader(header)) {
        return Kind.EVENTS;
      }
      if (RegisterCsvReader.isRegisterHeader(header)) {
        return Kind.REGISTER;
      }
      throw new PaymentInputException(file.toString(), 1,
          "tipo di file non riconosciuto: attesa l'intestazione del registro ("
              + String.join(";", RegisterCsvReader.COLUMNS) + ") o degli eventi ("
              + String.join(";", PaymentEventsCsvReader.COLUMNS) + "), oppure una fattura .xml/.p7m/.zip");
    }

    private static byte[] start(Path file) throws PaymentInputException {
      try (InputStream input = Files.newInputStream(file)) {
        return input.readNBytes(4096);
      } catch (NoSuchFileException e) {
        throw new PaymentInputException(file.toString(), 1, "file non trovato");
      } catch (IOException e) {
        throw new PaymentInputException(file.toString(), 1, "file non leggibile: " + e.getMessage());
      }
    }

    private static String json(PaymentIndicators r) {
      DelayIndicator itp = r.itp();
      return "{\"year\":" + r.year()
          + ",\"itp\":" + number(itp.days())
          + ",\"itpQuarters\":{\"Q1\":" + number(r.itpQuarter(1).days())
          + ",\"Q2\":" + number(r.itpQuarter(2).days())
          + ",\"Q3\":" + number(r.itpQuarter(3).days())
          + ",\"Q4\":" + number(r.itpQuarter(4).days())
          + "},\"annualDelay\":" + number(r.annualDelay().days())
          + ",\"overdueDebt\":" + number(r.debt().overdue())
          + ",\"invoicesRead\":" + r.documentsRead()
          + ",\"invoicesPaid\":" + itp.count()
          + ",\"amountPaid\":" + number(itp.amount())
          + "}";
    }

    private static String text(PaymentIndicators r) {
      ResidualDebt debt = r.debt();
      StringBuilder s = new StringBuilder();
      s.append("Anno ").append(r.year()).append(", osservazione al ").append(r.asOf()).append('\n');
      s.append("ITP annuale (giorni): ").append(number(r.itp().days())).append('\n');
      for (int q = 1; q <= 4; q++) {
        s.append("ITP trimestre ").append(q).append(" (giorni): ").append(number(r.itpQuarter(q).days()))
            .append('\n');
      }
      s.append("Indicatore annuale di ritardo (giorni): ").append(number(r.annualDelay().days())).append('\n');
      s.append("Fatture lette: ").append(r.documentsRead()).append(" (note di credito: ")
          .append(r.creditNotesRead()).append(")\n");
      s.append("Rate pagate nell'anno: ").append(r.itp().count()).append(", importo ")
          .append(number(r.itp().amount())).append('\n');
      s.append("Rate escluse: ").append(r.excluded().count()).append(", importo ")
          .append(number(r.excluded().amount())).append('\n');
      s.append("Debito residuo al 31/12: ").append(number(debt.outstanding())).append(", di cui scaduto ")
          .append(number(debt.overdue())).append('\n');
      s.append("Verifica L. 145/2018 art. 1 c. 859 lett. a: ").append(outcome(debt.outcome()));
      return s.toString();
    }

    private static String outcome(ResidualDebt.Outcome outcome) {
      return switch (outcome) {
        case PASSED -> "rispettata";
        case NOT_PASSED -> "non rispettata";
        case NOT_EVALUABLE -> "non valutabile";
      };
    }

    private static String number(BigDecimal value) {
      return value == null ? "null" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
  }

  /** ISO dates only, with an Italian message. */
  static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("data non valida '" + value + "': usare AAAA-MM-GG");
      }
    }
  }
}
