package it.traguardo.plan;

/**
 * "Caratteristiche dell'obiettivo": each level is null when the sheet does not state it.
 *
 * @param risk risk of not reaching the objective with the resources available
 * @param strategicDegree strategic degree expressed by the administration
 * @param publicValueImpact impact on the public value generated
 */
public record Characteristics(Level risk, Level strategicDegree, Level publicValueImpact) {

  public static final Characteristics NONE = new Characteristics(null, null, null);

  public boolean isEmpty() {
    return risk == null && strategicDegree == null && publicValueImpact == null;
  }
}
