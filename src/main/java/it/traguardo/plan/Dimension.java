package it.traguardo.plan;

/**
 * The dimensions the PIAO must show it covers, which an objective may serve: those of DM 30 giugno 2022 n. 132
 * art. 3 c.1 lett. b, and energy efficiency, asked by circolare DFP n. 2/2022.
 */
public enum Dimension {
  SEMPLIFICAZIONE("Semplificazione"),
  DIGITALIZZAZIONE("Digitalizzazione"),
  ACCESSIBILITA("Piena accessibilità"),
  PARI_OPPORTUNITA("Pari opportunità ed equilibrio di genere"),
  EFFICIENTAMENTO_ENERGETICO("Efficientamento energetico");

  private final String label;

  Dimension(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
