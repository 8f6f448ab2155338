package it.traguardo.monitoring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Decides whether a file may be kept as evidence, from its content and never from its name: the first bytes tell a
 * PDF, a PNG or a JPEG; a ZIP container is an office document only when its directory holds the parts of one (read
 * without unpacking anything but the few bytes of an OpenDocument's "mimetype"); an OLE2 container only when it holds
 * a Word or Excel stream. Documents with macros or a password are refused, and so is a name whose extension says
 * another kind than the content.
 */
public final class EvidenceCheck {

  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1};
  private static final int MAX_NAME = 200;

  private EvidenceCheck() {}

  /** The outcome for one file. */
  public sealed interface Verdict {
    /** @param fileName the name to keep: without folders or control characters */
    record Accepted(String fileName, EvidenceType type) implements Verdict {}

    /** @param message in Italian, naming the file */
    record Refused(String message) implements Verdict {}
  }

  /** Why a file of {@code size} bytes cannot be accepted under a limit of {@code maxBytes}, if it cannot. */
  public static Optional<String> sizeProblem(String originalName, long size, long maxBytes) {
    String name = "«" + cleanName(originalName) + "»";
    if (size <= 0) {
      return Optional.of(name + " è vuoto.");
    }
    if (size > maxBytes) {
      String weight = megabytes(size).equals(megabytes(maxBytes)) ? "più di " + megabytes(maxBytes) : megabytes(size);
      return Optional.of(name + " pesa " + weight + ": il limite è " + megabytes(maxBytes) + " per file.");
    }
    return Optional.empty();
  }

  public static Verdict check(String originalName, byte[] content) {
    String name = cleanName(originalName);
    if (content.length == 0) {
      return new Verdict.Refused("«" + name + "» è vuoto.");
    }
    Detection detection = detect(content);
    if (detection.problem() != null) {
      return new Verdict.Refused("«" + name + "» " + detection.problem());
    }
    EvidenceType type = detection.type();
    if (type == null) {
      return new Verdict.Refused(
          "«" + name + "» non è un tipo di file ammesso: si possono allegare PDF, immagini PNG o JPEG e documenti"
              + " d'ufficio (DOCX, XLSX, PPTX, ODT, ODS, DOC, XLS). Il tipo è riconosciuto dal contenuto, non dal nome.");
    }
    String extension = extension(name);
    if (!type.extensions().contains(extension)) {
      return new Verdict.Refused(
          "«" + name + "» contiene un file di tipo " + type.label() + (extension.isEmpty() ? " ma il nome non ha estensione" : " ma il nome termina con ." + extension)
              + ": rinominarlo con l'estensione ." + type.extensions().get(0) + ".");
    }
    return new Verdict.Accepted(name, type);
  }

  /** The kind of the content, or why it is refused although recognised, or neither. */
  private record Detection(EvidenceType type, String problem) {
    static final Detection UNKNOWN = new Detection(null, null);
  }

  private static Detection detect(byte[] content) {
    if (startsWith(content, PDF)) {
      return new Detection(EvidenceType.PDF, null);
    }
    if (startsWith(content, PNG)) {
      return new Detection(EvidenceType.PNG, null);
    }
    if (startsWith(content, JPEG)) {
      return new Detection(EvidenceType.JPEG, null);
    }
    if (startsWith(content, ZIP)) {
      return zipContainer(content);
    }
    if (startsWith(content, OLE2)) {
      return oleContainer(content);
    }
    return Detection.UNKNOWN;
  }

  /** Office Open XML (docx, xlsx, pptx) or OpenDocument (odt, ods), by the parts its directory lists. */
  private static Detection zipContainer(byte[] content) {
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).setIgnoreLocalFileHeader(true).get()) {
      List<String> names = new ArrayList<>();
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        names.add(entry.getName());
      }
      if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin") || n.startsWith("Basic/") || n.startsWith("Scripts/"))) {
        return new Detection(null, "contiene macro: salvarlo in un formato senza macro e caricarlo di nuovo.");
      }
      ZipArchiveEntry mimetype = zip.getEntry("mimetype");
      if (mimetype != null && mimetype.getSize() >= 0 && mimetype.getSize() < 100) {
        String declared;
        try (InputStream in = zip.getInputStream(mimetype)) {
          declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
        }
        return switch (declared) {
          case "application/vnd.oasis.opendocument.text" -> new Detection(EvidenceType.ODT, null);
          case "application/vnd.oasis.opendocument.spreadsheet" -> new Detection(EvidenceType.ODS, null);
          default -> Detection.UNKNOWN;
        };
      }
      if (names.contains("[Content_Types].xml")) {
        if (names.contains("word/document.xml")) {
          return new Detection(EvidenceType.DOCX, null);
        }
        if (names.contains("xl/workbook.xml")) {
          return new Detection(EvidenceType.XLSX, null);
        }
        if (names.contains("ppt/presentation.xml")) {
          return new Detection(EvidenceType.PPTX, null);
        }
      }
      return Detection.UNKNOWN;
    } catch (IOException | RuntimeException damaged) {
      return Detection.UNKNOWN;
    }
  }

  /** Word and Excel 97-2003, by their main stream; an encrypted Office Open XML file is an OLE2 container too. */
  private static Detection oleContainer(byte[] content) {
    try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(content))) {
      DirectoryNode root = ole.getRoot();
      if (root.hasEntry("EncryptionInfo")) {
        return new Detection(null, "è protetto da password: caricarne una copia senza password.");
      }
      if (root.hasEntry("Macros") || root.hasEntry("_VBA_PROJECT_CUR")) {
        return new Detection(null, "contiene macro: salvarlo in un formato senza macro e caricarlo di nuovo.");
      }
      if (root.hasEntry("WordDocument")) {
        return new Detection(EvidenceType.DOC, null);
      }
      if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
        return new Detection(EvidenceType.XLS, null);
      }
      return Detection.UNKNOWN;
    } catch (IOException | RuntimeException damaged) {
      return Detection.UNKNOWN;
    }
  }

  /** The last part of a path some browsers send whole, without control characters, at most 200 characters. */
  static String cleanName(String originalName) {
    String name = originalName == null ? "" : originalName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.codePoints().filter(c -> !Character.isISOControl(c)).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = "documento";
    }
    if (name.length() > MAX_NAME) {
      String extension = extension(name);
      name = extension.isEmpty() || extension.length() > 10
          ? name.substring(0, MAX_NAME)
          : name.substring(0, MAX_NAME - extension.length() - 1) + "." + extension;
    }
    return name;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** "10 MB", "1,5 MB", "512 KB": in Italian, for messages (1 MB = 1024 × 1024 byte, as Spring counts). */
  public static String megabytes(long bytes) {
    DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ITALY));
    if (bytes < 1024 * 1024) {
      return format.format(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 1, RoundingMode.HALF_UP)) + " KB";
    }
    return format.format(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)) + " MB";
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
