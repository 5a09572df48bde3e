package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acknowledged writes survive {@code kill -9} on the embedded store: the application runs as a
 * child JVM (the test classpath, the small fixture data) on a temporary data directory; scenarios
 * are written and acknowledged (201), the process is killed with SIGKILL right after the last
 * answer, restarted on the same directory, and every acknowledged scenario must be there. The
 * restarted server also shows Tomcat's own refusals (an encoded {@code /} or NUL in the path) as
 * the API's JSON problem, sets its cookies SameSite=Lax, answers a 406 with a JSON body, and stops
 * on SIGTERM within {@link #SIGTERM_EXIT} while an import of 150,000 rows is running.
 */
class KillNineDurabilityTest {

  private static final String EDITOR =
      "Basic " + Base64.getEncoder().encodeToString("editor:editor-chegu".getBytes());
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /**
   * Graceful shutdown waits at most 20 s (application.yml); closing then takes up to 15 s under
   * load.
   */
  static final Duration SIGTERM_EXIT = Duration.ofSeconds(60);

  @TempDir Path data;

  @Test
  void everyAcknowledgedWriteIsThereAfterKillNine() throws Exception {
    int port = freePort();
    Process app = start(port, data.resolve("first.log"));
    List<Long> acknowledged = new ArrayList<>();
    try {
      for (int i = 0; i < 30; i++) {
        HttpResponse<String> r =
            send("POST", port, "/api/scenarios", "{\"name\":\"durable-" + i + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(r.body());
        assertThat(m.find()).isTrue();
        acknowledged.add(Long.parseLong(m.group(1)));
      }
    } finally {
      app.destroyForcibly(); // SIGKILL: no shutdown hook, no close
      app.waitFor();
    }

    Process again = start(port, data.resolve("second.log"));
    try {
      List<Long> lost = new ArrayList<>();
      for (long id : acknowledged) {
        if (send("GET", port, "/api/scenarios/" + id, null).statusCode() != 200) {
          lost.add(id);
        }
      }
      System.out.printf(
          "kill -9 durability: %d acknowledged, %d lost%n", acknowledged.size(), lost.size());
      assertThat(lost).as("acknowledged scenarios lost after kill -9").isEmpty();

      for (String path : List.of("/api/layers/a%2Fb", "/api/layers/a%00b", "/api/layers/a%5Cb")) {
        HttpResponse<String> r = send("GET", port, path, null);
        assertThat(r.statusCode()).as(path).isBetween(400, 404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("json");
        assertThat(r.body()).contains("\"status\":" + r.statusCode());
      }
      cookiesAreSameSiteLax(port);
      HttpResponse<String> png =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/layers"))
                  .header("Accept", "image/png")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(png.statusCode()).isEqualTo(406);
      assertThat(png.headers().firstValue("Content-Type").orElse("")).contains("json");
      assertThat(png.body()).contains("\"status\":406");

      // SIGTERM while an import runs: the import is stopped, the process exits
      CompletableFuture<HttpResponse<String>> running =
          http.sendAsync(csvImport(port, 150_000), HttpResponse.BodyHandlers.ofString());
      Thread.sleep(1_500);
      long sent = System.nanoTime();
      again.destroy(); // SIGTERM
      boolean exited = again.waitFor(SIGTERM_EXIT.toSeconds(), TimeUnit.SECONDS);
      Duration took = Duration.ofNanos(System.nanoTime() - sent);
      String answer;
      try {
        HttpResponse<String> r = running.get(5, TimeUnit.SECONDS);
        answer = r.statusCode() + " " + r.body().substring(0, Math.min(160, r.body().length()));
      } catch (Exception gone) {
        answer = "connection closed (" + gone.getClass().getSimpleName() + ")";
      }
      System.out.printf(
          "SIGTERM during an import: exited %s after %d ms; the import answered %s%n",
          exited, took.toMillis(), answer);
      assertThat(exited).as("exited within " + SIGTERM_EXIT + " of SIGTERM").isTrue();
    } finally {
      again.destroyForcibly();
      again.waitFor();
    }
  }

  private void cookiesAreSameSiteLax(int port) throws Exception {
    HttpResponse<String> me =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me")).build(),
            HttpResponse.BodyHandlers.ofString());
    String xsrf =
        me.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("XSRF-TOKEN="))
            .findFirst()
            .orElseThrow();
    assertThat(xsrf).containsIgnoringCase("SameSite=Lax");
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=editor&password=editor-chegu"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    String session =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertThat(session).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
  }

  private static HttpRequest csvImport(int port, int rows) {
    StringBuilder csv = new StringBuilder("id,name_zh,type,status,lon,lat\n");
    for (int i = 0; i < rows; i++) {
      csv.append("sig-").append(i).append(",站,community_health_station,existing,114.16,30.50\n");
    }
    String boundary = "----sigterm";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"layer\"\r\n\r\nfacilities\r\n"
            + "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\";"
            + " filename=\"many.csv\"\r\nContent-Type: text/csv\r\n\r\n"
            + csv
            + "\r\n--"
            + boundary
            + "--\r\n";
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/imports"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Authorization", EDITOR)
        .timeout(Duration.ofSeconds(120))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  private Process start(int port, Path log) throws Exception {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx512m",
                "-cp",
                classpath,
                "cn.chegu.viewer.Application",
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--chegu.data-dir=" + data.resolve("db"),
                "--chegu.sample-data=classpath:fixtures/gis-data/")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new AssertionError("the application exited: see " + log);
      }
      try {
        if (send("GET", port, "/actuator/health", null).body().contains("UP")) {
          return p;
        }
      } catch (java.io.IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    p.destroyForcibly();
    throw new AssertionError("the application did not become healthy: see " + log);
  }

  private HttpResponse<String> send(String method, int port, String path, String body)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(60));
    if (body != null) {
      b.header("Content-Type", "application/json")
          .header("Authorization", EDITOR)
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
