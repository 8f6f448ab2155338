package it.traguardo.bench.importer;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanTextImporter;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One whole import of the Cedrasco plan (decode, sheets, contents check, target warnings), once warm. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ImportSeedBenchmark {

  private byte[] seed;
  private PlanTextImporter importer;

  @Setup
  public void load() throws IOException {
    try (InputStream in = ImportSeedBenchmark.class.getResourceAsStream("/sample/piao-2024-2026-cedrasco-performance.txt")) {
      seed = in.readAllBytes();
    }
    importer = new PlanTextImporter(BudgetCatalog.standard());
  }

  @Benchmark
  public ImportResult importSeed() {
    return importer.read(seed);
  }
}
