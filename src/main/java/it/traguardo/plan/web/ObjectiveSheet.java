package it.traguardo.plan.web;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.plan.BudgetLink;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Objective;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the sheet page derives from an objective for display. */
final class ObjectiveSheet {

  private ObjectiveSheet() {}

  /** The extra indicator columns ("Azione") any indicator of the objective has, in order of appearance. */
  static List<String> extraColumns(Objective objective) {
    Set<String> columns = new LinkedHashSet<>();
    for (Indicator indicator : objective.indicators()) {
      columns.addAll(indicator.extra().keySet());
    }
    return List.copyOf(columns);
  }

  /** Budget links with the catalogue's names; the name written in the plan when the code is unknown. */
  static List<BudgetLine> budgetLines(Objective objective, BudgetCatalog catalog) {
    return objective.budgetLinks().stream()
        .map(
            link ->
                new BudgetLine(
                    link,
                    catalog.mission(link.mission()).map(BudgetCatalog.Mission::name).orElse(link.missionText()),
                    catalog
                        .programme(link.mission(), link.programme())
                        .map(BudgetCatalog.Programme::name)
                        .orElse(link.programmeText())))
        .toList();
  }

  /**
   * The description as blocks: paragraphs, and runs of lines starting with a dash as lists. The text keeps
   * paragraphs apart with a blank line and list items on lines of their own.
   */
  static List<TextBlock> blocks(String text) {
    List<TextBlock> blocks = new ArrayList<>();
    if (text == null) {
      return blocks;
    }
    for (String paragraph : text.split("\n\n")) {
      List<String> items = new ArrayList<>();
      for (String line : paragraph.split("\n")) {
        if (line.startsWith("- ") || line.startsWith("• ")) {
          items.add(line.substring(2).strip());
        } else {
          flush(blocks, items);
          blocks.add(new TextBlock(false, List.of(line)));
        }
      }
      flush(blocks, items);
    }
    return blocks;
  }

  private static void flush(List<TextBlock> blocks, List<String> items) {
    if (!items.isEmpty()) {
      blocks.add(new TextBlock(true, List.copyOf(items)));
      items.clear();
    }
  }

  record TextBlock(boolean list, List<String> lines) {}

  record BudgetLine(BudgetLink link, String missionName, String programmeName) {}
}
