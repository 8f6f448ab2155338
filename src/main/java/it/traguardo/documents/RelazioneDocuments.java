package it.traguardo.documents;

import java.util.List;

/**
 * The Relazione sulla performance of a plan for one year: a PDF/A-3a + PDF/UA for publication and a DOCX to edit,
 * both from {@link RelazioneLayout}, through the same renderers, fonts and colour profile as the PIAO.
 */
public final class RelazioneDocuments {

  public RelazioneDocuments() {}

  public byte[] pdf(RelazioneData data) {
    return PiaoPdf.render(html(data));
  }

  public byte[] docx(RelazioneData data) {
    return PiaoDocx.write(data.plan(), RelazioneLayout.title(data), subject(data), RelazioneLayout.blocks(data));
  }

  /** The XHTML the PDF is rendered from, for previews. */
  public String html(RelazioneData data) {
    List<PiaoLayout.Block> blocks = RelazioneLayout.blocks(data);
    return PiaoHtml.render(RelazioneLayout.title(data), subject(data), data.plan().entityName(), blocks);
  }

  private static String subject(RelazioneData data) {
    return "Relazione sulla performance " + data.year() + " di " + data.plan().entityName() + " (PIAO "
        + data.plan().firstYear() + "-" + data.plan().lastYear()
        + "): grado di raggiungimento degli obiettivi e degli indicatori, stato di attuazione.";
  }
}
