package it.traguardo.payments;

/** Assumptions made while reading an instalment; reported to users as warnings. */
public enum InstalmentFlag {
  DUE_DATE_ASSUMED("scadenza mancante: assunta la data di ricezione + 30 giorni (d.lgs. 231/2002)"),
  RECEIPT_DATE_ASSUMED("data di ricezione non disponibile: assunta la data della fattura"),
  SPLIT_VAT_REMOVED("importo indicato al lordo dell'IVA in scissione dei pagamenti: IVA detratta");

  private final String description;

  InstalmentFlag(String description) {
    this.description = description;
  }

  /** Italian text for users. */
  public String description() {
    return description;
  }
}
