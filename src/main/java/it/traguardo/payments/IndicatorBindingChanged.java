package it.traguardo.payments;

/**
 * A plan indicator was bound to a computed payment metric, or unbound: from then on its achieved value comes from
 * the invoice register, or again from what people enter. Published inside the change's transaction for the trail.
 *
 * @param before the metric it was bound to, null when it was not
 * @param after the metric it is bound to now, null when unbound
 */
public record IndicatorBindingChanged(
    long entityId, long planId, long objectiveId, String indicatorName, PaymentMetric before, PaymentMetric after, String by) {}
