package it.traguardo.payments;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads FatturaPA invoices (FPA12/FPR12 v1.2.x): plain {@code .xml} files with one or more bodies, signed {@code
 * .p7m} envelopes and {@code .zip} archives of either. All-or-nothing: one unreadable invoice fails the whole
 * file with its location.
 *
 * <p>Lenient where payments allow it: a well-formed file whose needed fields can be read is imported even where it
 * departs from the schema, with a warning. Strict where safety needs it: no DTD, no external entities, no network.
 */
public final class FatturaPaReader {
  /** Uncompressed size limit of one archive entry: far above any real invoice, well below a zip bomb. */
  static final long MAX_ENTRY_BYTES = 64L << 20;

  private static final Pattern SCHEMA_AMOUNT = Pattern.compile("-?\\d{1,11}\\.\\d{2}");
  private static final Pattern PLAIN_AMOUNT = Pattern.compile("-?\\d{1,15}(\\.\\d{1,8})?");
  private static final Pattern DOCUMENT_TYPE = Pattern.compile("TD\\d{2}");

  /** Invoices read and the leniencies applied. */
  public record Result(List<Invoice> invoices, List<InputWarning> warnings) {
    public Result {
      invoices = List.copyOf(invoices);
      warnings = List.copyOf(warnings);
    }
  }

