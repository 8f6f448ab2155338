package it.traguardo.organization;

/** An ente: the tenant every piece of data belongs to. {@code code} is the short name in URLs ("cedrasco"). */
public record Entity(long id, String code, String name, String kind) {}
