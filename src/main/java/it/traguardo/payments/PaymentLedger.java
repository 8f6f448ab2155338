package it.traguardo.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins FatturaPA invoices with the events CSV: receipt dates, suspensions, exclusions and payments, giving the
 * instalments the indicators weigh. A payment smaller than its instalment splits it into a paid part and an unpaid
 * rest; a payment without instalment number pays the invoice's instalments in due-date order.
 */
public final class PaymentLedger {
  private final Map<String, Invoice> invoices = new LinkedHashMap<>();
  private final List<PaymentEvent> events = new ArrayList<>();
  private final List<InputWarning> warnings = new ArrayList<>();

  /**
   * Adds invoices; a second copy of the same invoice (same supplier, number and date) is ignored with a warning.
   */
  public void addInvoices(List<Invoice> read) {
    for (Invoice invoice : read) {
      Invoice first = invoices.putIfAbsent(key(invoice), invoice);
      if (first != null) {
        warnings.add(new InputWarning(invoice.file(), invoice.line(),
            "fattura " + invoice.number() + " di " + invoice.supplierVat() + " già letta in " + first.source()
                + ": ignorata"));
      }
    }
  }

  public void addEvents(List<PaymentEvent> read) {
    events.addAll(read);
  }

  public List<InputWarning> warnings() {
    return List.copyOf(warnings);
  }

  public List<Invoice> invoices() {
    return List.copyOf(invoices.values());
  }

  /**
   * @throws PaymentInputException at the event's line when it names an unknown invoice or instalment, or pays
   *     more than is owed
   */
  public List<Instalment> instalments() throws PaymentInputException {
    Map<String, List<Invoice>> byNumber = new HashMap<>();
    for (Invoice invoice : invoices.values()) {
      byNumber.computeIfAbsent(invoice.supplierVat() + "\u0000" + invoice.number(), k -> new ArrayList<>())
          .add(invoice);
    }
    Map<String, List<PaymentEvent>> byInvoice = new HashMap<>();
    for (PaymentEvent event : events) {
      byInvoice.computeIfAbsent(key(invoiceOf(event, byNumber)), k -> new ArrayList<>()).add(event);
    }
    List<Instalment> result = new ArrayList<>();
    for (Map.Entry<String, Invoice> entry : invoices.entrySet()) {
      Invoice invoice = entry.getValue();
      List<PaymentEvent> invoiceEvents = byInvoice.getOrDefault(entry.getKey(), List.of());
      if (invoice.isCreditNote()) {
        if (!invoiceEvents.isEmpty()) {
          warnings.add(new InputWarning(invoiceEvents.get(0).file(), invoiceEvents.get(0).line(),
              "la fattura " + invoice.number() + " è una nota di credito (TD04): eventi ignorati"));
        }
        continue;
      }
      result.addAll(apply(invoice, invoiceEvents));
    }
    return result;
  }

  private static Invoice invoiceOf(PaymentEvent event, Map<String, List<Invoice>> byNumber)
      throws PaymentInputException {
    List<Invoice> matches = byNumber.getOrDefault(event.supplierVat() + "\u0000" + event.number(), List.of())
        .stream()
        .filter(i -> event.invoiceDate() == null || i.date().equals(event.invoiceDate()))
        .toList();
    if (matches.isEmpty()) {
      throw event.error("fattura non trovata tra quelle lette: partita IVA " + event.supplierVat() + ", numero "
          + event.number() + (event.invoiceDate() == null ? "" : ", data " + event.invoiceDate()));
    }
    if (matches.size() > 1) {
      throw event.error("più fatture di " + event.supplierVat() + " con numero " + event.number()
          + ": indicare data_fattura");
    }
    return matches.get(0);
  }

  private static List<Instalment> apply(Invoice invoice, List<PaymentEvent> invoiceEvents)
      throws PaymentInputException {
    List<Instalment> instalments = new ArrayList<>(invoice.instalments());
    List<PaymentEvent> payments = new ArrayList<>();
    List<PaymentEvent> suspensions = new ArrayList<>();
    for (PaymentEvent event : invoiceEvents) {
      checkInstalment(event, instalments.size());
      switch (event.kind()) {
        case RECEIPT -> instalments.replaceAll(i -> received(i, event.date()));
        case SUSPENSION -> suspensions.add(event);
        case EXCLUSION -> replace(instalments, event, i -> excluded(i, event.reason()));
        case PAYMENT -> payments.add(event);
      }
    }
    List<Instalment> result = new ArrayList<>();
    for (Instalment part : pay(instalments, payments)) {
      result.add(suspended(part, suspensions));
    }
    return result;
  }

