/**
 * People and access: the platform administrator creates enti and their first users, an ente's segretario manages
 * the ente's users (roles, the person a responsabile is, disabling, password resets), and every user keeps their
 * own password and personal access tokens. Pages, the API for enti and users, and one audit event for every
 * change.
 */
package it.traguardo.access;
