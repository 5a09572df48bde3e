package cn.chegu.viewer.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load bench (not a test): N clients (default 50) for a bounded time (default 30 s, at most 300 s)
 * against a running application on the loopback interface only, each client cycling through a mix
 * of light reads, cached analysis and heavy requests. Prints throughput and p50/p95/p99 latency per
 * endpoint with the status codes seen (429 = the heavy-job limit at work), and health's p99 on its
 * own line.
 *
 * <pre>
 * java -Xmx1g -jar target/chegu-viewer-*.jar --server.port=8080 &amp;
 * mvn -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=cn.chegu.viewer.bench.LoadBench -Dexec.args="http://127.0.0.1:8080 50 30"
 * </pre>
 */
public final class LoadBench {

  private static final List<String[]> MIX =
      List.of(
          new String[] {"health", "/actuator/health"},
          new String[] {"layers", "/api/layers"},
          new String[] {"features", "/api/layers/facilities/features?limit=200"},
          new String[] {"search", "/api/search?q=%E5%8D%AB%E7%94%9F"},
          new String[] {"coverage", "/api/coverage?standard=health15&method=network"},
          new String[] {"at", "/api/coverage/at?lon=114.16&lat=30.47&standard=health15"},
          new String[] {"scenarios", "/api/scenarios?limit=20"},
          new String[] {
            "service-areas", "/api/coverage/service-areas?standard=health15&bands=5,10"
          },
          new String[] {"siting", "POST /api/siting"});

  private LoadBench() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int seconds = Math.min(300, args.length > 2 ? Integer.parseInt(args[2]) : 30);
    URI uri = URI.create(base);
    if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
      throw new IllegalArgumentException("the bench only runs against loopback, not " + base);
    }
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8))
            .build();
    Map<String, List<Long>> micros = new ConcurrentHashMap<>();
    Map<String, Map<Integer, AtomicInteger>> codes = new ConcurrentHashMap<>();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      int offset = c;
      pool.submit(
          () -> {
            for (int i = offset; System.nanoTime() < end; i++) {
              String[] e = MIX.get(i % MIX.size());
              long t = System.nanoTime();
              int code;
              try {
                code =
                    http.send(request(base, e[1]), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
              } catch (Exception ex) {
                code = -1;
              }
              micros
                  .computeIfAbsent(e[0], k -> Collections.synchronizedList(new ArrayList<>()))
                  .add((System.nanoTime() - t) / 1_000);
              codes
                  .computeIfAbsent(e[0], k -> new ConcurrentHashMap<>())
                  .computeIfAbsent(code, k -> new AtomicInteger())
                  .incrementAndGet();
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 180L, TimeUnit.SECONDS);
    System.out.printf(
        "%d clients, %d s, %s (%s)%n%n", clients, seconds, base, java.time.LocalDate.now());
    System.out.println("| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | status codes |");
    System.out.println("|---|---:|---:|---:|---:|---:|---|");
    for (String[] e : MIX) {
      List<Long> l = new ArrayList<>(micros.getOrDefault(e[0], List.of()));
      Collections.sort(l);
      System.out.printf(
          "| %s | %d | %.1f | %s | %s | %s | %s |%n",
          e[0],
          l.size(),
          l.size() / (double) seconds,
          pct(l, 50),
          pct(l, 95),
          pct(l, 99),
          new TreeMap<>(codes.getOrDefault(e[0], Map.of())));
    }
    List<Long> health = new ArrayList<>(micros.getOrDefault("health", List.of()));
    Collections.sort(health);
    System.out.printf("%nhealth p99: %s ms%n", pct(health, 99));
    System.exit(0);
  }

  private static HttpRequest request(String base, String what) {
    if (what.startsWith("POST ")) {
      return HttpRequest.newBuilder(URI.create(base + what.substring(5)))
          .timeout(Duration.ofSeconds(120))
          .header("Content-Type", "application/json")
          .POST(
              HttpRequest.BodyPublishers.ofString(
                  "{\"standard\":\"health15\",\"k\":2,\"method\":\"greedy\"}"))
          .build();
    }
    return HttpRequest.newBuilder(URI.create(base + what)).timeout(Duration.ofSeconds(120)).build();
  }

  private static String pct(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return "–";
    }
    int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
    return String.format("%.0f", sorted.get(Math.max(0, i)) / 1000.0);
  }
}
