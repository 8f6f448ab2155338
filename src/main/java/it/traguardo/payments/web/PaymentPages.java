package it.traguardo.payments.web;

import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.organization.Role;
import it.traguardo.payments.Contribution;
import it.traguardo.payments.DelayIndicator;
import it.traguardo.payments.IndicatorCalculator;
import it.traguardo.payments.Instalment;
import it.traguardo.payments.PaymentIndicators;
import it.traguardo.payments.PaymentInputException;
import it.traguardo.payments.PaymentMetric;
import it.traguardo.payments.store.IndicatorBindings;
import it.traguardo.payments.store.PaymentImport;
import it.traguardo.payments.store.PaymentRegister;
import it.traguardo.payments.store.UploadedFile;
import it.traguardo.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Payment timeliness of an ente: the import of invoices and registers, the indicators of a year with their
 * drill-down, and the binding of plan indicators to them. The ragioneria (and the platform administrator) imports
 * and binds; the ente's other users read; to anyone else the pages do not exist.
 */
@Controller
class PaymentPages {
  private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private final Entities entities;
  private final PaymentRegister register;
  private final IndicatorBindings bindings;
  private final Clock clock;

  PaymentPages(Entities entities, PaymentRegister register, IndicatorBindings bindings, Clock clock) {
    this.entities = entities;
    this.register = register;
    this.bindings = bindings;
    this.clock = clock;
  }

  @GetMapping("/enti/{code}/pagamenti")
  String overview(
      @PathVariable String code,
      @RequestParam(name = "anno", required = false) Integer year,
      @RequestParam(name = "al", required = false) String asOf,
      Model model) {
    Entity entity = memberEntity(code);
    fillOverview(entity, year, asOf, model);
    return "payments/overview";
  }

