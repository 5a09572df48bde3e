package cn.chegu.viewer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/**
 * A data directory that cannot take writes: health DOWN with the reason while it lasts, UP again
 * (no restart) once it can; at start, one sentence instead of a failed migration. A directory whose
 * place is taken by a plain file cannot be created even by root, so the fault is real on any
 * machine; "too little space" is a threshold above the disk's free space.
 */
class StorageFaultTest {

  @TempDir Path tmp;

  @Test
  void theProbeSaysWhyWritesCannotSucceed() throws Exception {
    Path blocked = Files.writeString(tmp.resolve("blocked"), "a file, not a directory");
    assertThat(DataDirectory.problem(blocked.resolve("data"), 0))
        .startsWith("the data directory " + blocked.resolve("data"))
        .contains("cannot be created");
    assertThat(DataDirectory.problem(tmp, Long.MAX_VALUE))
        .contains("MB free, less than chegu.storage.min-free-megabytes");
    assertThat(DataDirectory.problem(tmp, 0)).isNull();
    assertThat(Files.list(tmp).map(p -> p.getFileName().toString())).containsExactly("blocked");
  }

  @Test
  void healthIsDownWithTheReasonAndUpAgainWithoutRestart() throws Exception {
    Path blocked = Files.writeString(tmp.resolve("disk"), "in the way");
    Path dataDir = blocked.resolve("data");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:storage-fault;DB_CLOSE_DELAY=-1");
    config.setMaximumPoolSize(2);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      StorageHealth health =
          new StorageHealth(
              new StoreProperties(dataDir, "classpath:gis-data/", false),
              pool,
              "jdbc:h2:file:" + dataDir + "/chegu",
              1);
      Health down = health.health();
      assertThat(down.getStatus()).isEqualTo(Status.DOWN);
      assertThat(down.getDetails().get("reason").toString())
          .contains("cannot be created")
          .endsWith("writes cannot succeed");

      Files.delete(blocked); // the fault goes away
      Health up = health.health();
      assertThat(up.getStatus()).isEqualTo(Status.UP);
      assertThat(up.getDetails()).containsEntry("path", dataDir.toString());
      try (Connection c = pool.getConnection()) {
        assertThat(c.isValid(1)).as("the pool's connections were renewed and work").isTrue();
      }
    }
  }

  @Test
  void aPostgisStoreIsNotProbedHere() {
    StorageHealth health =
        new StorageHealth(
            new StoreProperties(tmp.resolve("x").resolve("y"), "classpath:gis-data/", false),
            null,
            "jdbc:postgresql://127.0.0.1:55432/chegu",
            Long.MAX_VALUE);
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void anUnusableDataDirectoryStopsTheStartWithOneSentence() throws Exception {
    Path blocked = Files.writeString(tmp.resolve("ro"), "x");
    MockEnvironment env =
        new MockEnvironment()
            .withProperty("chegu.data-dir", blocked.resolve("data").toString())
            .withProperty("spring.datasource.url", "jdbc:h2:file:" + blocked + "/data/chegu");
    DataDirectoryCheck check = new DataDirectoryCheck();
    assertThatThrownBy(() -> check.postProcessEnvironment(env, null))
        .isInstanceOf(DataDirectoryCheck.UnusableDataDirectoryException.class)
        .hasMessageStartingWith("Cannot start: the data directory " + blocked.resolve("data"))
        .hasMessageContaining("no data was touched")
        .satisfies(
            e -> {
              FailureAnalysis a =
                  new DataDirectoryCheck.Analyzer()
                      .analyze(e, (DataDirectoryCheck.UnusableDataDirectoryException) e);
              assertThat(a.getDescription()).isEqualTo(e.getMessage());
              assertThat(a.getAction()).contains("CHEGU_DATA_DIR");
            });

    MockEnvironment fine =
        new MockEnvironment()
            .withProperty("chegu.data-dir", tmp.resolve("ok").toString())
            .withProperty("spring.datasource.url", "jdbc:h2:file:" + tmp + "/ok/chegu");
    check.postProcessEnvironment(fine, null); // no exception: the directory is made
    assertThat(tmp.resolve("ok")).isDirectory();
  }
}
