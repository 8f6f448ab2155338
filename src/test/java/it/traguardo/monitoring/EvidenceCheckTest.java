package it.traguardo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.support.EvidenceFiles;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Evidence is recognised from its content: the name only has to agree with it. */
class EvidenceCheckTest {

  static Stream<Arguments> acceptedKinds() {
    return Stream.of(
        Arguments.of("verbale.pdf", (Supplier<byte[]>) EvidenceFiles::pdf, EvidenceType.PDF),
        Arguments.of("foto.PNG", (Supplier<byte[]>) EvidenceFiles::png, EvidenceType.PNG),
        Arguments.of("foto.jpg", (Supplier<byte[]>) EvidenceFiles::jpeg, EvidenceType.JPEG),
        Arguments.of("foto.jpeg", (Supplier<byte[]>) EvidenceFiles::jpeg, EvidenceType.JPEG),
        Arguments.of("relazione.docx", (Supplier<byte[]>) EvidenceFiles::docx, EvidenceType.DOCX),
        Arguments.of("dati.xlsx", (Supplier<byte[]>) EvidenceFiles::xlsx, EvidenceType.XLSX),
        Arguments.of("incontro.pptx", (Supplier<byte[]>) EvidenceFiles::pptx, EvidenceType.PPTX),
        Arguments.of("relazione.odt", (Supplier<byte[]>) EvidenceFiles::odt, EvidenceType.ODT),
        Arguments.of("dati.ods", (Supplier<byte[]>) EvidenceFiles::ods, EvidenceType.ODS),
        Arguments.of("vecchio.doc", (Supplier<byte[]>) EvidenceFiles::doc, EvidenceType.DOC),
        Arguments.of("vecchio.xls", (Supplier<byte[]>) EvidenceFiles::xls, EvidenceType.XLS));
  }

  @ParameterizedTest
  @MethodSource("acceptedKinds")
  void eachAcceptedKindIsRecognised(String name, Supplier<byte[]> content, EvidenceType type) {
    assertThat(EvidenceCheck.check(name, content.get())).isEqualTo(new EvidenceCheck.Verdict.Accepted(name, type));
  }

  @Test
  void aProgramOrAPageRenamedIsRefused() {
    String kinds =
        " non è un tipo di file ammesso: si possono allegare PDF, immagini PNG o JPEG e documenti d'ufficio (DOCX, XLSX, PPTX,"
            + " ODT, ODS, DOC, XLS). Il tipo è riconosciuto dal contenuto, non dal nome.";
    assertThat(EvidenceCheck.check("verbale.pdf", EvidenceFiles.exe())).isEqualTo(new EvidenceCheck.Verdict.Refused("«verbale.pdf»" + kinds));
    assertThat(EvidenceCheck.check("foto.png", EvidenceFiles.html())).isEqualTo(new EvidenceCheck.Verdict.Refused("«foto.png»" + kinds));
    assertThat(EvidenceCheck.check("dati.docx", EvidenceFiles.zip())).isEqualTo(new EvidenceCheck.Verdict.Refused("«dati.docx»" + kinds));
    assertThat(EvidenceCheck.check("dati.pdf", new byte[] {'%', 'P', 'D'})).isEqualTo(new EvidenceCheck.Verdict.Refused("«dati.pdf»" + kinds));
  }

  @Test
  void theNameMustAgreeWithTheContent() {
    assertThat(EvidenceCheck.check("relazione.docx", EvidenceFiles.pdf()))
        .isEqualTo(new EvidenceCheck.Verdict.Refused(
            "«relazione.docx» contiene un file di tipo PDF ma il nome termina con .docx: rinominarlo con l'estensione .pdf."));
    assertThat(EvidenceCheck.check("relazione", EvidenceFiles.xlsx()))
        .isEqualTo(new EvidenceCheck.Verdict.Refused(
            "«relazione» contiene un file di tipo foglio Excel (XLSX) ma il nome non ha estensione: rinominarlo con l'estensione .xlsx."));
  }

  @Test
  void macrosAndPasswordsAreRefused() {
    assertThat(EvidenceCheck.check("relazione.docx", EvidenceFiles.docxWithMacros()))
        .isEqualTo(new EvidenceCheck.Verdict.Refused("«relazione.docx» contiene macro: salvarlo in un formato senza macro e caricarlo di nuovo."));
    assertThat(EvidenceCheck.check("relazione.docx", EvidenceFiles.encrypted()))
        .isEqualTo(new EvidenceCheck.Verdict.Refused("«relazione.docx» è protetto da password: caricarne una copia senza password."));
  }

  @Test
  void sizesAreCheckedBeforeReading() {
    long tenMegabytes = 10L * 1024 * 1024;
    assertThat(EvidenceCheck.sizeProblem("a.pdf", tenMegabytes, tenMegabytes)).isEmpty();
    assertThat(EvidenceCheck.sizeProblem("a.pdf", tenMegabytes + 1, tenMegabytes)).contains("«a.pdf» pesa più di 10 MB: il limite è 10 MB per file.");
    assertThat(EvidenceCheck.sizeProblem("a.pdf", 12_900_000, tenMegabytes)).contains("«a.pdf» pesa 12,3 MB: il limite è 10 MB per file.");
    assertThat(EvidenceCheck.sizeProblem("a.pdf", 0, tenMegabytes)).contains("«a.pdf» è vuoto.");
    assertThat(EvidenceCheck.megabytes(1536)).isEqualTo("1,5 KB");
  }

  @Test
  void namesLoseFoldersAndControlCharacters() {
    assertThat(EvidenceCheck.cleanName("C:\\Documenti\\verbale\u0007.pdf")).isEqualTo("verbale.pdf");
    assertThat(EvidenceCheck.cleanName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(EvidenceCheck.cleanName("  ")).isEqualTo("documento");
    assertThat(EvidenceCheck.cleanName("a".repeat(300) + ".pdf")).hasSize(200).endsWith("a.pdf");
    assertThat(EvidenceCheck.cleanName("a".repeat(300))).hasSize(200);
  }
}
