package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chegu.viewer.store.StorageHealth;
import cn.chegu.viewer.store.StoreProperties;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.UncategorizedSQLException;

/**
 * A write that fails while the data directory is full or read-only answers 503 naming the reason,
 * not 500 "internal error" (issue 20; on a real full tmpfs H2's CHECKPOINT failed with a general
 * error). A failure while the storage is fine stays a 500.
 */
class StorageDownAnswerTest {

  @TempDir Path tmp;

  private static final UncategorizedSQLException CHECKPOINT_FAILED =
      new UncategorizedSQLException(
          "StatementCallback", "CHECKPOINT", new SQLException("General error: Writing failed"));

  @Test
  void aFailedWriteWhileTheDiskIsFullIs503WithTheReason() throws Exception {
    Path blocked = Files.writeString(tmp.resolve("disk"), "in the way");
    try (HikariDataSource pool = pool()) {
      var answer = handler(blocked.resolve("data"), pool).unexpected(CHECKPOINT_FAILED);
      assertThat(answer.getStatusCode().value()).isEqualTo(503);
      assertThat(answer.getBody().message())
          .contains("the data directory cannot be written")
          .contains("this request was not saved");
      assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("30");

      Files.delete(blocked); // space is back: the same failure is now a genuine error
      assertThat(handler(blocked.resolve("data"), pool).unexpected(CHECKPOINT_FAILED))
          .satisfies(a -> assertThat(a.getStatusCode().value()).isEqualTo(500));
    }
  }

  private static ApiErrorHandler handler(Path dataDir, HikariDataSource pool) {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean(
        "storage",
        new StorageHealth(
            new StoreProperties(dataDir, "classpath:gis-data/", false),
            pool,
            "jdbc:h2:file:" + dataDir + "/chegu",
            1));
    return new ApiErrorHandler(beans.getBeanProvider(StorageHealth.class));
  }

  private static HikariDataSource pool() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:storage-down-answer;DB_CLOSE_DELAY=-1");
    config.setMaximumPoolSize(1);
    return new HikariDataSource(config);
  }
}
