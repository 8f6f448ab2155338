package it.traguardo.organization;

import java.util.regex.Pattern;

/** What a username and a password must look like. Plain rules, the same for pages, API and start-up. */
public final class Credentials {

  public static final int MIN_PASSWORD_LENGTH = 12;
  /** Argon2 takes longer inputs, but a password is not a file: the cap keeps hashing cheap. */
  public static final int MAX_PASSWORD_LENGTH = 256;

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");

  private Credentials() {}

  /** Lower-case letters, digits and . _ @ -, 3 to 64 characters, starting with a letter or digit. */
  public static void checkUsername(String username) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new InvalidAccountException(
          "username",
          "Nome utente non valido: da 3 a 64 caratteri tra lettere minuscole, cifre e . _ @ - (es. «mario.rossi»).");
    }
  }

  /** Length counted in characters a person typed (code points), not in UTF-16 units. */
  public static void checkPassword(String password) {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MIN_PASSWORD_LENGTH) {
      throw new InvalidAccountException(
          "password",
          "La password deve avere almeno " + MIN_PASSWORD_LENGTH + " caratteri (ne ha " + length + "): una frase di più parole è facile da ricordare.");
    }
    if (length > MAX_PASSWORD_LENGTH) {
      throw new InvalidAccountException("password", "La password può avere al massimo " + MAX_PASSWORD_LENGTH + " caratteri.");
    }
  }
}
