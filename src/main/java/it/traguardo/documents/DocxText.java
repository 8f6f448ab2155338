package it.traguardo.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import java.util.regex.Pattern;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The body of a Word document as the lines of its text export, in document order: one line per paragraph, a blank
 * line between paragraphs except between list items, one line per table row with its cells joined by tabs, a
 * vertically merged cell as empty cells below the first, and emphasis inside a paragraph as {@code **bold**} and
 * {@code *italic*}. Each line remembers where it comes from, for the diagnostics.
 */
final class DocxText {

  /** A line of the rendering and the part of the document it comes from ("paragrafo 12"), null for blank lines. */
  record Line(String text, String origin) {}

  /** A contents entry ends with a tab and its page: a number, or Word's text for a broken bookmark. */
  private static final Pattern CONTENTS_PAGE = Pattern.compile("\t\\s*(\\d{1,4}|Errore\\b.*)$");

  private final List<Line> lines = new ArrayList<>();
  private final ContentsField contentsField = new ContentsField();
  private int paragraphs;
  private int tables;
  private boolean lastWasListItem;

  private DocxText() {}

  static List<Line> lines(XWPFDocument document) {
    DocxText text = new DocxText();
    List<IBodyElement> body = document.getBodyElements();
    for (int i = 0; i < body.size(); i++) {
      IBodyElement element = body.get(i);
      if (element instanceof XWPFParagraph paragraph) {
        text.paragraph(paragraph, nextTable(body, i));
      } else if (element instanceof XWPFTable table) {
        text.table(table);
      } else if (element instanceof XWPFSDT block) {
        text.contentControl(block);
      }
    }
    return text.lines;
  }

  private static XWPFTable nextTable(List<IBodyElement> body, int index) {
    for (int i = index + 1; i < body.size(); i++) {
      if (body.get(i) instanceof XWPFTable table) {
        return table;
      }
      if (!(body.get(i) instanceof XWPFParagraph p) || !p.getText().isBlank()) {
        return null;
      }
    }
    return null;
  }

  private void paragraph(XWPFParagraph paragraph, XWPFTable following) {
    paragraphs++;
    String text = marked(paragraph);
    boolean inContents = contentsField.follow(paragraph);
    if (text.isBlank() || repeatsSheetTitle(text, following) || inContents && !CONTENTS_PAGE.matcher(text).find()) {
      return;
    }
    boolean listItem = paragraph.getNumID() != null || PiaoLayout.isListItem(text.strip());
    if (paragraph.getNumID() != null && !PiaoLayout.isListItem(text.strip())) {
      text = "- " + text.strip();
    }
    if (!(listItem && lastWasListItem)) {
      blank();
    }
    for (String line : text.split("\n")) {
      lines.add(new Line(clean(line), "paragrafo " + paragraphs));
    }
    lastWasListItem = listItem;
  }

  /**
   * Where Word's contents field (TOC) runs, across paragraphs. Its entries are text of the plan only with their page
   * numbers, as Word computed them: an entry without one is the navigation of a document whose contents have not
   * been computed yet.
   */
  private static final class ContentsField {
    private int depth;
    private int contentsDepth = -1;
    private boolean awaitingInstruction;

    /** Follows the field marks of a paragraph; true when any of it lies inside the contents field. */
    boolean follow(XWPFParagraph paragraph) {
      boolean inside = contentsDepth >= 0;
      for (XWPFRun run : paragraph.getRuns()) {
        for (CTFldChar mark : run.getCTR().getFldCharList()) {
          if (mark.getFldCharType() == STFldCharType.BEGIN) {
            depth++;
            awaitingInstruction = true;
          } else if (mark.getFldCharType() == STFldCharType.END) {
            if (depth == contentsDepth) {
              contentsDepth = -1;
            }
            depth = Math.max(0, depth - 1);
          }
        }
        for (CTText instruction : run.getCTR().getInstrTextList()) {
          if (awaitingInstruction && contentsDepth < 0 && instruction.getStringValue().strip().startsWith("TOC")) {
            contentsDepth = depth;
            inside = true;
          }
          awaitingInstruction = false;
        }
      }
      return inside;
    }
  }

