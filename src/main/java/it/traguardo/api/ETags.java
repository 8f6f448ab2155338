package it.traguardo.api;

import org.springframework.http.HttpStatus;

/**
 * Optimistic locking over HTTP: a record's version is its ETag ("3"); a write names the version it read in
 * If-Match, and is refused with 428 without one and 412 when the record changed since.
 */
public final class ETags {

  private ETags() {}

  public static String of(int version) {
    return "\"" + version + "\"";
  }

  /** The version named by an If-Match ETag ("3", W/"3"), or null when it names none of ours. */
  public static Integer version(String ifMatch) {
    String value = ifMatch.strip();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "");
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException notOurs) {
      return null;
    }
  }

  /**
   * The version If-Match names, when it is the current one.
   *
   * @param stale the message of a 412, saying what changed
   * @throws ApiProblem 428 without If-Match, 412 when it names another version
   */
  public static int requireCurrent(String ifMatch, int current, String stale) {
    if (ifMatch == null) {
      throw new ApiProblem(HttpStatus.PRECONDITION_REQUIRED, "If-Match", "Indicare in If-Match l'ETag letto con GET.");
    }
    Integer expected = version(ifMatch);
    if (expected == null || expected != current) {
      throw new ApiProblem(HttpStatus.PRECONDITION_FAILED, "If-Match", stale);
    }
    return current;
  }
}
