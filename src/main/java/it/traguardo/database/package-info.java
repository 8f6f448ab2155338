/**
 * The database: PostgreSQL only. With no {@code spring.datasource.url} the application starts an embedded
 * PostgreSQL whose data persists in a folder ({@code ./data} by default); otherwise it uses the configured server.
 */
package it.traguardo.database;
