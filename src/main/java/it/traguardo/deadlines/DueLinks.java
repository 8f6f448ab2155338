package it.traguardo.deadlines;

/** Where each item is filled in, as a path of the application; the e-mails put the public URL in front. */
public final class DueLinks {

  private DueLinks() {}

  public static String path(String entityCode, long planId, int year, DueItem item) {
    String values = "/enti/" + entityCode + "/piani/" + planId + "/obiettivi/" + item.objectiveId() + "/valori?anno=" + year;
    return item.type() == ItemType.ACTUAL ? values + "#indicatore-" + item.indicatorId() : values;
  }

  /** A person's own list. */
  public static String mine(String entityCode) {
    return "/enti/" + entityCode + "/scadenze";
  }
}
