package it.traguardo.bench.payments;

import it.traguardo.payments.IndicatorCalculator;
import it.traguardo.payments.PaymentIndicators;
import it.traguardo.payments.RegisterCsvReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Times reading a register file and computing all indicators of 2024, five runs in one JVM, each from the file to
 * the results. Goal: 1,000,000 rows in under 3 s on 2 cores. Usage: {@code RegisterIndicatorsTimer FILE [ROWS]}
 * (the file is generated when missing).
 */
public final class RegisterIndicatorsTimer {
  private RegisterIndicatorsTimer() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    if (!Files.exists(file)) {
      RegisterGenerator.write(args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L, file, 42L);
    }
    for (int run = 1; run <= 5; run++) {
      long start = System.nanoTime();
      IndicatorCalculator calculator = new IndicatorCalculator(2024, LocalDate.of(2024, 12, 31));
      RegisterCsvReader.Summary summary = new RegisterCsvReader().read(file, calculator);
      calculator.countDocuments(summary.rows(), summary.creditNotes());
      PaymentIndicators result = calculator.result();
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("run %d: %d rows in %d ms (ITP %s, annual delay %s, overdue %s)%n", run, summary.rows(),
          millis, result.itp().days(), result.annualDelay().days(), result.debt().overdue());
    }
  }
}
