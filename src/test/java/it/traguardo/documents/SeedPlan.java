package it.traguardo.documents;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.plan.Plan;
import it.traguardo.support.Seed;

/** The Cedrasco plan as the text importer reads it, and its documents, made once for the tests of this package. */
final class SeedPlan {

  static final BudgetCatalog CATALOG = BudgetCatalog.standard();
  static final Plan PLAN = new PlanTextImporter(CATALOG).read(Seed.bytes()).plan().orElseThrow();
  private static byte[] pdf;
  private static byte[] docx;

  private SeedPlan() {}

  static synchronized byte[] pdf() {
    if (pdf == null) {
      pdf = new PiaoDocuments(CATALOG).pdf(PLAN);
    }
    return pdf;
  }

  static synchronized byte[] docx() {
    if (docx == null) {
      docx = new PiaoDocuments(CATALOG).docx(PLAN);
    }
    return docx;
  }
}
