/** Enti (tenants), their organisational units, their people, and the users who log in with roles per ente. */
package it.traguardo.organization;
