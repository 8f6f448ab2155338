package it.traguardo.plan;

/**
 * One line of the document's own table of contents ("Sommario"), kept as written so that it can be compared with
 * the objective sheets.
 *
 * @param number the objective number of the entry, or null for section headings
 * @param title the entry text without number and page, dot leaders removed
 * @param page the page reference as written (a number, or Word's broken-bookmark text)
 * @param line the source line, or null
 */
public record ContentsEntry(String number, String title, String page, Integer line) {

  /** Word writes this in place of the page when a bookmark was deleted. */
  public boolean brokenBookmark() {
    return page != null && page.startsWith("Errore");
  }
}
