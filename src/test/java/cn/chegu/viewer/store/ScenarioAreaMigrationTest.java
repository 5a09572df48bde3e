package cn.chegu.viewer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.chegu.viewer.area.Area;
import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.scenario.ScenarioRepository;
import cn.chegu.viewer.tools.RequiresTool;
import cn.chegu.viewer.tools.Tool;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration V31 on a database that already holds scenarios: each database is migrated to V30 (no
 * area on scenarios), given two scenarios, then migrated to the end. The old scenarios belong to
 * the default area ({@code chegu}); a scenario made in another area is listed and found there only;
 * deleting an area deletes its scenarios (and their edits); a scenario cannot name an area that
 * does not exist.
 */
class ScenarioAreaMigrationTest {

  static final Area OTHER = new Area("area-m", "Migration district", false, 32635);

  @Test
  void onH2gis(@TempDir Path dir) {
    String url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
    check(url, "sa", "classpath:db/migration/h2gis");
  }

  /** On a PostGIS database of its own, created empty (the shared test database is migrated). */
  @Test
  @RequiresTool(Tool.POSTGIS)
  void onPostgis() throws SQLException {
    String url = Tool.testDatabaseUrl();
    int slash = url.lastIndexOf('/');
    int query = url.indexOf('?', slash);
    String name = (query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query)) + "_v31";
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
      s.execute("CREATE DATABASE \"" + name + "\"");
    }
    try {
      check(
          url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query)),
          "postgres",
          "classpath:db/migration/postgis");
    } finally {
      try (Connection c = DriverManager.getConnection(url, "postgres", "");
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
      }
    }
  }

  private static void check(String url, String user, String dialect) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword("");
    config.setMaximumPoolSize(2);
    try (HikariDataSource ds = new HikariDataSource(config)) {
      String[] locations = {dialect, "classpath:db/migration/common"};
      Flyway.configure().dataSource(ds).locations(locations).target("30").load().migrate();
      JdbcTemplate jdbc = new JdbcTemplate(ds);
      jdbc.update(
          "INSERT INTO scenario (name, created_by, created_at) VALUES ('old one', 'editor',"
              + " CURRENT_TIMESTAMP), ('old two', 'editor', CURRENT_TIMESTAMP)");
      jdbc.update(
          "INSERT INTO scenario_edit (scenario_id, seq, action, facility_id) SELECT id, 0,"
              + " 'REMOVE', 'f1' FROM scenario WHERE name = 'old one'");

      Flyway.configure().dataSource(ds).locations(locations).load().migrate();

      assertThat(jdbc.queryForList("SELECT DISTINCT area_id FROM scenario", String.class))
          .containsExactly(Area.DEFAULT_ID);
      ScenarioRepository scenarios = new ScenarioRepository(JdbcClient.create(ds));
      assertThat(scenarios.findAll()).extracting(s -> s.name()).contains("old one", "old two");
      long old = scenarios.findAll().get(1).id();

      jdbc.update(
          "INSERT INTO area (id, name, is_default, metric_epsg, created_by, created_at) VALUES"
              + " (?, ?, FALSE, ?, 'editor', CURRENT_TIMESTAMP)",
          OTHER.id(),
          OTHER.name(),
          OTHER.metricEpsg());
      long mine =
          AreaScope.with(OTHER, () -> scenarios.create("in the district", "editor", Map.of()));
      AreaScope.with(
          OTHER,
          () -> {
            assertThat(scenarios.findAll()).extracting(s -> s.id()).containsExactly(mine);
            assertThat(scenarios.count()).isEqualTo(1);
            assertThat(scenarios.find(old)).isEmpty();
            assertThat(scenarios.lock(old, 0)).isEmpty();
            assertThat(scenarios.delete(old)).isFalse();
            return null;
          });
      assertThat(scenarios.find(mine)).isEmpty();
      assertThat(scenarios.findAll()).extracting(s -> s.id()).doesNotContain(mine);
      assertThat(scenarios.count()).isEqualTo(2);
      assertThat(scenarios.find(old)).isPresent();

      jdbc.update("DELETE FROM area WHERE id = ?", OTHER.id());
      assertThat(
              jdbc.queryForObject("SELECT COUNT(*) FROM scenario WHERE id = ?", Long.class, mine))
          .isZero();
      assertThatThrownBy(
              () ->
                  jdbc.update(
                      "INSERT INTO scenario (name, created_by, created_at, area_id) VALUES ('x',"
                          + " 'editor', CURRENT_TIMESTAMP, 'nowhere')"))
          .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }
  }
}