  /** Reads a file, telling zip, signed envelope and XML apart by content. */
  public Result read(Path file) throws PaymentInputException {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new PaymentInputException(file.toString(), 1, "file non leggibile: " + e.getMessage());
    }
    return read(file.toString(), content);
  }

  /**
   * @param file name used in messages
   */
  public Result read(String file, byte[] content) throws PaymentInputException {
    List<Invoice> invoices = new ArrayList<>();
    List<InputWarning> warnings = new ArrayList<>();
    if (isZip(content)) {
      readZip(file, content, invoices, warnings);
    } else {
      readInvoiceFile(file, content, invoices, warnings);
    }
    return new Result(invoices, warnings);
  }

  static boolean isZip(byte[] content) {
    return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
  }

  private void readZip(String file, byte[] content, List<Invoice> invoices, List<InputWarning> warnings)
      throws PaymentInputException {
    int filesRead = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String entryFile = file + "!/" + entry.getName();
        String lower = entry.getName().toLowerCase(Locale.ROOT);
        if (entry.isDirectory()) {
          continue;
        }
        if (!lower.endsWith(".xml") && !lower.endsWith(".p7m")) {
          warnings.add(new InputWarning(entryFile, 1, "ignorato: non è una fattura .xml o .p7m"));
          continue;
        }
        readInvoiceFile(entryFile, limitedBytes(entryFile, zip), invoices, warnings);
        filesRead++;
      }
    } catch (IOException | IllegalArgumentException e) {
      // IllegalArgumentException: entry names not valid in the archive's charset
      throw new PaymentInputException(file, 1, "archivio zip non leggibile: " + e.getMessage());
    }
    if (filesRead == 0) {
      throw new PaymentInputException(file, 1, "l'archivio zip non contiene fatture .xml o .p7m");
    }
  }

  private static byte[] limitedBytes(String file, InputStream input) throws IOException, PaymentInputException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
      out.write(buffer, 0, n);
      if (out.size() > MAX_ENTRY_BYTES) {
        throw new PaymentInputException(file, 1, "file troppo grande nell'archivio (oltre 64 MiB)");
      }
    }
    return out.toByteArray();
  }

  private void readInvoiceFile(String file, byte[] content, List<Invoice> invoices, List<InputWarning> warnings)
      throws PaymentInputException {
    byte[] xml = content;
    if (file.toLowerCase(Locale.ROOT).endsWith(".p7m") || SignedEnvelope.looksSigned(content)) {
      xml = SignedEnvelope.content(file, content);
    }
    new XmlInvoiceFile(file, warnings).read(xml, invoices);
  }

  /**
   * StAX hardened for untrusted input. The JDK's StAX factory does not accept Xerces's {@code
   * disallow-doctype-decl} feature, so its effect is obtained by refusing the DTD event, which arrives before any
   * entity can be referenced; DTD support and external entities are off and external access is empty besides.
   */
  private static XMLInputFactory hardenedFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("risorsa esterna non ammessa: " + systemId);
        });
    return factory;
  }

  /** One XML document: header data shared by its bodies, then each body. */
  private static final class XmlInvoiceFile {
    private final String file;
    private final List<InputWarning> warnings;
    private final Deque<String> path = new ArrayDeque<>();
    private String vatCountry;
    private String vatCode;
    private String supplierName;
    private Body body;
    private XMLStreamReader reader;

    XmlInvoiceFile(String file, List<InputWarning> warnings) {
      this.file = file;
      this.warnings = warnings;
    }

    void read(byte[] xml, List<Invoice> invoices) throws PaymentInputException {
      int bodies = 0;
      try {
        reader = hardenedFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
        while (reader.hasNext()) {
          switch (reader.next()) {
            case XMLStreamConstants.DTD ->
                throw error("DOCTYPE non ammesso: una FatturaPA non ha DTD, e DTD ed entità esterne sono"
                    + " rifiutate per sicurezza");
            case XMLStreamConstants.START_ELEMENT -> startElement();
            case XMLStreamConstants.END_ELEMENT -> {
              if (endElement(invoices)) {
                bodies++;
              }
            }
            default -> {
              // text between elements, comments, processing instructions: not needed
            }
          }
        }
      } catch (XMLStreamException e) {
        throw new PaymentInputException(file, lineOf(e.getLocation()), "XML non valido: " + parserMessage(e), e);
      } catch (RuntimeException e) {
        // the JDK parser reports some malformed input (e.g. bad byte sequences) unchecked
        throw new PaymentInputException(file, currentLine(), "XML non valido: " + e.getMessage(), e);
      }
      if (bodies == 0) {
        throw new PaymentInputException(file, 1, "nessun FatturaElettronicaBody: non è una fattura FatturaPA");
      }
    }

    private void startElement() throws XMLStreamException, PaymentInputException {
      String name = reader.getLocalName();
      String parent = path.peek();
      if (parent == null) {
        checkRoot(name);
      } else if (isLeaf(parent, name)) {
        long line = currentLine();
        leaf(parent, name, reader.getElementText().strip(), line);
        return; // getElementText consumed the end tag
      }
      path.push(name);
      if (name.equals("FatturaElettronicaBody") && path.size() == 2) {
        body = new Body(currentLine());
      } else if (body != null && name.equals("DatiRiepilogo")) {
        body.summaries.add(new Summary());
      } else if (body != null && name.equals("DettaglioPagamento")) {
        body.payments.add(new PaymentDetail(currentLine()));
      }
    }

    private boolean endElement(List<Invoice> invoices) throws PaymentInputException {
      String name = path.pop();
      if (name.equals("FatturaElettronicaBody") && path.size() == 1 && body != null) {
        invoices.add(body.invoice());
        body = null;
        return true;
      }
      return false;
    }

    private void checkRoot(String name) throws PaymentInputException {
      if (!name.equals("FatturaElettronica")) {
        throw error("elemento radice <" + name + ">: non è una fattura FatturaPA (atteso FatturaElettronica)");
      }
      String version = reader.getAttributeValue(null, "versione");
      if (version == null || !(version.strip().equals("FPA12") || version.strip().equals("FPR12"))) {
        warn(currentLine(), "attributo versione '" + version + "' diverso da FPA12/FPR12: letta comunque");
      }
    }

    private boolean isLeaf(String parent, String name) {
      return switch (parent) {
        case "IdFiscaleIVA" -> name.equals("IdPaese") || name.equals("IdCodice");
        case "Anagrafica" -> name.equals("Denominazione") || name.equals("Nome") || name.equals("Cognome");
        case "DatiGeneraliDocumento" ->
            name.equals("TipoDocumento")
                || name.equals("Divisa")
                || name.equals("Data")
                || name.equals("Numero")
                || name.equals("ImportoTotaleDocumento");
        case "DatiRiepilogo" ->
            name.equals("ImponibileImporto") || name.equals("Imposta") || name.equals("EsigibilitaIVA");
        case "DettaglioPagamento" -> name.equals("DataScadenzaPagamento") || name.equals("ImportoPagamento");
        default -> false;
      };
    }

    private void leaf(String parent, String name, String value, long line) throws PaymentInputException {
      boolean inSupplier = body == null && path.contains("CedentePrestatore");
      switch (parent) {
        case "IdFiscaleIVA" -> {
          if (inSupplier && path.contains("DatiAnagrafici")) {
            if (name.equals("IdPaese")) {
              vatCountry = value;
            } else {
              vatCode = value;
            }
          }
        }
        case "Anagrafica" -> {
          if (inSupplier) {
            supplierName = supplierName == null ? value : supplierName + " " + value;
          }
        }
        case "DatiGeneraliDocumento" -> {
          if (body != null) {
            body.generalField(name, value, line);
          }
        }
        case "DatiRiepilogo" -> {
          if (body != null && !body.summaries.isEmpty()) {
            body.summaries.get(body.summaries.size() - 1).field(name, value, line);
          }
        }
        case "DettaglioPagamento" -> {
          if (body != null && !body.payments.isEmpty()) {
            body.payments.get(body.payments.size() - 1).field(name, value, line);
          }
        }
        default -> {
          // isLeaf admits no other parent
        }
      }
    }

    private BigDecimal amount(String element, String value, long line) throws PaymentInputException {
      if (!PLAIN_AMOUNT.matcher(value).matches()) {
        throw new PaymentInputException(file, line, "<" + element + ">: importo non valido '" + value + "'");
      }
      if (!SCHEMA_AMOUNT.matcher(value).matches()) {
        warn(line, "<" + element + "> " + value + " non conforme allo schema (attese 2 cifre decimali): letto"
            + " comunque");
      }
      return new BigDecimal(value);
    }

    private LocalDate date(String element, String value, long line) throws PaymentInputException {
      LocalDate date = Values.date(value);
      if (date == null) {
        throw new PaymentInputException(file, line, "<" + element + ">: data non valida '" + value + "'");
      }
      if (value.indexOf('/') >= 0) {
        warn(line, "<" + element + "> " + value + " non in formato aaaa-mm-gg: letta comunque");
      }
      return date;
    }

    private void warn(long line, String message) {
      warnings.add(new InputWarning(file, line, message));
    }

    private long currentLine() {
      return reader == null ? 1 : lineOf(reader.getLocation());
    }

    private PaymentInputException error(String message) {
      return new PaymentInputException(file, currentLine(), message);
    }

    private static long lineOf(Location location) {
      return location == null ? 1 : Math.max(1, location.getLineNumber());
    }

    /** The JDK prefixes "ParseError at [row,col]:[r,c] Message:"; the location is reported separately. */
    private static String parserMessage(XMLStreamException e) {
      String message = String.valueOf(e.getMessage());
      int index = message.indexOf("Message: ");
      return index >= 0 ? message.substring(index + "Message: ".length()).strip() : message.strip();
    }

    /** A DatiRiepilogo block. */
    private final class Summary {
      BigDecimal taxable = BigDecimal.ZERO;
      BigDecimal tax = BigDecimal.ZERO;
      boolean splitPayment;

      void field(String name, String value, long line) throws PaymentInputException {
        switch (name) {
          case "ImponibileImporto" -> taxable = amount(name, value, line);
          case "Imposta" -> tax = amount(name, value, line);
          default -> splitPayment = value.equalsIgnoreCase("S");
        }
      }
    }

    /** A DettaglioPagamento block: one instalment. */
    private final class PaymentDetail {
      final long line;
      LocalDate due;
      BigDecimal amount;

      PaymentDetail(long line) {
        this.line = line;
      }

      void field(String name, String value, long valueLine) throws PaymentInputException {
        if (name.equals("DataScadenzaPagamento")) {
          due = date(name, value, valueLine);
        } else {
          amount = amount(name, value, valueLine);
        }
      }
    }

    /** A FatturaElettronicaBody being read. */
    private final class Body {
      final long line;
      final List<Summary> summaries = new ArrayList<>();
      final List<PaymentDetail> payments = new ArrayList<>();
      String type;
      String number;
      LocalDate date;
      BigDecimal total;
      boolean currencyStated;

      Body(long line) {
        this.line = line;
      }

      void generalField(String name, String value, long valueLine) throws PaymentInputException {
        switch (name) {
          case "TipoDocumento" -> {
            type = value.toUpperCase(Locale.ROOT);
            if (!DOCUMENT_TYPE.matcher(type).matches()) {
              warn(valueLine, "<TipoDocumento> '" + value + "' non previsto dallo schema: letto comunque");
            }
          }
          case "Divisa" -> currencyStated = true;
          case "Data" -> date = date(name, value, valueLine);
          case "Numero" -> number = value;
          default -> total = amount(name, value, valueLine);
        }
      }

      Invoice invoice() throws PaymentInputException {
        String vat = supplierVat();
        require(type, "TipoDocumento");
        require(date, "Data");
        require(number == null || number.isEmpty() ? null : number, "Numero");
        if (!currencyStated) {
          warn(line, "manca <Divisa>, obbligatoria per lo schema: assunto EUR");
        }
        BigDecimal summaryGross = BigDecimal.ZERO;
        BigDecimal splitVat = BigDecimal.ZERO;
        for (Summary summary : summaries) {
          summaryGross = summaryGross.add(summary.taxable).add(summary.tax);
          if (summary.splitPayment) {
            splitVat = splitVat.add(summary.tax);
          }
        }
        BigDecimal documentTotal = total != null ? total : summaries.isEmpty() ? null : summaryGross;
        Invoice invoice =
            new Invoice(vat, supplierName, number, date, type, documentTotal, splitVat, List.of(), file, line);
        if (invoice.isCreditNote()) {
          return invoice;
        }
        List<Instalment> instalments =
            payments.isEmpty()
                ? List.of(wholeInvoice(vat, documentTotal, splitVat))
                : instalments(vat, summaryGross, splitVat);
        return new Invoice(
            vat, supplierName, number, date, type, documentTotal, splitVat, instalments, file, line);
      }

      /** No DatiPagamento: the document total, which includes VAT, is owed in one go. */
      private Instalment wholeInvoice(String vat, BigDecimal documentTotal, BigDecimal splitVat)
          throws PaymentInputException {
        if (documentTotal == null) {
          throw new PaymentInputException(
              file, line, "importo non determinabile: mancano DatiPagamento, ImportoTotaleDocumento e DatiRiepilogo");
        }
        Set<InstalmentFlag> flags = EnumSet.of(InstalmentFlag.RECEIPT_DATE_ASSUMED, InstalmentFlag.DUE_DATE_ASSUMED);
        if (splitVat.signum() != 0) {
          flags.add(InstalmentFlag.SPLIT_VAT_REMOVED);
        }
        return instalment(vat, 1, null, documentTotal.subtract(splitVat), flags, line);
      }

      /**
       * Split payment: a correct invoice states ImportoPagamento net of the split VAT. When the amounts add up to
       * taxable + VAT instead, the split VAT is taken off, shared among instalments in proportion (the last one
       * takes the rounding remainder).
       */
      private List<Instalment> instalments(String vat, BigDecimal summaryGross, BigDecimal splitVat)
          throws PaymentInputException {
        BigDecimal stated = BigDecimal.ZERO;
        for (PaymentDetail payment : payments) {
          if (payment.amount == null) {
            throw new PaymentInputException(file, payment.line, "DettaglioPagamento senza <ImportoPagamento>");
          }
          stated = stated.add(payment.amount);
        }
        boolean grossStated =
            splitVat.signum() != 0 && stated.signum() != 0 && stated.compareTo(summaryGross) == 0;
        if (splitVat.signum() != 0 && !grossStated && stated.compareTo(summaryGross.subtract(splitVat)) != 0) {
          warn(line, "scissione dei pagamenti: ImportoPagamento " + stated + " diverso sia dal lordo " + summaryGross
              + " sia dal netto " + summaryGross.subtract(splitVat) + ": usato come indicato");
        }
        List<Instalment> instalments = new ArrayList<>();
        BigDecimal vatLeft = splitVat;
        for (int i = 0; i < payments.size(); i++) {
          PaymentDetail payment = payments.get(i);
          Set<InstalmentFlag> flags = EnumSet.of(InstalmentFlag.RECEIPT_DATE_ASSUMED);
          BigDecimal amount = payment.amount;
          if (grossStated) {
            BigDecimal share =
                i == payments.size() - 1
                    ? vatLeft
                    : splitVat.multiply(payment.amount).divide(stated, 2, RoundingMode.HALF_UP);
            vatLeft = vatLeft.subtract(share);
            amount = amount.subtract(share);
            flags.add(InstalmentFlag.SPLIT_VAT_REMOVED);
          }
          if (payment.due == null) {
            flags.add(InstalmentFlag.DUE_DATE_ASSUMED);
          }
          instalments.add(instalment(vat, i + 1, payment.due, amount, flags, payment.line));
        }
        return instalments;
      }

      /** FatturaPA carries no receipt date: the invoice date stands in until another source gives it. */
      private Instalment instalment(
          String vat, int index, LocalDate due, BigDecimal amount, Set<InstalmentFlag> flags, long sourceLine) {
        LocalDate dueDate = due != null ? due : date.plusDays(RegisterCsvReader.DEFAULT_PAYMENT_TERM_DAYS);
        return new Instalment(
            new InvoiceRef(vat, number, index), date, dueDate, amount, null, 0, null, flags, file + ":" + sourceLine);
      }

      private String supplierVat() throws PaymentInputException {
        if (vatCountry == null || vatCode == null || vatCountry.isEmpty() || vatCode.isEmpty()) {
          throw new PaymentInputException(
              file, line, "manca la partita IVA del fornitore (CedentePrestatore/DatiAnagrafici/IdFiscaleIVA)");
        }
        return InvoiceRef.normaliseVat(vatCountry + vatCode);
      }

      private void require(Object value, String element) throws PaymentInputException {
        if (value == null) {
          throw new PaymentInputException(
              file, line, "FatturaElettronicaBody senza <" + element + "> in DatiGeneraliDocumento");
        }
      }
    }
  }
}
