package it.traguardo.payments;

/** A computed payment figure that a plan indicator can take its achieved value from. */
public enum PaymentMetric {
  /** Annual delay indicator at 31 December (L. 30 dicembre 2018 n. 145 art. 1 c. 859 lett. b and c. 861). */
  ANNUAL_DELAY("Indicatore annuale di ritardo dei pagamenti (L. 145/2018, art. 1 c. 859 lett. b e c. 861)"),
  /** Annual ITP (DPCM 22 settembre 2014 art. 9). */
  ITP("Indicatore annuale di tempestività dei pagamenti (DPCM 22/9/2014, art. 9)");

  private final String label;

  PaymentMetric(String label) {
    this.label = label;
  }

  /** Italian name for users. */
  public String label() {
    return label;
  }
}
