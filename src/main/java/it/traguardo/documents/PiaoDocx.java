package it.traguardo.documents;

import it.traguardo.documents.PiaoLayout.BarChart;
import it.traguardo.documents.PiaoLayout.Block;
import it.traguardo.documents.PiaoLayout.Contents;
import it.traguardo.documents.PiaoLayout.Cover;
import it.traguardo.documents.PiaoLayout.Heading;
import it.traguardo.documents.PiaoLayout.Paragraph;
import it.traguardo.documents.PiaoLayout.Table;
import it.traguardo.plan.Plan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The layout as a Word document: real Heading 1–3 styles (so Word's own contents pick them up), a contents field
 * Word recomputes when the file is opened, tables whose header row repeats on every page, and the page number in
 * the footer. The sheets keep the labels and column order of the plans, so {@link DocxPlanReader} reads them back.
 */
final class PiaoDocx {

  private static final String FONT = "Arial";
  /** A4 in twentieths of a point, and the width left inside 2 cm margins. */
  private static final int PAGE_WIDTH = 11906;
  private static final int PAGE_HEIGHT = 16838;
  private static final int MARGIN = 1134;
  private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
  private static final Map<Table.Kind, int[]> COLUMN_SHARES =
      Map.of(
          Table.Kind.OBJECTIVE, new int[] {30, 38, 13, 19},
          Table.Kind.BUDGET, new int[] {26, 9, 32, 33},
          Table.Kind.CHARACTERISTICS, new int[] {80, 20},
          Table.Kind.RESULTS, new int[] {30, 14, 20, 12, 11, 13});

  static final String SUBHEADING_STYLE = "Titoletto";
  static final String LIST_STYLE = "Elencopuntato";

  private final XWPFDocument document = new XWPFDocument();

  private PiaoDocx() {}

  static byte[] write(Plan plan, String title, String subject, List<Block> blocks) {
    PiaoDocx docx = new PiaoDocx();
    try (XWPFDocument document = docx.document) {
      docx.setUp(plan.entityName(), title, subject);
      for (Block block : blocks) {
        if (block instanceof Cover c) {
          docx.cover(c);
        } else if (block instanceof Contents c) {
          docx.contentsField(c);
        } else if (block instanceof Heading h) {
          docx.heading(h);
        } else if (block instanceof Paragraph p) {
          docx.paragraph(p);
        } else if (block instanceof Table t) {
          docx.table(t);
        } else if (block instanceof BarChart c) {
          docx.table(chartTable(c));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void setUp(String author, String title, String subject) {
    var properties = document.getProperties().getCoreProperties();
    properties.setTitle(title);
    properties.setSubjectProperty(subject);
    properties.setCreator(author);
    XWPFStyles styles = document.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    styles.setDefaultFonts(fonts);
    styles.setSpellingLanguage("it-IT");
    addStyle(styles, "Normal", "Normal", null, 20, false, false);
    addStyle(styles, "Heading1", "heading 1", 0, 32, true, false);
    addStyle(styles, "Heading2", "heading 2", 1, 26, true, false);
    addStyle(styles, "Heading3", "heading 3", 2, 24, true, false);
    addStyle(styles, "TOCHeading", "TOC Heading", null, 32, true, false);
    for (int level = 1; level <= 3; level++) {
      addContentsStyle(styles, level);
    }
    addStyle(styles, SUBHEADING_STYLE, "Titoletto", null, 22, true, false);
    addStyle(styles, LIST_STYLE, "Elenco puntato", null, 20, false, true);
    CTSectPr section = document.getDocument().getBody().isSetSectPr()
        ? document.getDocument().getBody().getSectPr()
        : document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    BigInteger margin = BigInteger.valueOf(MARGIN);
    margins.setTop(margin);
    margins.setBottom(margin);
    margins.setLeft(margin);
    margins.setRight(margin);
    XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph number = footer.createParagraph();
    number.setAlignment(ParagraphAlignment.CENTER);
    number.getCTP().addNewFldSimple().setInstr("PAGE");
    // Word recomputes the contents and page fields on opening, so the contents cite Word's own pagination
    document.enforceUpdateFields();
  }

  /**
   * A paragraph style; headings carry an outline level, which is what Word's contents and navigation pane follow.
   *
   * @param halfPoints font size in half points
   */
  private static void addStyle(
      XWPFStyles styles, String id, String name, Integer outlineLevel, int halfPoints, boolean bold, boolean indent) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    if (!id.equals("Normal")) {
      style.addNewBasedOn().setVal("Normal");
      style.addNewNext().setVal("Normal");
    }
    style.addNewQFormat();
    CTPPrGeneral paragraph = style.addNewPPr();
    paragraph.addNewSpacing().setAfter(BigInteger.valueOf(120));
    if (outlineLevel != null) {
      paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
      paragraph.addNewKeepNext();
      paragraph.getSpacing().setBefore(BigInteger.valueOf(240));
    }
    if (indent) {
      paragraph.addNewInd().setLeft(BigInteger.valueOf(360));
      paragraph.getInd().setHanging(BigInteger.valueOf(240));
      paragraph.getSpacing().setAfter(BigInteger.valueOf(40));
    }
    CTRPr run = style.addNewRPr();
    run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    if (bold) {
      run.addNewB();
      if (outlineLevel != null) {
        run.addNewColor().setVal("003366");
      }
    }
    styles.addStyle(new XWPFStyle(style, styles));
  }

  /** Word's "toc N" styles, indented by level, that its contents field gives its entries. */
  private static void addContentsStyle(XWPFStyles styles, int level) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId("TOC" + level);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal("toc " + level);
    style.addNewBasedOn().setVal("Normal");
    style.addNewNext().setVal("Normal");
    CTPPrGeneral paragraph = style.addNewPPr();
    paragraph.addNewSpacing().setAfter(BigInteger.valueOf(60));
    paragraph.addNewInd().setLeft(BigInteger.valueOf(240L * (level - 1)));
    if (level == 1) {
      style.addNewRPr().addNewB();
    }
    styles.addStyle(new XWPFStyle(style, styles));
  }

  private void cover(Cover cover) {
    centered(cover.entity(), 48, true, 2400);
    if (cover.province() != null) {
      centered(cover.province(), 28, false, 0);
    }
    centered(cover.title(), 36, true, 1800);
    centered(cover.subtitle(), 24, false, 600);
    centered(cover.section(), 40, true, 0);
  }

  private void centered(String text, int halfPoints, boolean bold, int spaceBefore) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    paragraph.setSpacingBefore(spaceBefore);
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    run.setFontSize(halfPoints / 2.0);
    run.setBold(bold);
  }

  /**
   * Word's TOC field over headings 1–3. Until Word computes it on opening, its result lists the entries without
   * page numbers, so that LibreOffice, which does not update fields, still shows what the document contains and no
   * page number is ever wrong.
   */
  private void contentsField(Contents contents) {
    XWPFParagraph paragraph = document.createParagraph();
    CTFldChar begin = paragraph.createRun().getCTR().addNewFldChar();
    begin.setFldCharType(STFldCharType.BEGIN);
    begin.setDirty(true);
    paragraph.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-3\" \\h \\z \\u ");
    paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    List<Heading> entries = contents.entries();
    for (int i = 0; i < entries.size(); i++) {
      XWPFParagraph entry = i == 0 ? paragraph : document.createParagraph();
      entry.setStyle("TOC" + entries.get(i).level());
      entry.createRun().setText(entries.get(i).text());
    }
    XWPFParagraph last = document.getLastParagraph();
    last.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  private void heading(Heading heading) {
    XWPFParagraph paragraph = document.createParagraph();
    // the contents' own title is not listed: Word's TOC Heading style keeps it out of the contents
    paragraph.setStyle(heading.listed() ? "Heading" + heading.level() : "TOCHeading");
    paragraph.setPageBreak(heading.newPage());
    paragraph.createRun().setText(heading.text());
  }

  private void paragraph(Paragraph paragraph) {
    XWPFParagraph p = document.createParagraph();
    switch (paragraph.kind()) {
      case SUBHEADING -> p.setStyle(SUBHEADING_STYLE);
      case LIST_ITEM -> p.setStyle(LIST_STYLE);
      case LABEL -> p.setSpacingBefore(160);
      default -> p.setAlignment(ParagraphAlignment.BOTH);
    }
    List<String> lines = paragraph.lines();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        p.createRun().addBreak();
      }
      for (Emphasis.Span span : Emphasis.spans(lines.get(i))) {
        XWPFRun run = p.createRun();
        run.setText(span.text());
        run.setBold(span.bold() || paragraph.kind() == Paragraph.Kind.LABEL);
        run.setItalic(span.italic() || paragraph.kind() == Paragraph.Kind.PLACEHOLDER);
      }
    }
  }

  private void table(Table table) {
    int columns = table.header().size();
    XWPFTable t = document.createTable(1 + table.rows().size(), columns);
    t.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.PCT);
    t.setWidth("100%");
    int[] shares = COLUMN_SHARES.get(table.kind());
    XWPFTableRow header = t.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int c = 0; c < columns; c++) {
      XWPFTableCell cell = header.getCell(c);
      cell.setColor("DDE6F0");
      cell.getCTTc().getTcPr().getShd().setVal(STShd.CLEAR);
      XWPFRun run = cell.getParagraphs().get(0).createRun();
      run.setText(table.header().get(c));
      run.setBold(true);
    }
    for (int r = 0; r < table.rows().size(); r++) {
      List<String> row = table.rows().get(r);
      XWPFTableRow tableRow = t.getRow(r + 1);
      tableRow.setCantSplitRow(true);
      for (int c = 0; c < columns; c++) {
        XWPFTableCell cell = tableRow.getCell(c);
        String text = row.get(c);
        boolean continued = r + 1 < table.rows().size() && table.rows().get(r + 1).get(c) == null;
        if (text == null) {
          tcPr(cell).addNewVMerge();
        } else {
          if (continued) {
            tcPr(cell).addNewVMerge().setVal(STMerge.RESTART);
          }
          if (!text.isEmpty()) {
            cell.getParagraphs().get(0).createRun().setText(text);
          }
        }
      }
    }
    for (int c = 0; c < columns; c++) {
      int twips = TEXT_WIDTH * (shares == null ? 100 / columns : shares[c]) / 100;
      for (XWPFTableRow row : t.getRows()) {
        CTTblWidth width = tcPr(row.getCell(c)).isSetTcW() ? tcPr(row.getCell(c)).getTcW() : tcPr(row.getCell(c)).addNewTcW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(twips));
      }
    }
    // a paragraph between tables keeps Word from joining them into one
    document.createParagraph();
  }

  /** A bar chart as Word writes data: label and percentage, the bar drawn with block characters beside it. */
  private static Table chartTable(BarChart chart) {
    List<List<String>> rows =
        chart.bars().stream()
            .map(b -> List.of(b.label(), b.percentage() == null ? "" : "█".repeat(b.percentage().intValue() / 5), b.text()))
            .toList();
    return new Table(Table.Kind.SUMMARY, chart.header(), rows);
  }

  private static CTTcPr tcPr(XWPFTableCell cell) {
    return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
  }
}
