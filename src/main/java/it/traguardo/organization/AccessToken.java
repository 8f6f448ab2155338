package it.traguardo.organization;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A personal access token as its owner sees it: never its secret, which exists only in the owner's hands.
 *
 * @param hint the first characters of the secret, to tell tokens apart
 * @param expiresOn the last day the token works, or null for no expiry
 */
public record AccessToken(
    long id, long userId, String name, String hint, LocalDate expiresOn, OffsetDateTime createdAt,
    OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {

  public boolean revoked() {
    return revokedAt != null;
  }

  public boolean expired(LocalDate today) {
    return expiresOn != null && expiresOn.isBefore(today);
  }

  public boolean works(LocalDate today) {
    return !revoked() && !expired(today);
  }
}
