package cn.chegu.viewer.bench;

import cn.chegu.viewer.Application;
import cn.chegu.viewer.analysis.CoverageService;
import cn.chegu.viewer.analysis.CoverageWarmup;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.facility.ServiceStandards;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * API-level bench: the application started in this JVM on the shipped sample (in-memory H2GIS,
 * random port), timed over HTTP from its clients' side. The heavy-job limit per client is raised to
 * the number of clients (they all come from 127.0.0.1, where an office's planners would each have
 * their own address); the overall limit stays as configured (half the cores).
 *
 * <ul>
 *   <li>start: until the app accepts requests; warm-up: until {@link CoverageWarmup} is ready;
 *   <li>first answers after the warm-up, one per kind, for emergency12 with the existing facilities
 *       (the UI's default, warmed; empty answers: no ambulance base exists) and with the plan's (13
 *       bases: not warmed, so computed on the request), default bands for service areas;
 *   <li>warm wall p50/p95 under {@value #CLIENTS} concurrent clients, each asking every standard in
 *       turn ({@value #ROUNDS} rounds), per kind: coverage (network, 2020), gaps, service areas
 *       (default bands, map outline), all with the plan's facilities (prepared by one sequential
 *       pass first: under 10 clients an unprepared service area is a heavy job and may get 429);
 *   <li>siting: MCLP health15 k = 5 and LSCP emergency12 95 % (existing and plan facilities),
 *       exact, the first call and the median of {@value #ROUNDS} more, one client.
 * </ul>
 *
 * Run by {@link NetworkBench} at its end (skip with {@code -Dbench.api=none}).
 */
final class ApiBench {

  static final int CLIENTS = 10;
  static final int ROUNDS = 5;

  private ApiBench() {}

  static String run() throws Exception {
    long t0 = System.nanoTime();
    ConfigurableApplicationContext ctx =
        new SpringApplicationBuilder(Application.class)
            // arguments, not default properties: those lose to application.yml
            .run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:api-bench;DB_CLOSE_DELAY=-1",
                "--logging.level.root=WARN",
                // the bench's clients share one address; in an office each planner has their own
                "--chegu.limits.heavy.per-client=" + CLIENTS);
    try {
      double startMs = (System.nanoTime() - t0) / 1e6;
      String base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
      CoverageWarmup warmup = ctx.getBean(CoverageWarmup.class);
      while (!warmup.ready()) {
        Thread.sleep(20);
      }
      double readyMs = (System.nanoTime() - t0) / 1e6;
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      ServiceStandard ems = ServiceStandards.byCode("emergency12");
      Map<String, Double> first = new LinkedHashMap<>();
      for (String set : List.of("existing", "plan")) {
        for (String kind : List.of("coverage", "gaps", "service areas")) {
          first.put(
              kind + " (emergency12, facilities=" + set + ")",
              time(http, base + url(kind, ems, set)));
        }
      }
      List<String> kinds = List.of("coverage", "gaps", "service areas");
      // the warm-up prepares the existing set; one sequential pass prepares the plan's
      for (ServiceStandard s : ServiceStandards.defaults()) {
        for (String kind : kinds) {
          time(http, base + url(kind, s, "plan"));
        }
      }
      Map<String, List<Double>> warm = new LinkedHashMap<>();
      kinds.forEach(k -> warm.put(k, new ArrayList<>()));
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      try {
        List<Future<Map<String, List<Double>>>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          int offset = c;
          futures.add(
              pool.submit(
                  () -> {
                    Map<String, List<Double>> mine = new LinkedHashMap<>();
                    List<ServiceStandard> all = ServiceStandards.defaults();
                    for (int r = 0; r < ROUNDS; r++) {
                      for (int i = 0; i < all.size(); i++) {
                        ServiceStandard s = all.get((i + offset) % all.size());
                        for (String kind : kinds) {
                          mine.computeIfAbsent(kind, k -> new ArrayList<>())
                              .add(time(http, base + url(kind, s, "plan")));
                        }
                      }
                    }
                    return mine;
                  }));
        }
        for (Future<Map<String, List<Double>>> f : futures) {
          f.get().forEach((k, v) -> warm.get(k).addAll(v));
        }
      } finally {
        pool.shutdown();
      }
      List<String> siting = sitingRows(http, base);
      StringBuilder sb = new StringBuilder();
      sb.append(
          String.format(
              Locale.ROOT,
              "%nAPI (sample, in-process server, HTTP from %d clients × %d rounds × 8 standards)%n",
              CLIENTS,
              ROUNDS));
      sb.append("| API, ms | value |\n|---|---:|\n");
      sb.append(row("start until requests are accepted", startMs));
      sb.append(row("start until the background warm-up is ready", readyMs));
      first.forEach((k, v) -> sb.append(row("first " + k + " after ready", v)));
      warm.forEach(
          (k, v) -> {
            double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            sb.append(
                row(
                    "warm "
                        + k
                        + ", any standard, facilities=plan, p50 / p95 under "
                        + CLIENTS
                        + " clients",
                    percentile(a, 0.5),
                    percentile(a, 0.95)));
          });
      siting.forEach(sb::append);
      return sb.toString();
    } finally {
      ctx.close();
    }
  }

  /**
   * The request of one kind for {@code s}, with {@code facilities=set}: the warm-up prepares the
   * UI's default (existing); the plan set is where every standard has facilities (there is no
   * existing ambulance base, so emergency12's existing answers are empty).
   */
  private static String url(String kind, ServiceStandard s, String set) {
    String common = "standard=" + s.code() + "&method=network&facilities=" + set;
    return switch (kind) {
      case "coverage" -> "/api/coverage?" + common + "&year=2020";
      case "gaps" -> "/api/coverage/gaps?" + common + "&year=2020";
      default ->
          "/api/coverage/service-areas?"
              + common
              + "&bands="
              + CoverageService.defaultBands(s).stream()
                  .map(d -> String.valueOf(d.toMillis() / 60_000.0))
                  .collect(Collectors.joining(","));
    };
  }

  /** The siting requests a planner waits for, each once and then {@value #ROUNDS} times warm. */
  private static final Map<String, String> SITING =
      Map.of(
          "siting MCLP health15 k=5 exact",
          "{\"standard\":\"health15\",\"k\":5,\"method\":\"exact\"}",
          "siting LSCP emergency12 95 % exact, facilities=existing",
          "{\"standard\":\"emergency12\",\"objective\":\"lscp\",\"targetShare\":0.95,"
              + "\"method\":\"exact\",\"timeLimitSeconds\":10}",
          "siting LSCP emergency12 95 % exact, facilities=plan",
          "{\"standard\":\"emergency12\",\"objective\":\"lscp\",\"targetShare\":0.95,"
              + "\"method\":\"exact\",\"timeLimitSeconds\":10,\"facilities\":\"plan\"}");

  /**
   * Rows "first / warm p50 wall ms" per siting request, with the warm answers' status, sites and
   * solve phase (the part a solver-only figure would show).
   */
  private static List<String> sitingRows(HttpClient http, String base) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> rows = new ArrayList<>();
    for (String name : new java.util.TreeMap<>(SITING).keySet()) {
      HttpRequest post =
          HttpRequest.newBuilder(URI.create(base + "/api/siting"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(SITING.get(name)))
              .build();
      double[] wall = new double[ROUNDS + 1];
      JsonNode last = null;
      for (int i = 0; i <= ROUNDS; i++) {
        long t = System.nanoTime();
        HttpResponse<String> r = http.send(post, HttpResponse.BodyHandlers.ofString());
        wall[i] = (System.nanoTime() - t) / 1e6;
        if (r.statusCode() != 200) {
          throw new IllegalStateException(name + " -> " + r.statusCode() + " " + r.body());
        }
        last = json.readTree(r.body());
      }
      double[] warm = Arrays.copyOfRange(wall, 1, wall.length);
      Arrays.sort(warm);
      rows.add(
          row(
              name
                  + ": first / warm p50 wall (last answer "
                  + last.path("status").asText()
                  + ", "
                  + last.path("sites").size()
                  + " sites, solve phase "
                  + last.path("timings").path("phases").path("solve").asText("?")
                  + " ms)",
              wall[0],
              percentile(warm, 0.5)));
    }
    return rows;
  }

  private static double time(HttpClient http, String url) throws Exception {
    long t = System.nanoTime();
    HttpResponse<byte[]> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    double ms = (System.nanoTime() - t) / 1e6;
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          url + " -> " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
    }
    return ms;
  }

  private static double percentile(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  private static String row(String name, double... values) {
    return "| "
        + name
        + " | "
        + Arrays.stream(values)
            .mapToObj(v -> String.format(Locale.ROOT, "%.1f", v))
            .collect(Collectors.joining(" / "))
        + " |\n";
  }
}
