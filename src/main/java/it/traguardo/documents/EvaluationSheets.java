package it.traguardo.documents;

/**
 * An EQ's individual evaluation sheet as PDF/A-3a + PDF/UA, from {@link EvaluationSheetLayout} through the same
 * renderer, fonts and colour profile as the PIAO and the Relazione.
 */
public final class EvaluationSheets {

  public EvaluationSheets() {}

  public byte[] pdf(EvaluationSheetData data) {
    return PiaoPdf.render(html(data));
  }

  /** The XHTML the PDF is rendered from. */
  public String html(EvaluationSheetData data) {
    return PiaoHtml.render(
        EvaluationSheetLayout.title(data), EvaluationSheetLayout.subject(data), data.entityName(),
        EvaluationSheetLayout.blocks(data));
  }
}
