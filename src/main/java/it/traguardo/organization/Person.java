package it.traguardo.organization;

import java.util.List;

/**
 * Someone the plan names: the segretario, a responsabile (EQ). A person may have no login.
 *
 * @param paysInvoices responsible for paying commercial invoices (art. 4-bis c.2 DL 13/2023): such a person must
 *     have a payment-timeliness objective
 * @param email where reminders go; null when the ente has not given one
 * @param version bumped by every change, for optimistic locking
 */
public record Person(
    long id, long entityId, String fullName, String roleTitle, String email, boolean paysInvoices, List<Long> unitIds,
    int version) {

  public Person {
    unitIds = List.copyOf(unitIds);
  }
}
