package cn.chegu.viewer.store;

import cn.chegu.viewer.tools.Tool;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;

/** Migrated databases for the store tests: an H2GIS file in a temp dir, or the test PostGIS. */
public final class TestDatabases {

  private TestDatabases() {}

  public static HikariDataSource h2gis(Path directory) {
    return migrated(
        "jdbc:h2:file:" + directory.resolve("store").toAbsolutePath(),
        "sa",
        "",
        "classpath:db/migration/h2gis",
        "classpath:db/migration/common");
  }

  /**
   * The test PostGIS ({@code CHEGU_TEST_PG_URL}), migrated. The calling test class says
   * {@code @RequiresTool(Tool.POSTGIS)}, so it is skipped (or failed under {@code CI=true}) before
   * this runs when the database is unreachable.
   */
  public static HikariDataSource postgis() {
    return migrated(
        Tool.testDatabaseUrl(),
        "postgres",
        "",
        "classpath:db/migration/postgis",
        "classpath:db/migration/common");
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
