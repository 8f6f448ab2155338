import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server time of every page: finds the pages by following the links from the home page, first as a visitor, then
 * signed in (login form with its CSRF token), groups them by kind (the path with its numbers as {n}), and requests
 * each kind ROUNDS times one request after another, cycling through up to five pages of that kind. The server's
 * own time of each request comes from its access log (Tomcat's %D, in microseconds), matched by a header the
 * request carries; the time seen by this client over loopback is printed beside it, and so is the CPU time the
 * server's processes (the JVM and its PostgreSQL) spent per request, which other jobs on the machine do not inflate.
 *
 * <p>Before timing, every page found is requested WARMUP times (default 10), so that the JIT compiler has done its
 * work and the figures are those of a server that has been running for a while.
 *
 * <p>With ROUNDS 0 it only warms the server up (the load test does so before it starts).
 *
 * <p>Usage: {@code java PageTimes.java BASE_URL USERNAME PASSWORD ROUNDS ACCESS_LOG_DIR SERVER_PID DATA_DIR [WARMUP]}
 */
public final class PageTimes {
  private static final Pattern HREF = Pattern.compile("href=\"([^\"#]*)");
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
  /** Not pages: static files, downloads, document generation (a GET that starts work), logout, the API. */
  private static final Pattern SKIP = Pattern.compile(
      "^/(webjars|css|js|img|api|v3|swagger-ui|actuator|logout)(/.*)?$|\\.(pdf|docx|xlsx|csv|zip|json|xml|p7m|ico|png|svg)$"
          + "|/genera$|/stato$");
  private static final int MAX_PAGES = 400;
  private static final int PAGES_PER_KIND = 5;

  private final String base;
  private final HttpClient client;
  private final String who;

  private PageTimes(String base, String who) {
    this.base = base;
    this.who = who;
    this.client = HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int rounds = Integer.parseInt(args[3]);
    Path logDir = Path.of(args[4]);
    ServerCpu cpu = new ServerCpu(Long.parseLong(args[5]), args[6]);
    int warmup = args.length > 7 ? Integer.parseInt(args[7]) : 10;

    PageTimes visitor = new PageTimes(base, "visitatore");
    PageTimes member = new PageTimes(base, "utente");
    member.login(args[1], args[2]);

    Map<String, Long> clientMicros = new HashMap<>();
    Map<String, Long> cpuMicros = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (PageTimes session : List.of(visitor, member)) {
      Map<String, List<String>> kinds = session.crawl();
      for (int pass = 0; pass < warmup; pass++) {
        for (List<String> pages : kinds.values()) {
          for (String page : pages) {
            session.get(page, "warmup");
          }
        }
      }
      if (rounds == 0) {
        continue; // warming up only
      }
      for (Map.Entry<String, List<String>> kind : kinds.entrySet()) {
        String tag = session.who + " " + kind.getKey();
        order.add(tag);
        long cpuBefore = cpu.micros();
        for (int i = 0; i < rounds; i++) {
          String page = kind.getValue().get(i % kind.getValue().size());
          long start = System.nanoTime();
          session.get(page, tag);
          clientMicros.merge(tag, (System.nanoTime() - start) / 1000, Long::sum);
        }
        cpuMicros.put(tag, cpu.micros() - cpuBefore);
      }
    }

    if (rounds == 0) {
      return;
    }
    Thread.sleep(1500); // the access log is written after the response
    Map<String, List<Long>> serverMicros = serverTimes(logDir);
    System.out.printf("%-11s %-62s %5s %8s %8s %8s %10s %8s%n", "chi", "pagina", "n", "p50 ms", "p95 ms", "max ms",
        "client ms", "CPU ms");
    for (String tag : order) {
      List<Long> times = serverMicros.getOrDefault(tag, List.of());
      if (times.isEmpty()) {
        System.out.println(tag + ": nessuna riga nel registro degli accessi");
        continue;
      }
      List<Long> sorted = times.stream().sorted().toList();
      String[] parts = tag.split(" ", 2);
      System.out.printf("%-11s %-62s %5d %8.1f %8.1f %8.1f %10.1f %8.1f%n", parts[0], parts[1], sorted.size(),
          percentile(sorted, 50) / 1000.0, percentile(sorted, 95) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0,
          clientMicros.get(tag) / 1000.0 / rounds, cpuMicros.get(tag) / 1000.0 / rounds);
    }
  }

  /** Signs in through the login form, as a browser does. */
  private void login(String username, String password) throws IOException, InterruptedException {
    HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET(), "login");
    Matcher token = CSRF.matcher(form.body());
    if (!token.find()) {
      throw new IllegalStateException("nessun token CSRF nella pagina di accesso");
    }
    String csrf = token.group(1) != null ? token.group(1) : token.group(2);
    String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
    HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)), "login");
    String location = answer.headers().firstValue("Location").orElse("");
    if (answer.statusCode() != 302 || location.contains("error")) {
      throw new IllegalStateException("accesso rifiutato per " + username + " (" + answer.statusCode() + " " + location + ")");
    }
  }

  /** The HTML pages reachable from the home page, by kind, in the order they were found. */
  private Map<String, List<String>> crawl() throws IOException, InterruptedException {
    Map<String, List<String>> kinds = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>(List.of("/"));
    seen.add("/");
    while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
      String page = queue.poll();
      HttpResponse<String> response = get(page, "crawl");
      boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
      if (response.statusCode() != 200 || !html) {
        continue;
      }
      List<String> ofKind = kinds.computeIfAbsent(kind(page), k -> new ArrayList<>());
      if (ofKind.size() < PAGES_PER_KIND) {
        ofKind.add(page);
      }
      Matcher links = HREF.matcher(response.body());
      while (links.find()) {
        String link = links.group(1).replace("&amp;", "&");
        if (link.startsWith(base)) {
          link = link.substring(base.length());
        }
        String path = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
        if (link.startsWith("/") && !link.startsWith("//") && !SKIP.matcher(path).find() && seen.add(link)) {
          queue.add(link);
        }
      }
    }
    return kinds;
  }

  /** A page's kind: its path and parameter names, numbers replaced by {n}. */
  private static String kind(String page) {
    String path = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
    String kind = path.replaceAll("/\\d+(?=/|$)", "/{n}");
    if (page.contains("?")) {
      List<String> names = new ArrayList<>();
      for (String parameter : page.substring(page.indexOf('?') + 1).split("&")) {
        names.add(parameter.split("=", 2)[0]);
      }
      kind += "?" + String.join("&", names);
    }
    return kind;
  }

  private HttpResponse<String> get(String page, String tag) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + page)).GET(), tag);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String tag) throws IOException, InterruptedException {
    return client.send(request.header("X-Bench-Page", tag).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Lines of the access log written as "%{X-Bench-Page}i\t%D". */
  private static Map<String, List<Long>> serverTimes(Path logDir) throws IOException {
    Map<String, List<Long>> times = new HashMap<>();
    try (var files = Files.list(logDir)) {
      for (Path file : files.toList()) {
        for (String line : Files.readAllLines(file)) {
          int tab = line.lastIndexOf('\t');
          if (tab > 0) {
            times.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>()).add(Long.parseLong(line.substring(tab + 1).trim()));
          }
        }
      }
    }
    return times;
  }

  /**
   * CPU time (user + system, from /proc) of the server's JVM and of its PostgreSQL: the postmaster started on the
   * server's data folder and its children, the backends.
   */
  private record ServerCpu(long jvmPid, String dataDir) {
    long micros() throws IOException {
      long ticks = ticks(jvmPid);
      Map<Long, Long> parents = new HashMap<>();
      Long postmaster = null;
      try (var processes = Files.list(Path.of("/proc"))) {
        for (Path process : processes.toList()) {
          String name = process.getFileName().toString();
          if (!name.chars().allMatch(Character::isDigit)) {
            continue;
          }
          try {
            long pid = Long.parseLong(name);
            parents.put(pid, Long.parseLong(statFields(pid)[1]));
            String command = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
            if (command.contains("postgres") && command.contains(dataDir)) {
              postmaster = pid;
            }
          } catch (IOException | RuntimeException gone) {
            // a process that ended while being read
          }
        }
      }
      if (postmaster != null) {
        ticks += ticks(postmaster);
        for (Map.Entry<Long, Long> process : parents.entrySet()) {
          if (process.getValue().equals(postmaster)) {
            ticks += ticks(process.getKey());
          }
        }
      }
      return ticks * 10_000; // 100 ticks per second
    }

    /** utime + stime of a process, all its threads together; 0 for a process that ended. */
    private static long ticks(long pid) {
      try {
        String[] fields = statFields(pid);
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      } catch (IOException | RuntimeException gone) {
        return 0;
      }
    }

    /** The fields of /proc/PID/stat after the command name: state, ppid, ... */
    private static String[] statFields(long pid) throws IOException {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }
  }

  private static long percentile(List<Long> sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
