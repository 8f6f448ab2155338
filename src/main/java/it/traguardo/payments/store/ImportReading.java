package it.traguardo.payments.store;

import it.traguardo.payments.FatturaPaReader;
import it.traguardo.payments.InputWarning;
import it.traguardo.payments.Instalment;
import it.traguardo.payments.InstalmentFlag;
import it.traguardo.payments.Invoice;
import it.traguardo.payments.PaymentEventsCsvReader;
import it.traguardo.payments.PaymentInputException;
import it.traguardo.payments.PaymentLedger;
import it.traguardo.payments.RegisterCsvReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the files of one import with the plain-Java readers, all of them before anything is stored: the first
 * {@link PaymentInputException} stops the import whole.
 */
final class ImportReading {
  /** Located warnings kept per import; the rest are counted in the totals, so a huge file cannot flood the page. */
  static final int MAX_LOCATED_WARNINGS = 200;

  final List<Instalment> instalments = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();
  long documentsRead;
  long creditNotes;
  private final Map<InstalmentFlag, Long> flagCounts = new EnumMap<>(InstalmentFlag.class);
  private long warningsLeftOut;

  static ImportReading of(List<UploadedFile> invoices, List<UploadedFile> events, List<UploadedFile> registers)
      throws PaymentInputException {
    ImportReading reading = new ImportReading();
    PaymentLedger ledger = new PaymentLedger();
    for (UploadedFile file : invoices) {
      FatturaPaReader.Result read = new FatturaPaReader().read(file.name(), file.content());
      read.warnings().forEach(reading::warn);
      ledger.addInvoices(read.invoices());
      reading.documentsRead += read.invoices().size();
      reading.creditNotes += read.invoices().stream().filter(Invoice::isCreditNote).count();
    }
    for (UploadedFile file : events) {
      ledger.addEvents(new PaymentEventsCsvReader().read(file.name(), new ByteArrayInputStream(file.content())));
    }
    ledger.instalments().forEach(reading::add);
    ledger.warnings().forEach(reading::warn);
    for (UploadedFile file : registers) {
      RegisterCsvReader.Summary summary =
          new RegisterCsvReader().read(file.name(), new ByteArrayInputStream(file.content()), reading::add);
      reading.documentsRead += summary.rows();
      reading.creditNotes += summary.creditNotes();
    }
    reading.summarise();
    return reading;
  }

  private void add(Instalment instalment) {
    instalments.add(instalment);
    for (InstalmentFlag flag : instalment.flags()) {
      flagCounts.merge(flag, 1L, Long::sum);
      located(instalment.source() + ": avviso: fattura " + instalment.invoice().number() + ": " + flag.description());
    }
  }

  private void warn(InputWarning warning) {
    located(warning.located());
  }

  private void located(String warning) {
    if (warnings.size() < MAX_LOCATED_WARNINGS) {
      warnings.add(warning);
    } else {
      warningsLeftOut++;
    }
  }

  private void summarise() {
    if (warningsLeftOut > 0) {
      warnings.add("altri " + warningsLeftOut + " avvisi non elencati");
    }
    flagCounts.forEach((flag, count) -> warnings.add("in totale " + count + " rate: " + flag.description()));
  }

  long excluded() {
    return instalments.stream().filter(Instalment::isExcluded).count();
  }
}
