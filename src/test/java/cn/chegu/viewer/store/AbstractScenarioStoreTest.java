package cn.chegu.viewer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.scenario.FacilityEdit;
import cn.chegu.viewer.scenario.FacilityEdit.Action;
import cn.chegu.viewer.scenario.NotScenarioOwnerException;
import cn.chegu.viewer.scenario.Scenario;
import cn.chegu.viewer.scenario.ScenarioRepository;
import cn.chegu.viewer.scenario.ScenarioService;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A scenario's round trip through each database (subclasses say which), and what concurrent editors
 * and readers may expect of it.
 */
abstract class AbstractScenarioStoreTest extends AbstractDatabaseTest {

  private ScenarioRepository repository;
  private ScenarioService service;

  @Override
  void opened(HikariDataSource dataSource) {
    repository = new ScenarioRepository(JdbcClient.create(dataSource));
    service =
        new ScenarioService(
            repository,
            List::of,
            new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
            new StoreDurability(dataSource)::flush);
  }

  /** 10 editors × 50 adds on one scenario at once: all 500 land, with 500 distinct ids. */
  @Test
  void concurrentAddsToOneScenarioLoseNothingAndNeverShareAnId() throws Exception {
    long id = service.create("race", "editor", List.of());
    ScenarioService.Caller editor = new ScenarioService.Caller("editor", false);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Future<List<String>>> workers = new ArrayList<>();
    for (int w = 0; w < 10; w++) {
      int worker = w;
      workers.add(
          pool.submit(
              () -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                  ids.add(
                      service.addFacility(
                          id,
                          editor,
                          FacilityType.KINDERGARTEN,
                          "w" + worker + "-" + i,
                          114.1 + worker * 0.001,
                          30.4 + i * 0.0001));
                }
                return ids;
              }));
    }
    Set<String> acknowledged = new HashSet<>();
    for (Future<List<String>> f : workers) {
      acknowledged.addAll(f.get(5, TimeUnit.MINUTES));
    }
    pool.shutdown();

    List<FacilityEdit> stored = repository.find(id).orElseThrow().edits();
    assertThat(acknowledged).hasSize(500);
    assertThat(stored).hasSize(500);
    assertThat(stored).extracting(FacilityEdit::facilityId).doesNotHaveDuplicates();
    assertThat(stored.stream().map(FacilityEdit::facilityId).toList())
        .containsExactlyInAnyOrderElementsOf(acknowledged);
    assertThat(stored.stream().map(FacilityEdit::name).distinct()).hasSize(500);
    System.out.printf(
        "%s: 10 threads x 50 adds -> %d stored, %d distinct ids%n",
        getClass().getSimpleName(),
        stored.size(),
        stored.stream().map(FacilityEdit::facilityId).distinct().count());
  }

  /**
   * 12 readers at once on a pool of 3 connections all finish well within the pool's 30 s connection
   * timeout: a read holds one connection, never a second one nested inside it.
   */
  @Test
  void twelveConcurrentReadsFinishWithinThePoolTimeout() throws Exception {
    long id = service.create("read me", "editor", List.of());
    service.addFacility(
        id, new ScenarioService.Caller("editor", false), FacilityType.PARK, "p", 114.1, 30.4);
    ExecutorService pool = Executors.newFixedThreadPool(12);
    long start = System.nanoTime();
    List<Future<Integer>> readers = new ArrayList<>();
    for (int r = 0; r < 12; r++) {
      readers.add(
          pool.submit(() -> repository.page(0, 100).size() + service.get(id).edits().size()));
    }
    for (Future<Integer> f : readers) {
      assertThat(f.get(60, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(2);
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(seconds).isLessThan(dataSource().getConnectionTimeout() / 1000.0);
  }

  @Test
  void anIdIsNeverHandedOutTwiceEvenAfterItsFacilityIsRemoved() {
    ScenarioService.Caller editor = new ScenarioService.Caller("editor", false);
    long id = service.create("ids", "editor", List.of());
    String first = service.addFacility(id, editor, FacilityType.PARK, "a", 114.1, 30.4);
    service.removeFacility(id, editor, first);
    String second = service.addFacility(id, editor, FacilityType.PARK, "b", 114.1, 30.4);
    assertThat(second).isNotEqualTo(first).isEqualTo("s" + id + "-2");
  }

  @Test
  void onlyTheOwnerOrAnAdminMayChangeAScenario() {
    long id = service.create("mine", "editor", List.of());
    assertThatThrownBy(
            () ->
                service.addFacility(
                    id,
                    new ScenarioService.Caller("other", false),
                    FacilityType.PARK,
                    "x",
                    114.1,
                    30.4))
        .isInstanceOf(NotScenarioOwnerException.class)
        .hasMessageContaining("editor");
    assertThatThrownBy(() -> service.delete(id, new ScenarioService.Caller("other", false)))
        .isInstanceOf(NotScenarioOwnerException.class);
    assertThat(service.get(id).edits()).isEmpty();
    service.delete(id, new ScenarioService.Caller("admin", true));
    assertThat(repository.find(id)).isEmpty();
  }

  @Test
  void aScenarioAndItsEditsComeBackAsTheyWereSaved() {
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
