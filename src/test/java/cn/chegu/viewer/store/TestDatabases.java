package cn.chegu.viewer.store;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/** Migrated databases for the store tests: an H2GIS file in a temp dir, or the test PostGIS. */
final class TestDatabases {

  /**
   * Default URL of the test PostGIS (see scripts/postgis-local.sh); env CHEGU_TEST_PG_URL
   * overrides.
   */
  static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:55432/chegu_test";

  private TestDatabases() {}

  static HikariDataSource h2gis(Path directory) {
    return migrated(
        "jdbc:h2:file:" + directory.resolve("store").toAbsolutePath(),
        "sa",
        "",
        "classpath:db/migration/h2gis",
        "classpath:db/migration/common");
  }

  /**
   * The test PostGIS, migrated. When it is unreachable the calling test is skipped — unless env
   * {@code CI=true}, where PostGIS must be there and the test fails.
   */
  static HikariDataSource postgis() {
    String url = System.getenv().getOrDefault("CHEGU_TEST_PG_URL", DEFAULT_PG_URL);
    try (Connection ignored = java.sql.DriverManager.getConnection(url, "postgres", "")) {
      // reachable
    } catch (SQLException e) {
      String message = "PostGIS not reachable at " + url + ": " + e.getMessage();
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + " (CI=true: PostGIS tests must run; start scripts/postgis-local.sh)");
      }
      assumeTrue(false, message + " — skipping (run scripts/postgis-local.sh start)");
    }
    return migrated(
        url, "postgres", "", "classpath:db/migration/postgis", "classpath:db/migration/common");
  }

  private static HikariDataSource migrated(
      String url, String user, String password, String... locations) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(3);
    HikariDataSource dataSource = new HikariDataSource(config);
    Flyway.configure().dataSource(dataSource).locations(locations).load().migrate();
    return dataSource;
  }
}