  @PostMapping("/enti/{code}/pagamenti")
  String importFiles(
      @PathVariable String code,
      @RequestParam(name = "fatture", required = false) List<MultipartFile> invoices,
      @RequestParam(name = "eventi", required = false) List<MultipartFile> events,
      @RequestParam(name = "registri", required = false) List<MultipartFile> registers,
      HttpServletResponse response,
      Model model) {
    Entity entity = ragioneriaEntity(code);
    List<UploadedFile> invoiceFiles = uploaded(invoices);
    List<UploadedFile> eventFiles = uploaded(events);
    List<UploadedFile> registerFiles = uploaded(registers);
    String problem = null;
    if (invoiceFiles.isEmpty() && registerFiles.isEmpty()) {
      problem = "Scegliere almeno un file di fatture FatturaPA o un registro contabile.";
    } else {
      try {
        PaymentImport stored =
            register.importFiles(entity.id(), invoiceFiles, eventFiles, registerFiles, CurrentUser.name());
        return "redirect:/enti/" + entity.code() + "/pagamenti/importazioni/" + stored.id();
      } catch (PaymentInputException e) {
        problem = e.getMessage();
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    model.addAttribute("importProblem", problem);
    fillOverview(entity, null, null, model);
    return "payments/overview";
  }

  @GetMapping("/enti/{code}/pagamenti/importazioni/{importId}")
  String importReport(@PathVariable String code, @PathVariable long importId, Model model) {
    Entity entity = memberEntity(code);
    PaymentImport report = register.find(entity.id(), importId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("entity", entity);
    model.addAttribute("report", report);
    return "payments/import";
  }

  /**
   * One row per instalment behind a figure: the ITP of the year or of a quarter, or the annual delay indicator.
   */
  @GetMapping("/enti/{code}/pagamenti/dettaglio")
  String drillDown(
      @PathVariable String code,
      @RequestParam(name = "anno") int year,
      @RequestParam(name = "indicatore") String indicator,
      @RequestParam(name = "trimestre", required = false) Integer quarter,
      @RequestParam(name = "al", required = false) String asOf,
      Model model) {
    Entity entity = memberEntity(code);
    List<Instalment> instalments = register.instalments(entity.id());
    LocalDate observation = observation(year, asOf, model);
    List<Contribution> rows;
    String title;
    if ("ritardo".equals(indicator)) {
      rows = IndicatorCalculator.annualDelayContributions(instalments, year, observation);
      title = "Indicatore annuale di ritardo " + year + " al " + ITALIAN_DATE.format(observation);
    } else if ("itp".equals(indicator) && (quarter == null || quarter >= 1 && quarter <= 4)) {
      LocalDate from = LocalDate.of(year, quarter == null ? 1 : quarter * 3 - 2, 1);
      LocalDate to = quarter == null ? LocalDate.of(year, 12, 31) : from.plusMonths(3).minusDays(1);
      rows = IndicatorCalculator.itpContributions(instalments, from, to);
      title = "ITP " + (quarter == null ? "annuale " + year : quarter + "° trimestre " + year);
    } else {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("entity", entity);
    model.addAttribute("year", year);
    model.addAttribute("title", title);
    model.addAttribute("rows", rows);
    model.addAttribute("total", DelayIndicator.of(rows));
    return "payments/drill-down";
  }

  @PostMapping("/enti/{code}/pagamenti/collegamenti")
  String bind(
      @PathVariable String code,
      @RequestParam(name = "indicatore") long indicatorId,
      @RequestParam(name = "metrica") String metric) {
    Entity entity = ragioneriaEntity(code);
    if (metric.isEmpty()) {
      bindings.unbind(entity.id(), indicatorId, CurrentUser.name());
    } else if (!bindings.bind(entity.id(), indicatorId, metricNamed(metric), CurrentUser.name())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return "redirect:/enti/" + entity.code() + "/pagamenti#collegamenti";
  }

  private void fillOverview(Entity entity, Integer requestedYear, String asOf, Model model) {
    List<Integer> years = register.years(entity.id());
    int year = requestedYear != null ? requestedYear : years.stream()
        .filter(y -> y < LocalDate.now(clock).getYear())
        .findFirst()
        .orElse(LocalDate.now(clock).getYear() - 1);
    LocalDate observation = observation(year, asOf, model);
    List<Instalment> instalments = register.instalments(entity.id());
    PaymentIndicators indicators = IndicatorCalculator.calculate(year, observation, instalments);
    model.addAttribute("entity", entity);
    model.addAttribute("canImport", canImport(entity));
    model.addAttribute("years", years);
    model.addAttribute("year", year);
    model.addAttribute("asOf", observation);
    model.addAttribute("hasData", !instalments.isEmpty());
    model.addAttribute("indicators", indicators);
    model.addAttribute("chart", MonthlyDelayChart.of(instalments, year));
    model.addAttribute("imports", register.imports(entity.id()));
    model.addAttribute("candidates", bindings.candidates(entity.id()));
    model.addAttribute("metrics", PaymentMetric.values());
  }

  /** The observation date of the annual delay indicator: 31 December unless the user asks for another. */
  private static LocalDate observation(int year, String asOf, Model model) {
    if (asOf != null && !asOf.isBlank()) {
      for (DateTimeFormatter form : List.of(ITALIAN_DATE, DateTimeFormatter.ISO_LOCAL_DATE)) {
        try {
          return LocalDate.parse(asOf.strip(), form);
        } catch (DateTimeParseException notThisForm) {
          // people write 31/12/2024; a date copied from a CSV or JSON is 2024-12-31
        }
      }
      model.addAttribute("asOfProblem", "Data di osservazione non valida «" + asOf + "»: usare gg/mm/aaaa.");
    }
    return LocalDate.of(year, 12, 31);
  }

  private static PaymentMetric metricNamed(String name) {
    try {
      return PaymentMetric.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
  }

  private static List<UploadedFile> uploaded(List<MultipartFile> files) {
    List<UploadedFile> uploaded = new ArrayList<>();
    for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
      if (file.isEmpty()) {
        continue;
      }
      try {
        uploaded.add(new UploadedFile(baseName(file.getOriginalFilename()), file.getBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return uploaded;
  }

  /** Some browsers send the whole client path: messages name the file only. */
  private static String baseName(String name) {
    if (name == null || name.isBlank()) {
      return "file";
    }
    return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  }

  private Entity memberEntity(String code) {
    Entity entity = entities.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (!CurrentUser.get().map(u -> u.isMember(entity.id())).orElse(false)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return entity;
  }

  private Entity ragioneriaEntity(String code) {
    Entity entity = memberEntity(code);
    if (!canImport(entity)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    return entity;
  }

  private static boolean canImport(Entity entity) {
    return CurrentUser.get()
        .map(u -> u.isPlatformAdmin() || u.has(entity.id(), Role.RAGIONERIA))
        .orElse(false);
  }
}
