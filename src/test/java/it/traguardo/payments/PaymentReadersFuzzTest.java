package it.traguardo.payments;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Whatever the bytes, the readers answer with data or with their own located exception: never another exception
 * that would reach users as a stack trace. Runs its seeds as a regression test; {@code JAZZER_FUZZ=1} fuzzes.
 */
class PaymentReadersFuzzTest {

  @FuzzTest
  void registerReaderThrowsOnlyLocatedErrors(byte[] data) {
    try {
      new RegisterCsvReader().read("fuzz.csv", new ByteArrayInputStream(data), instalment -> {});
    } catch (PaymentInputException expected) {
      // bad input, located
    }
  }

  @FuzzTest
  void fatturaPaReaderThrowsOnlyLocatedErrors(byte[] data) {
    try {
      new FatturaPaReader().read("fuzz.xml", data);
    } catch (PaymentInputException expected) {
      // bad input, located
    }
  }
}
