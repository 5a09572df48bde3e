package cn.chegu.viewer.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.scenario.FacilityEdit;
import cn.chegu.viewer.scenario.FacilityEdit.Action;
import cn.chegu.viewer.scenario.ScenarioRepository;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Regression of "scenario edits fail ~30 min after a first start": a freshly created embedded
 * database behind a pool whose connections live 30 s (hikari's shortest max-lifetime; 30 min by
 * default), so the connection that ran the migrations is retired; a scenario edit must still be
 * written. (H2 bound the constant IN-list of scenario_edit's CHECK constraint to the creating
 * session: "The database has been closed". V11 rewrites the check.) Takes ~35 s.
 */
class H2GisPoolRetirementTest {

  @TempDir Path directory;

  @Test
  void editsStillWorkAfterThePoolRetiredTheConnectionThatCreatedTheSchema() throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:file:" + directory.resolve("store").toAbsolutePath());
    config.setUsername("sa");
    config.setPassword("");
    config.setMaximumPoolSize(3);
    config.setMaxLifetime(30_000);
    try (HikariDataSource dataSource = new HikariDataSource(config)) {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration/h2gis", "classpath:db/migration/common")
          .load()
          .migrate();
      Thread.sleep(35_000); // every connection of the migration's time is retired by now

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
}
