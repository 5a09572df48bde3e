package cn.chegu.viewer.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.scenario.FacilityEdit;
import cn.chegu.viewer.scenario.FacilityEdit.Action;
import cn.chegu.viewer.scenario.ScenarioRepository;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Regression of "scenario edits fail ~30 min after a first start": on a freshly created embedded
 * database the pool retires the connections that ran the migrations (Hikari's max-lifetime, 30 min
 * by default) while the database stays open; a scenario edit must still be written. (H2 bound the
 * constant IN-list of scenario_edit's CHECK constraint to the creating session: "The database has
 * been closed". Migration V11 rewrites the check as a CASE.)
 *
 * <p>The retirement is done at once with Hikari's {@code softEvictConnections()} instead of waiting
 * out a max-lifetime; a plain connection held aside keeps the database open meanwhile, as the
 * pool's replacement connections do in production, and the test waits until H2 no longer lists the
 * migration's sessions.
 */
class H2GisPoolRetirementTest {

  @TempDir Path directory;

  @Test
  void editsStillWorkAfterThePoolRetiredTheConnectionThatCreatedTheSchema() throws Exception {
    String url = "jdbc:h2:file:" + directory.resolve("store").toAbsolutePath();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername("sa");
    config.setPassword("");
    config.setMaximumPoolSize(3);
    try (Connection keeper = DriverManager.getConnection(url, "sa", "");
        HikariDataSource dataSource = new HikariDataSource(config)) {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration/h2gis", "classpath:db/migration/common")
          .load()
          .migrate();
      Set<Long> migrationSessions = otherSessions(keeper);
      assertThat(migrationSessions).as("the pool's sessions after the migration").isNotEmpty();

      dataSource.getHikariPoolMXBean().softEvictConnections(); // closed in the background
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (otherSessions(keeper).stream().anyMatch(migrationSessions::contains)) {
        assertThat(System.nanoTime())
            .as("migration sessions closed within 10 s")
            .isLessThan(deadline);
        Thread.sleep(20);
      }

      ScenarioRepository repository = new ScenarioRepository(JdbcClient.create(dataSource));
      long id = repository.create("after retirement", "editor");
      List<FacilityEdit> edits =
          List.of(
              new FacilityEdit(
                  Action.ADD, "s" + id + "-1", FacilityType.KINDERGARTEN, "k", 114.16, 30.47));
      repository.replaceEdits(id, edits);

      assertThat(repository.find(id).orElseThrow().edits()).isEqualTo(edits);
    }
  }

  /** The ids of H2's open sessions other than {@code keeper}'s own. */
  private static Set<Long> otherSessions(Connection keeper) throws SQLException {
    Set<Long> out = new HashSet<>();
    try (Statement s = keeper.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT SESSION_ID FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID()")) {
      while (r.next()) {
        out.add(r.getLong(1));
      }
    }
    return out;
  }
}
