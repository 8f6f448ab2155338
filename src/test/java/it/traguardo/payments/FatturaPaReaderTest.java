package it.traguardo.payments;

import static it.traguardo.payments.InvoiceFixtures.body;
import static it.traguardo.payments.InvoiceFixtures.invoice;
import static it.traguardo.payments.InvoiceFixtures.payment;
import static it.traguardo.payments.InvoiceFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class FatturaPaReaderTest {
  private final FatturaPaReader reader = new FatturaPaReader();

  @Test
  void severalInstalmentsWithDueDatesAndAmounts() throws Exception {
    Invoice invoice = single(invoice(body("TD01", "FT/12", "2024-01-15", "1220.00",
        summary("1000.00", "220.00", "I"),
        payment("2024-02-14", "610.00"), payment("2024-03-15", "610.00"))));

    assertThat(invoice.supplierVat()).isEqualTo("IT09876543210");
    assertThat(invoice.supplierName()).isEqualTo("Forniture Rossi srl");
    assertThat(invoice.number()).isEqualTo("FT/12");
    assertThat(invoice.date()).isEqualTo("2024-01-15");
    assertThat(invoice.documentType()).isEqualTo("TD01");
    assertThat(invoice.total()).isEqualByComparingTo("1220.00");
    assertThat(invoice.instalments()).extracting(Instalment::dueDate)
        .containsExactly(LocalDate.of(2024, 2, 14), LocalDate.of(2024, 3, 15));
    assertThat(invoice.instalments()).extracting(Instalment::amount)
        .containsExactly(new BigDecimal("610.00"), new BigDecimal("610.00"));
    assertThat(invoice.instalments()).extracting(i -> i.invoice().instalment()).containsExactly(1, 2);
    assertThat(invoice.instalments().get(0).receiptDate()).isEqualTo("2024-01-15");
    assertThat(invoice.instalments().get(0).flags()).containsExactly(InstalmentFlag.RECEIPT_DATE_ASSUMED);
  }

  @Test
  void splitPaymentStatedNetIsTakenAsIs() throws Exception {
    Invoice invoice = single(invoice(body("TD01", "7", "2024-01-15", "1220.00",
        summary("1000.00", "220.00", "S"), payment("2024-02-14", "1000.00"))));

    assertThat(invoice.splitPaymentVat()).isEqualByComparingTo("220.00");
    assertThat(invoice.instalments()).singleElement().satisfies(i -> {
      assertThat(i.amount()).isEqualByComparingTo("1000.00");
      assertThat(i.flags()).doesNotContain(InstalmentFlag.SPLIT_VAT_REMOVED);
    });
  }

  @Test
  void splitPaymentStatedGrossLosesTheSplitVatAcrossInstalments() throws Exception {
    // 406.67 + 406.67 + 406.66 = 1220.00 = 1000.00 + 220.00: gross stated.
    // shares of 220.00: 220 × 406.67 / 1220 = 73.333 → 73.33, again 73.33, last 220 - 146.66 = 73.34
    // → 333.34, 333.34, 333.32 (sum 1000.00)
    Invoice invoice = single(invoice(body("TD01", "8", "2024-01-15", null,
        summary("1000.00", "220.00", "S"),
        payment("2024-02-14", "406.67"), payment("2024-03-15", "406.67"), payment("2024-04-15", "406.66"))));

    assertThat(invoice.instalments()).extracting(Instalment::amount).containsExactly(
        new BigDecimal("333.34"), new BigDecimal("333.34"), new BigDecimal("333.32"));
    assertThat(invoice.instalments()).allSatisfy(
        i -> assertThat(i.flags()).contains(InstalmentFlag.SPLIT_VAT_REMOVED));
  }

  @Test
  void withoutPaymentDataOneInstalmentOfTheTotalDueThirtyDaysAfterReceipt() throws Exception {
    // no ImportoTotaleDocumento: 500.00 + 110.00 (split) = 610.00 gross, minus 110.00 → 500.00;
    // due 2024-01-31 + 30 days = 2024-03-01 (leap year)
    Invoice invoice = single(invoice(body("TD01", "9", "2024-01-31", null, summary("500.00", "110.00", "S"))));

    assertThat(invoice.total()).isEqualByComparingTo("610.00");
    assertThat(invoice.instalments()).singleElement().satisfies(i -> {
      assertThat(i.amount()).isEqualByComparingTo("500.00");
      assertThat(i.dueDate()).isEqualTo("2024-03-01");
      assertThat(i.flags()).containsExactlyInAnyOrder(InstalmentFlag.DUE_DATE_ASSUMED,
          InstalmentFlag.RECEIPT_DATE_ASSUMED, InstalmentFlag.SPLIT_VAT_REMOVED);
    });
  }

  @Test
  void missingDueDateOfAnInstalmentIsReceiptPlusThirtyDays() throws Exception {
    Invoice invoice = single(invoice(body("TD01", "10", "2024-05-10", "122.00",
        summary("100.00", "22.00", "I"), payment(null, "122.00"))));

    assertThat(invoice.instalments().get(0).dueDate()).isEqualTo("2024-06-09");
    assertThat(invoice.instalments().get(0).flags()).contains(InstalmentFlag.DUE_DATE_ASSUMED);
  }

  @Test
  void creditNoteIsReadWithoutInstalments() throws Exception {
    Invoice note = single(invoice(body("TD04", "NC1", "2024-05-10", "122.00",
        summary("100.00", "22.00", "I"), payment("2024-06-09", "122.00"))));

    assertThat(note.isCreditNote()).isTrue();
    assertThat(note.total()).isEqualByComparingTo("122.00");
    assertThat(note.instalments()).isEmpty();
  }

  @Test
  void lotWithSeveralBodiesAndLenientValues() throws Exception {
    String lot = invoice(
        body("TD01", " 1 ", "2024-01-10", "12.2", summary("10.00", "2.20", "I")),
        body("TD01", "2", "2024-01-11", "24.40", summary("20.00", "4.40", "I")));

    FatturaPaReader.Result result = reader.read("lotto.xml", lot.getBytes(StandardCharsets.UTF_8));

    assertThat(result.invoices()).extracting(Invoice::number).containsExactly("1", "2");
    assertThat(result.invoices().get(0).total()).isEqualByComparingTo("12.20");
    assertThat(result.warnings()).singleElement().satisfies(w -> {
      assertThat(w.line()).isEqualTo(15);
      assertThat(w.message()).contains("ImportoTotaleDocumento").contains("2 cifre decimali");
    });
  }

  @Test
  void windows1252FileWithAccentedSupplier() throws Exception {
    String xml = InvoiceFixtures.invoiceFrom("windows-1252", "Caffè Società Pèrè € srl",
        body("TD01", "1", "2024-01-10", "12.20", summary("10.00", "2.20", "I")));

    Invoice invoice = reader.read("cp1252.xml", xml.getBytes(Charset.forName("windows-1252"))).invoices().get(0);

    assertThat(invoice.supplierName()).isEqualTo("Caffè Società Pèrè € srl");
  }

  @Test
  void externalEntityIsRefusedWithItsLine() {
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
        + "<FatturaElettronica>&x;</FatturaElettronica>";

    assertThatThrownBy(() -> reader.read("xxe.xml", xxe.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(PaymentInputException.class)
        .hasMessageStartingWith("xxe.xml:2: DOCTYPE non ammesso");
  }

  @Test
  void entityExpansionIsRefused() {
    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY l0 \"lol\">\n");
    for (int i = 1; i < 10; i++) {
      laughs.append("<!ENTITY l").append(i).append(" \"")
          .append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    laughs.append("]>\n<FatturaElettronica>&l9;</FatturaElettronica>\n");

    assertThatThrownBy(() -> reader.read("lol.xml", laughs.toString().getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(PaymentInputException.class)
        .hasMessageContaining("DOCTYPE non ammesso")
        .satisfies(e -> assertThat(((PaymentInputException) e).line()).isEqualTo(13)); // the DTD ends on line 13
  }

  @Test
  void truncatedFileIsRefusedWithItsLine() {
    String whole = invoice(body("TD01", "1", "2024-01-10", "12.20", summary("10.00", "2.20", "I")));
    String truncated = whole.substring(0, whole.indexOf("<DatiBeniServizi>"));

    assertThatThrownBy(() -> reader.read("tronca.xml", truncated.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(PaymentInputException.class)
        .hasMessageStartingWith("tronca.xml:17: XML non valido"); // the file ends on line 17
  }

  @Test
  void missingNumberIsLocatedAtItsBody() {
    String xml = invoice(body("TD01", "", "2024-01-10", "12.20", summary("10.00", "2.20", "I")));

    assertThatThrownBy(() -> reader.read("senza-numero.xml", xml.getBytes(StandardCharsets.UTF_8)))
        .hasMessage("senza-numero.xml:11: FatturaElettronicaBody senza <Numero> in DatiGeneraliDocumento");
  }

  @Test
  void zipOfSeveralFiles() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String number : List.of("1", "2", "3")) {
        zip.putNextEntry(new ZipEntry("lotto/IT09876543210_" + number + ".xml"));
        zip.write(invoice(body("TD01", number, "2024-01-10", "12.20", summary("10.00", "2.20", "I")))
            .getBytes(StandardCharsets.UTF_8));
      }
      zip.putNextEntry(new ZipEntry("leggimi.txt"));
      zip.write("non una fattura".getBytes(StandardCharsets.UTF_8));
    }

    FatturaPaReader.Result result = reader.read("fatture.zip", bytes.toByteArray());

    assertThat(result.invoices()).extracting(Invoice::number).containsExactly("1", "2", "3");
    assertThat(result.invoices().get(2).file()).isEqualTo("fatture.zip!/lotto/IT09876543210_3.xml");
    assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.file()).endsWith("leggimi.txt"));
  }

  @Test
  void signedEnvelopeDerAndBase64() throws Exception {
    byte[] xml = invoice(body("TD01", "P7M-1", "2024-01-10", "12.20", summary("10.00", "2.20", "I")))
        .getBytes(StandardCharsets.UTF_8);
    byte[] der = sign(xml);

    assertThat(reader.read("firmata.xml.p7m", der).invoices()).extracting(Invoice::number).containsExactly("P7M-1");
    byte[] base64 = Base64.getMimeEncoder().encode(der);
    assertThat(reader.read("firmata-b64.xml.p7m", base64).invoices()).hasSize(1);
    assertThatThrownBy(() -> reader.read("rotta.xml.p7m", new byte[] {0x30, 0x03, 0x01}))
        .hasMessageStartingWith("rotta.xml.p7m:1: busta firmata .p7m non leggibile");
  }

  @Test
  void everyOfficialSampleReadsToItsFields() throws Exception {
    Path samples = Path.of(System.getProperty("traguardo.shared", "../shared"), "samples", "fatturapa");
    Assumptions.assumeTrue(Files.isDirectory(samples),
        "campioni ufficiali FatturaPA assenti in " + samples + ": test saltato");

    expect(samples, "IT01234567890_FPA01.xml", "ALPHA SRL", new Expected("123", "2017-01-18", "6.10", "2017-02-18"));
    expect(samples, "IT01234567890_FPA02.xml", "ALPHA SRL", new Expected("123", "2017-01-18", "30.50", "2017-02-28"));
    expect(samples, "IT01234567890_FPA03.xml", "ALPHA SRL",
        new Expected("12", "2017-01-18", "30.50", "2017-02-18"),
        new Expected("456", "2017-01-20", "2440.00", "2017-02-20"));
    expect(samples, "IT01234567890_FPR01.xml", "SOCIETA' ALPHA SRL",
        new Expected("123", "2014-12-18", "6.10", "2015-01-30"));
    expect(samples, "IT01234567890_FPR02.xml", "SOCIETA' ALPHA SRL",
        new Expected("123", "2014-12-18", "30.50", "2015-01-30"));
    expect(samples, "IT01234567890_FPR03.xml", "SOCIETA' ALPHA SRL",
        new Expected("123", "2014-12-18", "32.95", "2015-01-30"),
        new Expected("456", "2014-12-20", "2440.00", "2015-01-28"));
  }

  /** Each sample body is TD01 with one instalment equal to its total (taxable + VAT of DatiRiepilogo). */
  private record Expected(String number, String date, String total, String due) {}

  private void expect(Path samples, String file, String supplier, Expected... bodies) throws Exception {
    FatturaPaReader.Result result = reader.read(samples.resolve(file));
    assertThat(result.warnings()).as(file).isEmpty();
    assertThat(result.invoices()).as(file).hasSize(bodies.length);
    for (int i = 0; i < bodies.length; i++) {
      Invoice invoice = result.invoices().get(i);
      Expected expected = bodies[i];
      assertThat(invoice.supplierVat()).as(file).isEqualTo("IT01234567890");
      assertThat(invoice.supplierName()).as(file).isEqualTo(supplier);
      assertThat(invoice.number()).as(file).isEqualTo(expected.number());
      assertThat(invoice.date()).as(file).isEqualTo(expected.date());
      assertThat(invoice.documentType()).as(file).isEqualTo("TD01");
      assertThat(invoice.total()).as(file).isEqualByComparingTo(expected.total());
      assertThat(invoice.splitPaymentVat()).as(file).isEqualByComparingTo("0");
      assertThat(invoice.instalments()).as(file).singleElement().satisfies(instalment -> {
        assertThat(instalment.dueDate()).isEqualTo(expected.due());
        assertThat(instalment.amount()).isEqualByComparingTo(expected.total());
      });
    }
  }

  private Invoice single(String xml) throws PaymentInputException {
    FatturaPaReader.Result result = reader.read("fattura.xml", xml.getBytes(StandardCharsets.UTF_8));
    assertThat(result.warnings()).isEmpty();
    assertThat(result.invoices()).hasSize(1);
    return result.invoices().get(0);
  }

  /** CAdES-style attached signature with a throwaway self-signed certificate. */
  static byte[] sign(byte[] content) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair keys = generator.generateKeyPair();
    X500Name subject = new X500Name("CN=Fornitore di prova, C=IT");
    Date now = new Date();
    ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
    X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
        new JcaX509v3CertificateBuilder(subject, BigInteger.ONE, now, new Date(now.getTime() + 86_400_000L),
            subject, keys.getPublic()).build(signer));
    CMSSignedDataGenerator cms = new CMSSignedDataGenerator();
    cms.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
        .build(signer, certificate));
    cms.addCertificates(new JcaCertStore(List.of(certificate)));
    try {
      return cms.generate(new CMSProcessableByteArray(content), true).getEncoded();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
