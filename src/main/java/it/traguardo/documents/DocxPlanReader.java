package it.traguardo.documents;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.Diagnostic;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanTextImporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads a Word document (.docx) of a PIAO performance sub-section — one written by {@link PiaoDocuments} or one in the
 * layout comuni use — into the plan model. The body is turned into the lines of its text export ({@link DocxText})
 * and read by {@link PlanTextImporter}, so both formats follow the same rules and give the same diagnostics; each
 * diagnostic's line is a line of that rendering, and its message names the paragraph or table row it comes from.
 */
public final class DocxPlanReader {

  /** Larger than any plan with pictures; beyond it the file is refused before it is unpacked. */
  static final int MAX_BYTES = 50 * 1024 * 1024;
  /** No part of a plan's package comes near this once unpacked: a larger one is a zip bomb. */
  private static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;

  private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  private static final String WORD_MACRO = "application/vnd.ms-word.";

  static {
    // POI's own guard refuses entries that inflate more than 100 times; this caps the size of any single one too
    ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_BYTES));
  }

  private final PlanTextImporter importer;

  public DocxPlanReader(BudgetCatalog catalog) {
    this.importer = new PlanTextImporter(catalog);
  }

  /** Whether the bytes are a ZIP archive, the container of every .docx (and of .xlsx and .odt). */
  public static boolean looksLikeZip(byte[] content) {
    return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
  }

  /** Reads a plan; never throws for any input: a file that is not a Word document gets an error diagnostic. */
  public ImportResult read(byte[] content) {
    List<DocxText.Line> lines;
    try {
      lines = lines(content);
    } catch (NotWordException e) {
      return new ImportResult(null, List.of(Diagnostic.error(null, e.getMessage())));
    }
    String text = lines.stream().map(DocxText.Line::text).collect(Collectors.joining("\n"));
    ImportResult result = importer.read(text.getBytes(StandardCharsets.UTF_8));
    List<Diagnostic> located = result.diagnostics().stream().map(d -> locate(d, lines)).toList();
    return new ImportResult(result.planOrNull(), located);
  }

  /** The text export of a Word document, as {@link PlanTextImporter} reads it. */
  public String text(byte[] content) {
    return lines(content).stream().map(DocxText.Line::text).collect(Collectors.joining("\n", "", "\n"));
  }

  private static List<DocxText.Line> lines(byte[] content) {
    if (content.length > MAX_BYTES) {
      throw new NotWordException("Il file supera i " + MAX_BYTES / (1024 * 1024) + " MB: non è il documento di un piano.");
    }
    if (content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF) {
      throw new NotWordException(
          "Il file è nel vecchio formato Word 97-2003 (.doc): aprirlo con Word o LibreOffice e salvarlo come .docx.");
    }
    if (!looksLikeZip(content)) {
      throw new NotWordException("Il file non è un documento Word (.docx): un .docx è un archivio ZIP, questo no.");
    }
    try (OPCPackage pack = OPCPackage.open(new ByteArrayInputStream(content))) {
      List<PackagePart> main = pack.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
      if (main.isEmpty()) {
        throw new NotWordException("Il file è un archivio ZIP ma non un documento Office: manca il documento principale.");
      }
      String type = main.get(0).getContentType();
      if (!type.startsWith(WORD_MAIN) && !type.startsWith(WORD_MACRO)) {
        throw new NotWordException(
            "Il file è un documento Office ma non di Word (" + kind(type) + "): attesa la sottosezione Performance in .docx.");
      }
      try (XWPFDocument document = new XWPFDocument(pack)) {
        return DocxText.lines(document);
      }
    } catch (NotWordException e) {
      throw e;
    } catch (NotOfficeXmlFileException | InvalidFormatException e) {
      throw new NotWordException("Il file è un archivio ZIP ma non un documento Word (.docx).");
    } catch (IOException | RuntimeException e) {
      throw new NotWordException(
          isZipBomb(e)
              ? "Il file si espande in modo anomalo quando viene decompresso (possibile «zip bomb»): rifiutato."
              : "Il documento Word è danneggiato o troncato e non si può leggere: salvarlo di nuovo da Word o LibreOffice.");
    }
  }

  private static boolean isZipBomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("zip bomb") || message.contains("max entry size") || message.contains("inflate ratio")) {
        return true;
      }
    }
    return false;
  }

  private static String kind(String contentType) {
    if (contentType.contains("spreadsheetml") || contentType.contains("ms-excel")) {
      return "è un foglio di calcolo";
    }
    if (contentType.contains("presentationml") || contentType.contains("ms-powerpoint")) {
      return "è una presentazione";
    }
    return contentType;
  }

  /** The diagnostic with the paragraph or table row its line comes from. */
  private static Diagnostic locate(Diagnostic diagnostic, List<DocxText.Line> lines) {
    if (diagnostic.line() == null || lines.isEmpty()) {
      return diagnostic;
    }
    for (int i = Math.min(diagnostic.line(), lines.size()) - 1; i >= 0; i--) {
      String origin = lines.get(i).origin();
      if (origin != null) {
        return new Diagnostic(
            diagnostic.severity(), diagnostic.line(), diagnostic.message() + " [" + origin + " del documento Word]");
      }
    }
    return diagnostic;
  }

  /** The file cannot be read as a Word document; the message says why, in Italian. */
  private static final class NotWordException extends RuntimeException {
    NotWordException(String message) {
      super(message, null, false, false);
    }
  }
}
