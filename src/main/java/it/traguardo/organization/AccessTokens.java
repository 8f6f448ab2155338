package it.traguardo.organization;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: a secret of 32 random bytes with a recognisable prefix ({@value #PREFIX}), handed to its
 * owner once and stored only as its SHA-256. A token works until its expiry day (included) unless revoked, and
 * only while its owner is enabled.
 */
@Service
public class AccessTokens {

  public static final String PREFIX = "trg_";
  static final int MAX_NAME_LENGTH = 100;
  private static final int HINT_LENGTH = PREFIX.length() + 6;

  private final JdbcClient jdbc;
  private final Users users;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  AccessTokens(JdbcClient jdbc, Users users, Clock clock) {
    this.jdbc = jdbc;
    this.users = users;
    this.clock = clock;
  }

  /** A token just created, with the secret that is shown this once. */
  public record Issued(AccessToken token, String secret) {}

  @Transactional
  public Issued create(long userId, String name, LocalDate expiresOn) {
    String label = name == null ? "" : name.strip();
    if (label.isEmpty() || label.length() > MAX_NAME_LENGTH) {
      throw new InvalidAccountException("name", "Dare al token un nome (al massimo " + MAX_NAME_LENGTH + " caratteri) che ricordi dove lo si usa.");
    }
    if (expiresOn != null && expiresOn.isBefore(today())) {
      throw new InvalidAccountException("expiresOn", "La scadenza non può essere nel passato.");
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    long id =
        jdbc.sql("insert into access_token (user_id, name, secret_hash, hint, expires_on) values (?, ?, ?, ?, ?) returning id")
            .params(userId, label, hash(secret), secret.substring(0, HINT_LENGTH), expiresOn)
            .query(Long.class)
            .single();
    return new Issued(find(userId, id).orElseThrow(), secret);
  }

  /** The user's tokens, newest first, revoked and expired ones included. */
  public List<AccessToken> of(long userId) {
    return jdbc.sql(SELECT + " where user_id = ? order by created_at desc, id desc").param(userId).query(AccessToken.class).list();
  }

  public Optional<AccessToken> find(long userId, long tokenId) {
    return jdbc.sql(SELECT + " where user_id = ? and id = ?").params(userId, tokenId).query(AccessToken.class).optional();
  }

  /** Revokes one of the user's own tokens; empty when there is no such token or it was already revoked. */
  @Transactional
  public Optional<AccessToken> revoke(long userId, long tokenId) {
    int changed =
        jdbc.sql("update access_token set revoked_at = now() where user_id = ? and id = ? and revoked_at is null")
            .params(userId, tokenId)
            .update();
    return changed == 0 ? Optional.empty() : find(userId, tokenId);
  }

  /**
   * The account a presented secret belongs to, when the token works; its last use is recorded (at most once a
   * minute, so that a busy client does not write on every call). Whether the account is enabled is for the caller
   * to check, like for a password.
   */
  @Transactional
  public Optional<UserAccount> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      return Optional.empty();
    }
    Optional<AccessToken> token =
        jdbc.sql(SELECT + " where secret_hash = ?").param(hash(secret)).query(AccessToken.class).optional().filter(t -> t.works(today()));
    token.ifPresent(
        t ->
            jdbc.sql(
                    "update access_token set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')")
                .param(t.id())
                .update());
    return token.flatMap(t -> users.byId(t.userId()));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  static String hash(String secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }

  private static final String SELECT =
      "select id, user_id, name, hint, expires_on, created_at, last_used_at, revoked_at from access_token";
}
