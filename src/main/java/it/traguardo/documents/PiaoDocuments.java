package it.traguardo.documents;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.plan.Plan;
import java.util.List;

/**
 * The PIAO performance sub-section of a plan as documents: a PDF/A-3a + PDF/UA for publication and a DOCX to edit.
 * Both are laid out by {@link PiaoLayout}; the PDF's contents cite its own page numbers.
 */
public final class PiaoDocuments {

  private final PiaoLayout layout;

  public PiaoDocuments(BudgetCatalog catalog) {
    this.layout = new PiaoLayout(catalog);
  }

  public byte[] pdf(Plan plan) {
    return PiaoPdf.render(html(plan));
  }

  public byte[] docx(Plan plan) {
    return PiaoDocx.write(plan, PiaoLayout.title(plan), subject(plan), layout.blocks(plan));
  }

  /** The XHTML the PDF is rendered from, for previews. */
  public String html(Plan plan) {
    List<PiaoLayout.Block> blocks = layout.blocks(plan);
    return PiaoHtml.render(PiaoLayout.title(plan) + " – Performance", subject(plan), plan.entityName(), blocks);
  }

  private static String subject(Plan plan) {
    return "PIAO " + plan.firstYear() + "-" + plan.lastYear() + " di " + plan.entityName()
        + ", sottosezione Performance: obiettivi, fasi, collegamenti con il bilancio, indicatori e valori attesi.";
  }
}
