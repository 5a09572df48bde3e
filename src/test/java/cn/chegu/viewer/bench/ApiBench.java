package cn.chegu.viewer.bench;

import cn.chegu.viewer.Application;
import cn.chegu.viewer.analysis.CoverageService;
import cn.chegu.viewer.analysis.CoverageWarmup;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.facility.ServiceStandards;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * random port), timed over HTTP from its clients' side.
 *
 * <ul>
 *   <li>start: until the app accepts requests; warm-up: until {@link CoverageWarmup} is ready;
 *   <li>first answers after the warm-up, one per kind (emergency12, default bands for service
 *       areas);
 *   <li>warm wall p50/p95 under {@value #CLIENTS} concurrent clients, each asking every standard in
 *       turn ({@value #ROUNDS} rounds), per kind: coverage (network, 2020), gaps, service areas
 *       (default bands, map outline).
 * </ul>
 *
 * The clients stand for {@value #CLIENTS} users, so the heavy-request limit per client is raised to
 * {@value #CLIENTS} (they all connect from 127.0.0.1); the overall limits stay as shipped.
 *
 * <p>Run by {@link NetworkBench} at its end (skip with {@code -Dbench.api=none}).
 */
final class ApiBench {

  static final int CLIENTS = 10;
  static final int ROUNDS = 5;

  private ApiBench() {}

  static String run() throws Exception {
    long t0 = System.nanoTime();
    ConfigurableApplicationContext ctx =
        new SpringApplicationBuilder(Application.class)
            .properties(
                "server.port=0",
                "spring.datasource.url=jdbc:h2:mem:api-bench;DB_CLOSE_DELAY=-1",
                "logging.level.root=WARN",
                // the clients stand for different users but all come from 127.0.0.1: the limit
                // of heavy requests per client (2) would answer them 429
                "chegu.limits.heavy.per-client=" + CLIENTS)
            .run();
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
      for (String kind : List.of("coverage", "gaps", "service areas")) {
        first.put(kind, time(http, base + url(kind, ems)));
      }
      Map<String, List<Double>> warm = new LinkedHashMap<>();
      List<String> kinds = List.of("coverage", "gaps", "service areas");
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
                              .add(time(http, base + url(kind, s)));
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
      first.forEach((k, v) -> sb.append(row("first " + k + " after ready (emergency12)", v)));
      warm.forEach(
          (k, v) -> {
            double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            sb.append(
                row(
                    "warm " + k + ", any standard, p50 / p95 under " + CLIENTS + " clients",
                    percentile(a, 0.5),
                    percentile(a, 0.95)));
          });
      sb.append(row("heavy requests answered 429 and asked again (count, not ms)", RETRIED.get()));
      return sb.toString();
    } finally {
      ctx.close();
    }
  }

  private static String url(String kind, ServiceStandard s) {
    return switch (kind) {
      case "coverage" -> "/api/coverage?standard=" + s.code() + "&method=network&year=2020";
      case "gaps" -> "/api/coverage/gaps?standard=" + s.code() + "&method=network&year=2020";
      default ->
          "/api/coverage/service-areas?standard="
              + s.code()
              + "&method=network&bands="
              + CoverageService.defaultBands(s).stream()
                  .map(d -> String.valueOf(d.toMillis() / 60_000.0))
                  .collect(Collectors.joining(","));
    };
  }

  /** Heavy requests answered 429 (the heavy-job limit) and asked again, all clients. */
  private static final java.util.concurrent.atomic.AtomicInteger RETRIED =
      new java.util.concurrent.atomic.AtomicInteger();

  /**
   * Wall time until a 200 answer, as a client sees it: a 429 of the heavy-job limit is asked again
   * after its {@code Retry-After} (at most 1 s), and the wait counts.
   */
  private static double time(HttpClient http, String url) throws Exception {
    long t = System.nanoTime();
    for (int attempt = 0; ; attempt++) {
      HttpResponse<byte[]> r =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() == 200) {
        return (System.nanoTime() - t) / 1e6;
      }
      if (r.statusCode() != 429 || attempt >= 100) {
        throw new IllegalStateException(url + " -> " + r.statusCode());
      }
      RETRIED.incrementAndGet();
      long after = r.headers().firstValueAsLong("Retry-After").orElse(1);
      Thread.sleep(Math.min(1000, Math.max(50, after * 1000)));
    }
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