  /**
   * A heading that repeats the definition cell of the objective sheet right below it is that sheet's title, which
   * the text export does not have.
   */
  private static boolean repeatsSheetTitle(String text, XWPFTable following) {
    if (following == null || following.getRows().size() < 2) {
      return false;
    }
    List<String> header = cells(following.getRow(0));
    List<String> first = cells(following.getRow(1));
    return !header.isEmpty()
        && header.get(0).toUpperCase(Locale.ITALIAN).startsWith("DEFINIZIONE OBIETTIVO")
        && !first.isEmpty()
        && squeeze(first.get(0)).equals(squeeze(text));
  }

  private static String squeeze(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** Emphasis is marked only where it sets words apart inside a paragraph, not on a paragraph all in bold. */
  private static String marked(XWPFParagraph paragraph) {
    List<XWPFRun> runs = paragraph.getRuns();
    boolean mixed =
        runs.stream().filter(r -> !r.text().isBlank()).map(r -> r.isBold() || r.isItalic()).distinct().count() > 1;
    StringBuilder out = new StringBuilder();
    StringBuilder group = new StringBuilder();
    boolean bold = false;
    boolean italic = false;
    for (XWPFRun run : runs) {
      String text = run.text();
      if (text.isEmpty()) {
        continue;
      }
      if (run.isBold() != bold || run.isItalic() != italic) {
        out.append(mixed ? Emphasis.mark(group.toString(), bold, italic) : group);
        group.setLength(0);
        bold = run.isBold();
        italic = run.isItalic();
      }
      group.append(text);
    }
    out.append(mixed ? Emphasis.mark(group.toString(), bold, italic) : group);
    return out.toString();
  }

  private void table(XWPFTable table) {
    tables++;
    blank();
    int row = 0;
    for (XWPFTableRow tableRow : table.getRows()) {
      row++;
      lines.add(new Line(String.join("\t", cells(tableRow)), "tabella " + tables + ", riga " + row));
    }
    blank();
    lastWasListItem = false;
  }

  /** The cells of a row on the table's grid: a cell spanning columns is followed by empty ones. */
  private static List<String> cells(XWPFTableRow row) {
    List<String> cells = new ArrayList<>();
    for (XWPFTableCell cell : row.getTableCells()) {
      CTTcPr properties = cell.getCTTc().getTcPr();
      boolean continuesAbove =
          properties != null
              && properties.isSetVMerge()
              && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
      List<String> paragraphs = new ArrayList<>();
      if (!continuesAbove) {
        cell.getParagraphs().stream().map(DocxText::marked).map(String::strip).filter(t -> !t.isEmpty()).forEach(paragraphs::add);
      }
      cells.add(clean(String.join(" ", paragraphs).replace('\t', ' ').replace('\n', ' ')));
      int span = properties != null && properties.isSetGridSpan() ? properties.getGridSpan().getVal().intValue() : 1;
      for (int extra = 1; extra < span; extra++) {
        cells.add("");
      }
    }
    return cells;
  }

  /** A block content control, such as the one Word puts around its table of contents. */
  private void contentControl(XWPFSDT block) {
    paragraphs++;
    blank();
    for (String line : block.getContent().getText().split("\n")) {
      if (!line.isBlank()) {
        lines.add(new Line(clean(line), "controllo contenuto " + paragraphs));
      }
    }
    lastWasListItem = false;
  }

  private void blank() {
    if (!lines.isEmpty() && !lines.get(lines.size() - 1).text().isEmpty()) {
      lines.add(new Line("", null));
    }
  }

  /** Control characters Word keeps in its XML (page and column breaks, soft hyphens) are no text. */
  private static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u00AD') {
        continue;
      }
      out.append(c < 0x20 && c != '\t' ? ' ' : c);
    }
    return out.toString();
  }
}
