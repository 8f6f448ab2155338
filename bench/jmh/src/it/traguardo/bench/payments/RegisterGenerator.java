package it.traguardo.bench.payments;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/** Writes a register CSV of N rows shaped like real exports: Italian dates, decimal comma, some split VAT. */
public final class RegisterGenerator {
  private RegisterGenerator() {}

  /** Usage: {@code RegisterGenerator ROWS FILE [SEED]}. */
  public static void main(String[] args) throws IOException {
    long rows = Long.parseLong(args[0]);
    write(rows, Path.of(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 42L);
  }

  public static void write(long rows, Path file, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate start = LocalDate.of(2023, 10, 1);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("numero;fornitore;data_ricezione;data_scadenza;importo;iva_split_payment;data_pagamento;"
          + "giorni_sospensione\n");
      for (long i = 1; i <= rows; i++) {
        LocalDate received = start.plusDays(random.nextInt(450));
        LocalDate due = received.plusDays(random.nextInt(10) == 0 ? 60 : 30);
        long cents = 1_000 + random.nextLong(5_000_000);
        boolean split = random.nextInt(3) == 0;
        long vatCents = split ? cents * 22 / 122 : 0;
        int paidAfter = random.nextInt(100) - 30;
        boolean unpaid = random.nextInt(8) == 0;
        out.write(i + "/" + received.getYear() + ";Fornitore " + (i % 5000) + ";" + italian(received) + ";"
            + (random.nextInt(50) == 0 ? "" : italian(due)) + ";" + euros(cents) + ";"
            + (split ? euros(vatCents) : "") + ";" + (unpaid ? "" : italian(due.plusDays(paidAfter))) + ";"
            + (random.nextInt(20) == 0 ? random.nextInt(30) : 0) + "\n");
      }
    }
  }

  private static String italian(LocalDate date) {
    return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  private static String euros(long cents) {
    return cents / 100 + "," + String.format("%02d", cents % 100);
  }
}
