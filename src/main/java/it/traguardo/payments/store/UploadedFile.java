package it.traguardo.payments.store;

/**
 * One file of an import, as the user named it.
 *
 * @param name file name used in messages ({@code file:line: message})
 * @param content its bytes
 */
public record UploadedFile(String name, byte[] content) {}
