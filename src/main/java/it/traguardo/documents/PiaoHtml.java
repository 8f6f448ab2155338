package it.traguardo.documents;

import it.traguardo.documents.PiaoLayout.BarChart;
import it.traguardo.documents.PiaoLayout.Block;
import it.traguardo.documents.PiaoLayout.Contents;
import it.traguardo.documents.PiaoLayout.Cover;
import it.traguardo.documents.PiaoLayout.Heading;
import it.traguardo.documents.PiaoLayout.Paragraph;
import it.traguardo.documents.PiaoLayout.Table;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The layout as XHTML for openhtmltopdf: real headings, lists and tables with header cells, so that the tagged PDF
 * is accessible; the contents take their page numbers from the pages the anchors land on ({@code target-counter}),
 * and the outline comes from {@code <bookmarks>}. Every text is escaped.
 */
final class PiaoHtml {

  private static final String CSS = resource("/documents/piao.css");

  private final StringBuilder out = new StringBuilder(256 * 1024);

  private PiaoHtml() {}

  static String render(String title, String subject, String author, List<Block> blocks) {
    PiaoHtml html = new PiaoHtml();
    html.document(title, subject, author, blocks);
    return html.out.toString();
  }

  private void document(String title, String subject, String author, List<Block> blocks) {
    out.append("<html lang=\"it\"><head><meta charset=\"UTF-8\"/>");
    out.append("<title>").append(escape(title)).append("</title>");
    out.append("<meta name=\"subject\" content=\"").append(escape(subject)).append("\"/>");
    out.append("<meta name=\"author\" content=\"").append(escape(author)).append("\"/>");
    out.append("<style>").append(CSS).append("</style>");
    blocks.stream().filter(b -> b instanceof Contents).map(Contents.class::cast).findFirst().ifPresent(this::bookmarks);
    out.append("</head><body>");
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (block instanceof Paragraph p && p.kind() == Paragraph.Kind.LIST_ITEM) {
        i = list(blocks, i);
        continue;
      }
      if (block instanceof Cover c) {
        cover(c);
      } else if (block instanceof Contents c) {
        contents(c);
      } else if (block instanceof Heading h) {
        heading(h);
      } else if (block instanceof Paragraph p) {
        paragraph(p);
      } else if (block instanceof Table t) {
        table(t);
      } else if (block instanceof BarChart c) {
        barChart(c);
      }
    }
    out.append("</body></html>");
  }

  /** The outline, nested by heading level. */
  private void bookmarks(Contents contents) {
    out.append("<bookmarks>");
    int open = 0;
    int previous = 0;
    for (Heading entry : contents.entries()) {
      while (open > 0 && previous >= entry.level()) {
        out.append("</bookmark>");
        open--;
        previous--;
      }
      out.append("<bookmark name=\"").append(escape(entry.text())).append("\" href=\"#").append(entry.anchor()).append("\">");
      open++;
      previous = entry.level();
    }
    out.append("</bookmark>".repeat(open));
    out.append("</bookmarks>");
  }

  private void cover(Cover cover) {
    out.append("<div class=\"cover\">");
    out.append("<p class=\"entity\">").append(escape(cover.entity())).append("</p>");
    if (cover.province() != null) {
      out.append("<p class=\"province\">").append(escape(cover.province())).append("</p>");
    }
    out.append("<p class=\"title\">").append(escape(cover.title())).append("</p>");
    out.append("<p class=\"subtitle\">").append(escape(cover.subtitle())).append("</p>");
    out.append("<p class=\"section\">").append(escape(cover.section())).append("</p>");
    out.append("</div>");
  }

  private void contents(Contents contents) {
    out.append("<ul class=\"contents\">");
    for (Heading entry : contents.entries()) {
      out.append("<li class=\"level-").append(entry.level()).append("\"><a href=\"#").append(entry.anchor())
          .append("\" title=\"").append(escape(entry.text())).append("\">")
          .append(escape(entry.text())).append(" </a></li>");
    }
    out.append("</ul>");
  }

  private void heading(Heading heading) {
    out.append("<h").append(heading.level()).append(" id=\"").append(heading.anchor()).append('"');
    if (heading.newPage()) {
      out.append(" class=\"new-page\"");
    }
    out.append('>').append(escape(heading.text())).append("</h").append(heading.level()).append('>');
  }

  private void paragraph(Paragraph paragraph) {
    out.append("<p class=\"").append(paragraph.kind().name().toLowerCase(Locale.ROOT)).append("\">");
    List<String> lines = paragraph.lines();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        out.append("<br/>");
      }
      inline(lines.get(i));
    }
    out.append("</p>");
  }

  /** Consecutive list items as one list; returns the index of the last item. */
  private int list(List<Block> blocks, int first) {
    out.append("<ul class=\"items\">");
    int i = first;
    while (i < blocks.size() && blocks.get(i) instanceof Paragraph p && p.kind() == Paragraph.Kind.LIST_ITEM) {
      out.append("<li>");
      inline(p.lines().get(0).substring(2).strip());
      out.append("</li>");
      i++;
    }
    out.append("</ul>");
    return i - 1;
  }

  private void inline(String marked) {
    for (Emphasis.Span span : Emphasis.spans(marked)) {
      String text = escape(span.text());
      out.append(span.bold() ? "<strong>" + text + "</strong>" : span.italic() ? "<em>" + text + "</em>" : text);
    }
  }

  private void table(Table table) {
    out.append("<table class=\"").append(table.kind().name().toLowerCase(Locale.ROOT)).append("\"><thead><tr>");
    for (String header : table.header()) {
      out.append("<th scope=\"col\">").append(escape(header)).append("</th>");
    }
    out.append("</tr></thead><tbody>");
    List<List<String>> rows = table.rows();
    for (int r = 0; r < rows.size(); r++) {
      out.append("<tr>");
      List<String> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        if (row.get(c) == null) {
          continue;
        }
        int span = 1;
        while (r + span < rows.size() && rows.get(r + span).get(c) == null) {
          span++;
        }
        out.append("<td");
        if (span > 1) {
          out.append(" rowspan=\"").append(span).append('"');
        }
        if (c == 0 && table.kind() == Table.Kind.OBJECTIVE) {
          out.append(" class=\"definition\"");
        }
        out.append('>').append(escape(row.get(c))).append("</td>");
      }
      out.append("</tr>");
    }
    out.append("</tbody></table>");
  }

  /**
   * The bars are boxes sized in percent of their cell: vector drawing without SVG support. The chart is itself a
   * table with header cells, so that the tagged PDF reads each bar as label and number.
   */
  private void barChart(BarChart chart) {
    out.append("<table class=\"chart\"><thead><tr>");
    for (String header : chart.header()) {
      out.append("<th scope=\"col\">").append(escape(header)).append("</th>");
    }
    out.append("</tr></thead><tbody>");
    for (BarChart.Bar bar : chart.bars()) {
      out.append("<tr><th scope=\"row\">").append(escape(bar.label())).append("</th><td class=\"bar\">");
      if (bar.percentage() != null) {
        out.append("<div class=\"bar\" style=\"width: ")
            .append(bar.percentage().max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).toPlainString())
            .append("%\"></div>");
      }
      out.append("</td><td class=\"number\">").append(escape(bar.text())).append("</td></tr>");
    }
    out.append("</tbody></table>");
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> {
          // XML 1.0 has no place for other control characters: they would make the page unreadable
          if (c >= 0x20 || c == '\t' || c == '\n') {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  private static String resource(String name) {
    try (InputStream in = PiaoHtml.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
