package it.traguardo.deadlines;

import java.util.List;

/**
 * A person's part of a checkpoint.
 *
 * @param assigned how many items of the checkpoint they answer for, filled or not
 * @param items those still missing, by objective in plan order
 */
public record PersonDue(DuePerson person, int assigned, List<DueItem> items) {

  public PersonDue {
    items = List.copyOf(items);
  }

  public int filled() {
    return assigned - items.size();
  }

  /** Filled items in percent, rounded down so that 100 means all of them; 100 when nothing is assigned. */
  public int percent() {
    return Completion.percent(filled(), assigned);
  }

  public long overdueCount() {
    return items.stream().filter(DueItem::overdue).count();
  }
}
