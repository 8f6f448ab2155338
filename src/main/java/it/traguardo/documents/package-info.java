/**
 * The plan as documents and data files: the PIAO performance sub-section as PDF/A-3a + PDF/UA and DOCX, the plan as
 * XLSX, CSV and JSON, and the reading of Word documents back into the plan model. Plain Java: no Spring type is used,
 * so the command line and later the web pages call the same classes.
 */
package it.traguardo.documents;
