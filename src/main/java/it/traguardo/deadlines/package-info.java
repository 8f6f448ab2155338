/**
 * Deadlines: what each person still owes for a monitoring checkpoint (achieved values, phase statuses, "stato di
 * attuazione" narratives), completion by unit and person, and the reminder e-mails sent by a job that db-scheduler
 * runs once per installation. What is due is computed in plain Java ({@link it.traguardo.deadlines.DueCalculator});
 * the rest reads its inputs and sends the mails.
 */
package it.traguardo.deadlines;
