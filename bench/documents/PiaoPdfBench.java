import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.documents.PiaoDocuments;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.plan.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Generates the seed's PIAO PDF repeatedly in one JVM and prints the median warm time; also writes the PDF and the
 * DOCX that LibreOffice converts for comparison. Usage: PiaoPdfBench SEED_TXT OUT_DIR RUNS
 */
public class PiaoPdfBench {

  public static void main(String[] args) throws Exception {
    Path seed = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int runs = Integer.parseInt(args[2]);
    BudgetCatalog catalog = BudgetCatalog.standard();
    Plan plan = new PlanTextImporter(catalog).read(Files.readAllBytes(seed)).plan().orElseThrow();
    PiaoDocuments documents = new PiaoDocuments(catalog);

    long coldStart = System.nanoTime();
    byte[] pdf = documents.pdf(plan);
    double coldMs = (System.nanoTime() - coldStart) / 1e6;
    for (int i = 0; i < 5; i++) {
      documents.pdf(plan);
    }
    double[] warm = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      pdf = documents.pdf(plan);
      warm[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(warm);
    Files.createDirectories(out);
    Files.write(out.resolve("piao.pdf"), pdf);
    Files.write(out.resolve("piao.docx"), documents.docx(plan));
    System.out.printf("openhtmltopdf: first run in this JVM %.0f ms; warm over %d runs: median %.0f ms, min %.0f ms, max %.0f ms%n",
        coldMs, runs, warm[runs / 2], warm[0], warm[runs - 1]);
    System.out.printf("MEDIAN_MS=%.0f%n", warm[runs / 2]);
  }
}
