package it.traguardo.deadlines.web;

import it.traguardo.api.ApiProblem;
import it.traguardo.deadlines.Deadline;
import it.traguardo.deadlines.Deadlines;
import it.traguardo.deadlines.DueItem;
import it.traguardo.deadlines.DueLinks;
import it.traguardo.deadlines.DueReport;
import it.traguardo.deadlines.PersonDue;
import it.traguardo.monitoring.Checkpoint;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What is due for a checkpoint, through the API v1: the same computation as the pages. The segretario, the NdV and
 * the Giunta get every person who answers for something; anybody else (a responsabile, the ragioneria) only the
 * person their user is linked to, which is an empty list when it answers for nothing or there is none.
 */
@RestController
class DueApi {

  private final EnteAccess access;
  private final Deadlines deadlines;

  DueApi(EnteAccess access, Deadlines deadlines) {
    this.access = access;
    this.deadlines = deadlines;
  }

  record PersonJson(long id, String name, String unit, List<String> units, boolean hasLogin, boolean hasEmail) {}

  record ItemJson(
      String type, String objective, long objectiveId, Long indicatorId, Long phaseId, String description,
      boolean overdue, String link) {}

  record Entry(PersonJson person, int assigned, List<ItemJson> items) {}

  @GetMapping("/api/v1/entities/{code}/due/{year}/{checkpoint}")
  List<Entry> due(@PathVariable String code, @PathVariable int year, @PathVariable String checkpoint) {
    EnteAccess.Caller caller = access.member(code);
    Checkpoint point =
        Checkpoint.of(checkpoint)
            .orElseThrow(() -> ApiProblem.invalid("checkpoint", "Rilevazione «" + checkpoint + "» sconosciuta: attese «mid» o «final»."));
    long entityId = caller.entity().id();
    DueReport report =
        deadlines.report(entityId, new Deadline(year, point))
            .orElseThrow(
                () -> new ApiProblem(HttpStatus.NOT_FOUND, "year", "Nessun piano adottato dell'ente copre il " + year + "."));
    List<PersonDue> people = report.people();
    if (!caller.seesEveryone()) {
      Optional<Long> own = deadlines.personOf(entityId, caller.user().account().id());
      people = people.stream().filter(p -> own.isPresent() && p.person().id() == own.get()).toList();
    }
    String entity = caller.entity().code();
    return people.stream().map(p -> entry(entity, report, p)).toList();
  }

  private static Entry entry(String entity, DueReport report, PersonDue due) {
    List<String> units = due.person().units();
    PersonJson person =
        new PersonJson(
            due.person().id(), due.person().name(), units.isEmpty() ? null : String.join("; ", units), units,
            due.person().hasLogin(), due.person().hasEmail());
    return new Entry(person, due.assigned(), due.items().stream().map(item -> item(entity, report, item)).toList());
  }

  private static ItemJson item(String entity, DueReport report, DueItem item) {
    return new ItemJson(
        item.type().name(), item.objectiveNumber(), item.objectiveId(), item.indicatorId(), item.phaseId(),
        item.description(), item.overdue(), DueLinks.path(entity, report.planId(), report.deadline(), item));
  }
}
