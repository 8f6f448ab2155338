package it.traguardo.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a text export, decoded and normalised: UTF-8 (with or without BOM) or, failing that, Windows-1252
 * as Word writes "testo normale"; CRLF, CR and LF line ends; non-breaking spaces as spaces; trailing blanks and tabs
 * removed. Binary input is refused at the line where it stops being text.
 */
final class SourceText {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final List<String> lines;

  private SourceText(List<String> lines) {
    this.lines = lines;
  }

  static SourceText decode(byte[] bytes, List<Diagnostic> diagnostics) {
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      text = new String(bytes, start, bytes.length - start, WINDOWS_1252);
      diagnostics.add(
          Diagnostic.info(null, "Il file non è in UTF-8: è stato letto con la codifica Windows-1252."));
    }
    return new SourceText(split(text));
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
  }

  private static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    int begin = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(normalise(text.substring(begin, i)));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        begin = i + 1;
      }
    }
    if (begin < text.length()) {
      lines.add(normalise(text.substring(begin)));
    }
    return lines;
  }

  private static String normalise(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      out.append(c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\uFEFF' || c == '\f' ? ' ' : c);
    }
    int end = out.length();
    while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
      end--;
    }
    out.setLength(end);
    return out.toString();
  }

  /**
   * The 1-based number of the first line holding a control character that no text export contains (NUL and the
   * like), or 0 when the text is clean.
   */
  int firstBinaryLine() {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      for (int j = 0; j < line.length(); j++) {
        char c = line.charAt(j);
        if (c < 0x20 && c != '\t' || c == 0xFFFD) {
          return i + 1;
        }
      }
    }
    return 0;
  }

  int size() {
    return lines.size();
  }

  /** The line at a 1-based number. */
  String line(int number) {
    return lines.get(number - 1);
  }

  boolean isBlank(int number) {
    return line(number).isBlank();
  }
}
