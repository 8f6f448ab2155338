package it.traguardo.importer;

import java.util.Locale;
import java.util.Set;

/** Names of enti as covers write them in capitals ("COMUNE DI CEDRASCO") turned into "Comune di Cedrasco". */
final class EntityNames {

  private static final Set<String> PARTICLES =
      Set.of(
          "di", "del", "della", "dello", "dei", "degli", "delle", "d", "e", "ed", "in", "sul", "sulla", "al",
          "alla", "allo", "ai", "agli", "alle", "da", "dal", "dalla", "con", "sotto", "sopra", "a", "la", "lo");

  private EntityNames() {}

  static String readable(String written) {
    String name = written.strip().replaceAll("\\s+", " ");
    if (!name.equals(name.toUpperCase(Locale.ITALIAN))) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length());
    boolean wordStart = true;
    int wordIndex = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetter(c)) {
        if (wordStart) {
          String word = wordAt(name, i);
          boolean particle = wordIndex > 0 && PARTICLES.contains(word.toLowerCase(Locale.ITALIAN));
          out.append(particle ? Character.toLowerCase(c) : c);
          wordStart = false;
          wordIndex++;
        } else {
          out.append(Character.toLowerCase(c));
        }
      } else {
        out.append(c);
        wordStart = true;
      }
    }
    return out.toString();
  }

  private static String wordAt(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }
}
