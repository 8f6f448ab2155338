/**
 * Dashboards of the ente, of a service and of a manager: achievement so far, objectives by status, objectives at
 * risk, late phases and payment timeliness, for a year and a checkpoint; and the first screen after login.
 */
package it.traguardo.dashboard;
