package it.traguardo.payments;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSTypedData;

/**
 * Takes the invoice out of a CAdES {@code .p7m} envelope, DER/BER or base64. The signature is not verified here:
 * the Sistema di Interscambio checks it before delivery, and payment timeliness needs only the content.
 */
final class SignedEnvelope {
  private SignedEnvelope() {}

  /** A DER/BER SEQUENCE starts with 0x30; anything else is taken for base64 text. */
  static boolean looksSigned(byte[] content) {
    return content.length > 1
        && (content[0] == 0x30 || (content[0] == 'M' && content[1] == 'I'));
  }

  static byte[] content(String file, byte[] envelope) throws PaymentInputException {
    byte[] der = envelope;
    if (envelope.length > 0 && envelope[0] != 0x30) {
      der = fromBase64(file, envelope);
    }
    try {
      CMSTypedData signed = new CMSSignedData(der).getSignedContent();
      if (signed == null || !(signed.getContent() instanceof byte[] content)) {
        throw new PaymentInputException(file, 1, "busta .p7m senza la fattura (firma separata dal documento)");
      }
      return content;
    } catch (CMSException | RuntimeException e) {
      // BouncyCastle signals malformed ASN.1 with unchecked exceptions too
      throw new PaymentInputException(file, 1, "busta firmata .p7m non leggibile: " + e.getMessage(), e);
    }
  }

  private static byte[] fromBase64(String file, byte[] text) throws PaymentInputException {
    StringBuilder body = new StringBuilder();
    for (String line : new String(text, StandardCharsets.US_ASCII).split("\\R")) {
      if (!line.startsWith("-----")) { // PEM armour lines
        body.append(line.strip());
      }
    }
    try {
      return Base64.getMimeDecoder().decode(body.toString());
    } catch (IllegalArgumentException e) {
      throw new PaymentInputException(file, 1, "busta .p7m in base64 non valida: " + e.getMessage());
    }
  }
}
