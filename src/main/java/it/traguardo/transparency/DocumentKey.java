package it.traguardo.transparency;

import java.time.OffsetDateTime;

/**
 * One generated file: a plan's content as imported at {@code planVersion}, measured in {@code year}. The PIAO does
 * not depend on the year, but is keyed by it too: one key shape, at the price of one copy per year asked.
 */
public record DocumentKey(long planId, OffsetDateTime planVersion, int year, DocumentKind kind) {}