  private static List<Instalment> pay(List<Instalment> instalments, List<PaymentEvent> payments)
      throws PaymentInputException {
    BigDecimal[] owed = instalments.stream().map(Instalment::amount).toArray(BigDecimal[]::new);
    List<List<Instalment>> paidParts = new ArrayList<>();
    instalments.forEach(i -> paidParts.add(new ArrayList<>()));
    List<Integer> dueOrder = new ArrayList<>();
    for (int i = 0; i < instalments.size(); i++) {
      dueOrder.add(i);
    }
    dueOrder.sort(Comparator.comparing(i -> instalments.get(i).dueDate()));
    payments.sort(Comparator.comparing(PaymentEvent::date));
    for (PaymentEvent payment : payments) {
      BigDecimal left = payment.amount();
      List<Integer> targets = payment.instalment() != null ? List.of(payment.instalment() - 1) : dueOrder;
      for (int index : targets) {
        BigDecimal part = left.min(owed[index]);
        if (part.signum() > 0) {
          paidParts.get(index).add(instalments.get(index).withPayment(payment.date(), part));
          owed[index] = owed[index].subtract(part);
          left = left.subtract(part);
        }
      }
      if (left.signum() > 0) {
        throw payment.error("pagamento superiore al dovuto di " + left + " euro");
      }
    }
    List<Instalment> result = new ArrayList<>();
    for (int i = 0; i < instalments.size(); i++) {
      result.addAll(paidParts.get(i));
      // an instalment with nothing paid stays whole, even when its amount is zero
      if (owed[i].signum() > 0 || paidParts.get(i).isEmpty()) {
        result.add(instalments.get(i).withPayment(null, owed[i]));
      }
    }
    return result;
  }

  /**
   * Suspended days are those of the delay, after the due date and up to the payment (or for good, while
   * unpaid): a dispute settled before the due date delays nothing, and one after the payment cannot have.
   */
  private static Instalment suspended(Instalment part, List<PaymentEvent> suspensions) {
    long firstLateDay = part.dueDate().toEpochDay() + 1;
    long lastLateDay = part.paidDate() == null ? Long.MAX_VALUE : part.paidDate().toEpochDay();
    int days = part.suspendedDays();
    for (PaymentEvent suspension : suspensions) {
      if (suspension.instalment() == null || suspension.instalment() == part.invoice().instalment()) {
        long from = Math.max(suspension.date().toEpochDay(), firstLateDay);
        long to = Math.min(suspension.endDate().toEpochDay(), lastLateDay);
        days += (int) Math.max(0, to - from + 1);
      }
    }
    return new Instalment(part.invoice(), part.receiptDate(), part.dueDate(), part.amount(), part.paidDate(), days,
        part.exclusionReason(), part.flags(), part.source());
  }

  private static void checkInstalment(PaymentEvent event, int count) throws PaymentInputException {
    if (event.instalment() != null && event.instalment() > count) {
      throw event.error("la fattura " + event.number() + " ha " + count + " rate: rata " + event.instalment()
          + " inesistente");
    }
  }

  private static void replace(
      List<Instalment> instalments, PaymentEvent event, java.util.function.UnaryOperator<Instalment> change) {
    for (int i = 0; i < instalments.size(); i++) {
      if (event.instalment() == null || event.instalment() == i + 1) {
        instalments.set(i, change.apply(instalments.get(i)));
      }
    }
  }

  /** The receipt date replaces the invoice date, and moves due dates that were assumed from it. */
  private static Instalment received(Instalment instalment, LocalDate receipt) {
    Set<InstalmentFlag> flags = EnumSet.noneOf(InstalmentFlag.class);
    flags.addAll(instalment.flags());
    flags.remove(InstalmentFlag.RECEIPT_DATE_ASSUMED);
    LocalDate due = flags.contains(InstalmentFlag.DUE_DATE_ASSUMED)
        ? receipt.plusDays(RegisterCsvReader.DEFAULT_PAYMENT_TERM_DAYS)
        : instalment.dueDate();
    return new Instalment(instalment.invoice(), receipt, due, instalment.amount(), instalment.paidDate(),
        instalment.suspendedDays(), instalment.exclusionReason(), flags, instalment.source());
  }

  private static Instalment excluded(Instalment i, String reason) {
    return new Instalment(i.invoice(), i.receiptDate(), i.dueDate(), i.amount(), i.paidDate(), i.suspendedDays(),
        reason, i.flags(), i.source());
  }

  private static String key(Invoice invoice) {
    return invoice.supplierVat() + "\u0000" + invoice.number() + "\u0000" + invoice.date();
  }
}
