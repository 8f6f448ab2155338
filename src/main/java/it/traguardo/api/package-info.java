/**
 * What every endpoint of the JSON API v1 shares: the error body a caller can act on ({@link ApiProblem}) and the
 * OpenAPI description with its two ways to authenticate. The endpoints themselves live in their modules.
 */
package it.traguardo.api;
