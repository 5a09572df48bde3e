package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.chegu.viewer.tools.RequiresTool;
import cn.chegu.viewer.tools.Tool;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * PostgreSQL stopped and started under the running application: the test makes its own throwaway
 * PostgreSQL + PostGIS cluster ({@code initdb} in a temporary directory, a free port — never the
 * shared server of scripts/postgis-local.sh), starts the application on it with the {@code postgis}
 * profile, has scenario writes acknowledged, stops PostgreSQL ({@code pg_ctl stop -m fast}), and
 * expects reads and writes to answer 503 with the JSON message (not 500) and health DOWN; after
 * PostgreSQL is started again health is UP and every acknowledged write is there.
 *
 * <p>Skipped when the PostgreSQL server binaries are missing — unless env {@code CI=true}, where
 * they must be there (as for the other PostGIS tests).
 */
@SpringBootTest(
    properties = {
      "chegu.sample-data=classpath:fixtures/gis-data/",
      "chegu.allow-default-credentials=true",
      "spring.datasource.username=postgres",
      "spring.datasource.password=",
      // a request waits at most this long for a connection while PostgreSQL is down
      "spring.datasource.hikari.connection-timeout=1500",
      "spring.datasource.hikari.validation-timeout=1000",
      "spring.datasource.hikari.maximum-pool-size=4"
    })
@ActiveProfiles("postgis")
@AutoConfigureMockMvc
@RequiresTool(Tool.POSTGRES_SERVER)
class PostgresRestartTest {

  private static Path root;
  private static Path pgbin;
  private static int port;

  @Autowired MockMvc mvc;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void startCluster() throws Exception {
    pgbin = Tool.serverBinDirectory();
    port = freePort();
    root = Files.createTempDirectory("chegu-pg-restart-");
    if (isRoot()) {
      run(List.of("chown", "postgres:postgres", root.toString()), false);
    }
    run(
        List.of(
            pgbin.resolve("initdb").toString(),
            "-D",
            data().toString(),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-sync"),
        true);
    pgCtl("start");
    try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE chegu");
    }
    try (Connection c = DriverManager.getConnection(url("chegu"), "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE EXTENSION postgis");
    }
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> url("chegu"));
  }

  @AfterAll
  static void removeCluster() throws Exception {
    if (root == null) {
      return;
    }
    try {
      if (Files.exists(data().resolve("postmaster.pid"))) {
        run(
            List.of(
                pgbin.resolve("pg_ctl").toString(),
                "-D",
                data().toString(),
                "-m",
                "immediate",
                "-w",
                "stop"),
            true);
      }
    } finally {
      try (Stream<Path> files = Files.walk(root)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void aStoppedDatabaseAnswers503AndLosesNoAcknowledgedWrite() throws Exception {
    List<Long> scenarios = new ArrayList<>();
    List<String> facilities = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      MockHttpServletResponse created = write("/api/scenarios", "{\"name\":\"restart-" + i + "\"}");
      assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
      long id = json.readTree(created.getContentAsString()).get("id").asLong();
      scenarios.add(id);
      MockHttpServletResponse added =
          write(
              "/api/scenarios/" + id + "/facilities",
              "{\"type\":\"community_health_station\",\"name\":\"station-"
                  + i
                  + "\",\"lon\":114.15,\"lat\":30.40}");
      assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(201);
      facilities.add(json.readTree(added.getContentAsString()).get("id").asText());
    }
    assertThat(health().getStatus()).isEqualTo(200);

    pgCtl("stop");

    List<MockHttpServletResponse> refused =
        List.of(
            read("/api/scenarios"),
            read("/api/scenarios/" + scenarios.get(0)),
            write("/api/scenarios", "{\"name\":\"during-outage\"}"),
            write(
                "/api/scenarios/" + scenarios.get(1) + "/facilities",
                "{\"type\":\"community_health_station\",\"name\":\"during-outage\","
                    + "\"lon\":114.15,\"lat\":30.40}"));
    for (MockHttpServletResponse r : refused) {
      assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(503);
      assertThat(r.getHeader("Retry-After")).isNotBlank();
      assertThat(r.getContentType()).contains("json");
      JsonNode problem = json.readTree(r.getContentAsString());
      assertThat(problem.get("status").asInt()).isEqualTo(503);
      assertThat(problem.get("message").asText())
          .contains("database is unavailable")
          .contains("nothing was changed");
    }
    MockHttpServletResponse down = health();
    assertThat(down.getStatus()).isEqualTo(503);
    assertThat(json.readTree(down.getContentAsString()).get("status").asText()).isEqualTo("DOWN");

    pgCtl("start");

    awaitHealthUp();
    List<Long> lost = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      MockHttpServletResponse r = read("/api/scenarios/" + scenarios.get(i));
      if (r.getStatus() != 200 || !r.getContentAsString().contains(facilities.get(i))) {
        lost.add(scenarios.get(i));
      }
    }
    System.out.printf(
        "PostgreSQL restart: %d scenarios + %d facilities acknowledged, %d lost%n",
        scenarios.size(), facilities.size(), lost.size());
    assertThat(lost).as("acknowledged scenarios (with their facility) lost").isEmpty();
    String all = read("/api/scenarios?limit=1000").getContentAsString();
    assertThat(all).doesNotContain("during-outage");
    for (long id : scenarios) {
      assertThat(read("/api/scenarios/" + id).getContentAsString()).doesNotContain("during-outage");
    }
  }

  private void awaitHealthUp() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    MockHttpServletResponse last = health();
    while (last.getStatus() != 200 && System.nanoTime() < deadline) {
      Thread.sleep(250);
      last = health();
    }
    assertThat(last.getStatus()).as(last.getContentAsString()).isEqualTo(200);
    assertThat(json.readTree(last.getContentAsString()).get("status").asText()).isEqualTo("UP");
  }

  private MockHttpServletResponse health() throws Exception {
    return mvc.perform(get("/actuator/health")).andReturn().getResponse();
  }

  private MockHttpServletResponse read(String path) throws Exception {
    return mvc.perform(get(path)).andReturn().getResponse();
  }

  private MockHttpServletResponse write(String path, String body) throws Exception {
    MockHttpServletRequestBuilder request =
        post(path)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body)
            .with(httpBasic("editor", "editor-chegu"));
    return mvc.perform(request).andReturn().getResponse();
  }

  private static String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  private static Path data() {
    return root.resolve("data");
  }

  private static void pgCtl(String action) throws Exception {
    List<String> command = new ArrayList<>(List.of(pgbin.resolve("pg_ctl").toString()));
    command.addAll(List.of("-D", data().toString(), "-w"));
    if (action.equals("start")) {
      command.addAll(
          List.of(
              "-l",
              root.resolve("pg.log").toString(),
              "-o",
              "-p " + port + " -k " + root + " -c listen_addresses=127.0.0.1",
              "start"));
    } else {
      command.addAll(List.of("-m", "fast", "stop"));
    }
    run(command, true);
  }

  /** Runs a command (as user postgres when {@code asPostgres} and this JVM runs as root). */
  private static void run(List<String> command, boolean asPostgres) throws Exception {
    List<String> full = new ArrayList<>();
    if (asPostgres && isRoot()) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    Path log = Files.createTempFile("chegu-pg-cmd-", ".log");
    try {
      Process p =
          new ProcessBuilder(full)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .directory(Path.of("/tmp").toFile())
              .start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail(String.join(" ", full) + " did not finish in 60 s");
      }
      if (p.exitValue() != 0) {
        fail(String.join(" ", full) + " failed: " + Files.readString(log));
      }
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
