package it.traguardo.measure;

import java.math.BigDecimal;

/** How the achieved value must relate to the target value ("< 5", "Almeno 80%", "Max – 5 anni"). */
public enum TargetComparator {
  LT("meno di"),
  LE("al più"),
  GT("più di"),
  GE("almeno"),
  EQ("esattamente");

  private final String words;

  TargetComparator(String words) {
    this.words = words;
  }

  /** The Italian words that open a target sentence with this comparator. */
  public String words() {
    return words;
  }

  /** Whether {@code actual} satisfies this comparator against {@code target}. */
  public boolean holds(BigDecimal actual, BigDecimal target) {
    int order = actual.compareTo(target);
    return switch (this) {
      case LT -> order < 0;
      case LE -> order <= 0;
      case GT -> order > 0;
      case GE -> order >= 0;
      case EQ -> order == 0;
    };
  }

  /** The polarity this comparator implies: an upper bound means lower is better. */
  public Polarity polarity() {
    return switch (this) {
      case LT, LE -> Polarity.LOWER_IS_BETTER;
      case GT, GE -> Polarity.HIGHER_IS_BETTER;
      case EQ -> Polarity.EXACT;
    };
  }
}
