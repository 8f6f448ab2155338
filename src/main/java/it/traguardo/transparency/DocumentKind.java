package it.traguardo.transparency;

import java.util.Arrays;
import java.util.Optional;

/** The generated documents of the transparency page, by the file name of their address. */
public enum DocumentKind {
  PIAO_PDF("piao.pdf", "application/pdf", "PIAO, sottosezione Performance (PDF)"),
  PIAO_DOCX("piao.docx", DocumentKind.DOCX, "PIAO, sottosezione Performance (DOCX, modificabile)"),
  RELAZIONE_PDF("relazione.pdf", "application/pdf", "Relazione sulla performance %d (PDF)"),
  RELAZIONE_DOCX("relazione.docx", DocumentKind.DOCX, "Relazione sulla performance %d (DOCX, modificabile)");

  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final String fileName;
  private final String mediaType;
  private final String label;

  DocumentKind(String fileName, String mediaType, String label) {
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.label = label;
  }

  public static Optional<DocumentKind> byFileName(String fileName) {
    return Arrays.stream(values()).filter(k -> k.fileName.equals(fileName)).findFirst();
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  /** What the link says, in Italian; the Relazione names its year. */
  public String label(int year) {
    return String.format(label, year);
  }
}
