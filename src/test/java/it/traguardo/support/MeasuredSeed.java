package it.traguardo.support;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.plan.Plan;
import java.nio.charset.StandardCharsets;

/**
 * The Cedrasco plan with three "Raggiunto" cells of objective 6 filled for 2024: 2 variations of 3 (66,67 %), SI
 * (100 %), rendiconto approved late (0 %); the objective, and so the ente and its service, reach 55,56 %.
 */
public final class MeasuredSeed {

  private MeasuredSeed() {}

  public static String text() {
    return Seed.text()
        .replace("2- N. variazioni di bilancio\t3\t", "2- N. variazioni di bilancio\t3\t2")
        .replace("4- Pareggio di Bilancio\tSI\t", "4- Pareggio di Bilancio\tSI\tSI")
        .replace("6- Approvazione Rendiconto\tEntro 30.4\t", "6- Approvazione Rendiconto\tEntro 30.4\t15/05/2024");
  }

  public static byte[] bytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  public static Plan plan() {
    return new PlanTextImporter(BudgetCatalog.standard()).read(bytes()).plan().orElseThrow();
  }
}
