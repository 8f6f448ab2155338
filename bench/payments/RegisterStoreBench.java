// in the store's package to time its COPY alone, without the reading and the other statements of an import
package it.traguardo.payments.store;

import it.traguardo.Traguardo;
import it.traguardo.organization.Entities;
import it.traguardo.payments.Instalment;
import it.traguardo.payments.RegisterCsvReader;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times storing a register in the embedded PostgreSQL: the whole import (reading + one transaction with COPY), and
 * the COPY of the same instalments alone, by the clock and by the CPU time of client and server (the rate on a
 * machine that other jobs do not share). For the whole import the CPU time is that of this JVM (reading, formatting,
 * garbage collection) plus that of every PostgreSQL backend, added up as if nothing ran in parallel. Each run uses
 * new entes, so no earlier rows are replaced.
 * Usage: RegisterStoreBench REGISTER_CSV DATA_DIR RUNS
 */
public final class RegisterStoreBench {

  public static void main(String[] args) throws Exception {
    Path csv = Path.of(args[0]);
    byte[] content = Files.readAllBytes(csv);
    int runs = Integer.parseInt(args[2]);
    Path dataDir = Path.of(args[1]);
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Traguardo.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .run("--traguardo.database.embedded.data-dir=" + args[1], "--traguardo.sample.load=false",
            "--logging.level.root=WARN")) {
      PaymentRegister register = app.getBean(PaymentRegister.class);
      Entities entities = app.getBean(Entities.class);
      TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      String prefix = "bench-" + System.currentTimeMillis();
      List<UploadedFile> files = List.of(new UploadedFile(csv.getFileName().toString(), content));
      for (int run = 0; run <= runs; run++) {
        long entityId = entities.create(prefix + "-" + run, "Comune di prova " + run).id();
        long javaBefore = cpuNanos(ProcessHandle.current().pid());
        long postgresBefore = backendsCpuNanos(dataDir);
        long importStart = System.nanoTime();
        PaymentImport stored = register.importFiles(entityId, List.of(), List.of(), files, "bench");
        double importSeconds = (System.nanoTime() - importStart) / 1e9;
        double importJava = (cpuNanos(ProcessHandle.current().pid()) - javaBefore) / 1e9;
        double importPostgres = (backendsCpuNanos(dataDir) - postgresBefore) / 1e9;

        List<Instalment> read = new ArrayList<>();
        new RegisterCsvReader().read("registro.csv", new ByteArrayInputStream(content), read::add);
        long copyEntityId = entities.create(prefix + "-copia-" + run, "Comune di prova " + run).id();
        long copyImportId = register.importFiles(copyEntityId, List.of(), List.of(), List.of(), "bench").id();
        long[] cpu = new long[2];
        long copyStart = System.nanoTime();
        transactions.executeWithoutResult(status -> {
          int backend = jdbc.sql("select pg_backend_pid()").query(Integer.class).single();
          long serverBefore = cpuNanos(backend);
          long clientBefore = threads.getCurrentThreadCpuTime();
          register.copy(copyEntityId, copyImportId, read);
          cpu[0] = cpuNanos(backend) - serverBefore;
          cpu[1] = threads.getCurrentThreadCpuTime() - clientBefore;
        });
        double copySeconds = (System.nanoTime() - copyStart) / 1e9;
        // client and server work in parallel: on two idle cores the busier one sets the pace
        double cpuSeconds = Math.max(cpu[0], cpu[1]) / 1e9;
        System.out.printf("%s: %d righe; importazione completa %.2f s = %.0f righe/s (CPU di Java %.2f s, di PostgreSQL"
                + " %.2f s: %.0f righe/s a CPU libera); solo COPY %.2f s = %.0f righe/s"
                + " (CPU del server %.2f s, del client %.2f s: %.0f righe/s a CPU libera)%n",
            run == 0 ? "riscaldamento" : "esecuzione " + run, stored.instalments(), importSeconds,
            stored.instalments() / importSeconds, importJava, importPostgres,
            stored.instalments() / (importJava + importPostgres), copySeconds, read.size() / copySeconds,
            cpu[0] / 1e9, cpu[1] / 1e9, read.size() / cpuSeconds);
      }
    }
  }

  /**
   * CPU time of a process from /proc (Linux): user + system clock ticks, 100 per second. It measures the work of the
   * PostgreSQL backend whatever else the machine is running.
   */
  private static long cpuNanos(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** CPU time of the PostgreSQL processes started by the postmaster of the data folder (the first line of postmaster.pid). */
  private static long backendsCpuNanos(Path dataDir) throws java.io.IOException {
    String postmaster = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim();
    long total = 0;
    try (var processes = Files.list(Path.of("/proc"))) {
      for (Path process : processes.toList()) {
        String name = process.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        try {
          String stat = Files.readString(process.resolve("stat"));
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          if (fields[1].equals(postmaster)) {
            total += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
          }
        } catch (java.io.IOException | RuntimeException gone) {
          // a process that ended while being read
        }
      }
    }
    return total;
  }
}
