package it.traguardo.importer;

/** The sample ente was just created with its plan and people, on the first start with an empty database. */
public record SampleLoaded(long entityId, long planId) {}
