package it.traguardo.monitoring;

import java.util.List;
import java.util.Optional;

/** The kinds of file accepted as evidence, with the type they are served as and the extensions their names may have. */
public enum EvidenceType {
  PDF("application/pdf", "PDF", "pdf"),
  PNG("image/png", "immagine PNG", "png"),
  JPEG("image/jpeg", "immagine JPEG", "jpg", "jpeg"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "documento Word (DOCX)", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "foglio Excel (XLSX)", "xlsx"),
  PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "presentazione PowerPoint (PPTX)", "pptx"),
  ODT("application/vnd.oasis.opendocument.text", "documento OpenDocument (ODT)", "odt"),
  ODS("application/vnd.oasis.opendocument.spreadsheet", "foglio OpenDocument (ODS)", "ods"),
  DOC("application/msword", "documento Word 97-2003 (DOC)", "doc"),
  XLS("application/vnd.ms-excel", "foglio Excel 97-2003 (XLS)", "xls");

  private final String mediaType;
  private final String label;
  private final List<String> extensions;

  EvidenceType(String mediaType, String label, String... extensions) {
    this.mediaType = mediaType;
    this.label = label;
    this.extensions = List.of(extensions);
  }

  public String mediaType() {
    return mediaType;
  }

  /** In Italian, for people: "immagine PNG". */
  public String label() {
    return label;
  }

  public List<String> extensions() {
    return extensions;
  }

  public static Optional<EvidenceType> ofMediaType(String mediaType) {
    for (EvidenceType type : values()) {
      if (type.mediaType.equals(mediaType)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** The extensions of every accepted kind, as the file chooser's "accept" list: ".pdf,.png,…". */
  public static String acceptList() {
    StringBuilder list = new StringBuilder();
    for (EvidenceType type : values()) {
      for (String extension : type.extensions) {
        list.append(list.isEmpty() ? "" : ",").append('.').append(extension);
      }
    }
    return list.toString();
  }
}
