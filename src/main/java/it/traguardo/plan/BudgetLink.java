package it.traguardo.plan;

/**
 * "Collegamento con il bilancio": a missione and programma of the D.Lgs. 118/2011 budget classification.
 *
 * @param mission two-digit missione code ("01")
 * @param programme two-digit programma code ("08")
 * @param missionText the missione name as written in the plan, or null
 * @param programmeText the programma name as written in the plan, or null
 * @param line the source line of the programma row, or null
 */
public record BudgetLink(String mission, String programme, String missionText, String programmeText, Integer line) {}
