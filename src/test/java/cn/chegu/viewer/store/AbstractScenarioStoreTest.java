package cn.chegu.viewer.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.scenario.FacilityEdit;
import cn.chegu.viewer.scenario.FacilityEdit.Action;
import cn.chegu.viewer.scenario.Scenario;
import cn.chegu.viewer.scenario.ScenarioRepository;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A scenario's round trip through each database (subclasses say which). */
abstract class AbstractScenarioStoreTest extends AbstractDatabaseTest {

  private ScenarioRepository repository;

  @Override
  void opened(HikariDataSource dataSource) {
    repository = new ScenarioRepository(JdbcClient.create(dataSource));
  }

  @Test
  void aScenarioAndItsEditsComeBackAsTheyWereSaved() {
    requireDatabase();
    long id = repository.create("三个新卫生站 / three new stations", "editor");
    List<FacilityEdit> edits =
        List.of(
            new FacilityEdit(
                Action.ADD,
                "s" + id + "-1",
                FacilityType.COMMUNITY_HEALTH_STATION,
                "新站",
                114.1,
                30.4),
            new FacilityEdit(
                Action.MOVE, "fac-1", FacilityType.COMMUNITY_HEALTH_CENTER, null, 114.2, 30.45),
            new FacilityEdit(Action.REMOVE, "fac-2", null, null, Double.NaN, Double.NaN));
    repository.replaceEdits(id, edits);

    Scenario back = repository.find(id).orElseThrow();
    assertThat(back.name()).isEqualTo("三个新卫生站 / three new stations");
    assertThat(back.createdBy()).isEqualTo("editor");
    assertThat(back.edits()).isEqualTo(edits);
    assertThat(repository.findAll()).extracting(Scenario::id).contains(id);

    assertThat(repository.delete(id)).isTrue();
    assertThat(repository.find(id)).isEmpty();
    assertThat(repository.delete(id)).isFalse();
  }
}
