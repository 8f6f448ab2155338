package it.traguardo.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emphasis marks of the text export: Word's bold comes out as {@code **x**} and its italics as {@code *x*}.
 * Documents show them as bold and italic runs, never as asterisks.
 */
final class Emphasis {

  private static final Pattern MARK = Pattern.compile("\\*\\*(\\S(?:.*?\\S)?)\\*\\*|\\*(\\S(?:.*?\\S)?)\\*");

  /** A piece of text with its emphasis. */
  record Span(String text, boolean bold, boolean italic) {}

  private Emphasis() {}

  static List<Span> spans(String marked) {
    List<Span> spans = new ArrayList<>();
    Matcher mark = MARK.matcher(marked);
    int plainFrom = 0;
    while (mark.find()) {
      if (mark.start() > plainFrom) {
        spans.add(new Span(marked.substring(plainFrom, mark.start()), false, false));
      }
      boolean bold = mark.group(1) != null;
      spans.add(new Span(bold ? mark.group(1) : mark.group(2), bold, !bold));
      plainFrom = mark.end();
    }
    if (plainFrom < marked.length()) {
      spans.add(new Span(marked.substring(plainFrom), false, false));
    }
    return spans;
  }

  /** The text without marks, as a reader sees it. */
  static String plain(String marked) {
    StringBuilder out = new StringBuilder();
    spans(marked).forEach(span -> out.append(span.text()));
    return out.toString();
  }

  /** Marks a run of a Word paragraph the way the text export does. */
  static String mark(String text, boolean bold, boolean italic) {
    if (text.isBlank() || !bold && !italic) {
      return text;
    }
    String marks = bold ? "**" : "*";
    int start = 0;
    int end = text.length();
    while (Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, start) + marks + text.substring(start, end) + marks + text.substring(end);
  }
}
