package it.traguardo.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * XHTML to PDF/A-3a + PDF/UA with openhtmltopdf: fonts and the sRGB profile come from the application's resources,
 * read once, so that a document never depends on the fonts of the machine that renders it.
 */
final class PiaoPdf {

  static final String FONT_FAMILY = "DejaVu Sans Condensed";

  private record Face(byte[] bytes, int weight, FontStyle style) {}

  private static final List<Face> FACES =
      List.of(
          new Face(resource("fonts/DejaVuSansCondensed.ttf"), 400, FontStyle.NORMAL),
          new Face(resource("fonts/DejaVuSansCondensed-Bold.ttf"), 700, FontStyle.NORMAL),
          new Face(resource("fonts/DejaVuSansCondensed-Oblique.ttf"), 400, FontStyle.ITALIC),
          new Face(resource("fonts/DejaVuSansCondensed-BoldOblique.ttf"), 700, FontStyle.ITALIC));
  private static final byte[] SRGB = resource("color/sRGB.icc");

  static {
    // openhtmltopdf logs every step at INFO on stderr, where the command line reports only diagnostics
    XRLog.setLoggingEnabled(false);
  }

  private PiaoPdf() {}

  static byte[] render(String xhtml) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
    builder.usePdfUaAccessibility(true);
    builder.useColorProfile(SRGB);
    for (Face face : FACES) {
      builder.useFont(() -> new ByteArrayInputStream(face.bytes()), FONT_FAMILY, face.weight(), face.style(), true);
    }
    builder.withHtmlContent(xhtml, null);
    ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] resource(String name) {
    try (InputStream in = PiaoPdf.class.getResourceAsStream("/documents/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Document resource missing: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
