package it.traguardo.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Cedrasco plan, as shipped inside the application. */
public final class Seed {

  private Seed() {}

  public static byte[] bytes() {
    try (InputStream in = Seed.class.getResourceAsStream("/sample/piao-2024-2026-cedrasco-performance.txt")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }
}
