package cn.chegu.viewer.scenario;

import cn.chegu.viewer.facility.Facility;
import cn.chegu.viewer.facility.FacilityCatalog;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.scenario.FacilityEdit.Action;
import cn.chegu.viewer.store.StoreDurability;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Creates, edits and lists scenarios. Every change is one transaction that first takes the
 * scenario's row lock, so concurrent edits of one scenario run one after the other and none is
 * lost; only the scenario's owner (its creator) or an ADMIN may change or delete it.
 */
@Service
public class ScenarioService {

  /** Largest page of {@link #list}. */
  public static final int MAX_PAGE = 1_000;

  private final ScenarioRepository repository;
  private final FacilityCatalog baseline;
  private final TransactionOperations transaction;
  private final Runnable flush;

  /**
   * @param flush makes what was committed survive a crash before the caller is answered ({@link
   *     StoreDurability#flush})
   */
  public ScenarioService(
      ScenarioRepository repository,
      FacilityCatalog baseline,
      TransactionOperations transaction,
      Runnable flush) {
    this.repository = repository;
    this.baseline = baseline;
    this.transaction = transaction;
    this.flush = flush;
  }

  @Autowired
  public ScenarioService(
      ScenarioRepository repository,
      FacilityCatalog baseline,
      TransactionOperations transaction,
      StoreDurability durability) {
    this(repository, baseline, transaction, durability::flush);
  }

  /** A facility to add: type, display name, WGS84 position. */
  public record NewFacility(FacilityType type, String name, double lon, double lat) {}

  /**
   * Who asks for a change.
   *
   * @param name the account name (a scenario's owner is the account that created it)
   * @param admin whether the account may change every scenario
   */
  public record Caller(String name, boolean admin) {}

  /** Creates a scenario owned by {@code user}, with {@code additions} in it, in one transaction. */
  public long create(String name, String user, List<NewFacility> additions) {
    return create(name, user, additions, Map.of());
  }

  /**
   * As {@link #create(String, String, List)}, remembering the layer versions the scenario is made
   * on (layer id → version).
   */
  public long create(
      String name, String user, List<NewFacility> additions, Map<String, Integer> layerVersions) {
    return durably(
        status -> {
          long id = repository.create(name, user, layerVersions);
          List<FacilityEdit> edits = new ArrayList<>();
          for (NewFacility f : additions) {
            edits.add(
                new FacilityEdit(
                    Action.ADD,
                    "s" + id + "-" + (edits.size() + 1),
                    f.type(),
                    f.name(),
                    f.lon(),
                    f.lat()));
          }
          repository.replaceEdits(id, edits);
          repository.setFacilityCounter(id, edits.size());
          return id;
        });
  }

  /** All scenarios, newest first. */
  public List<Scenario> list() {
    return repository.findAll();
  }

  /**
   * Scenarios newest first, skipping {@code offset}, at most {@code limit} (1..{@value #MAX_PAGE}).
   */
  public List<Scenario> list(long offset, int limit) {
    return repository.page(offset, limit);
  }

  public Scenario get(long id) {
    return repository.find(id).orElseThrow(() -> notFound(id));
  }

  public void delete(long id, Caller caller) {
    durably(
        status -> {
          requireOwner(locked(id, 0).scenario(), caller);
          return repository.delete(id);
        });
  }

  /** Adds a new facility to scenario {@code id}; returns the new facility's id. */
  public String addFacility(
      long id, Caller caller, FacilityType type, String name, double lon, double lat) {
    return durably(
        status -> {
          Locked locked = locked(id, 1);
          requireOwner(locked.scenario(), caller);
          List<FacilityEdit> edits = locked.scenario().edits();
          int highest =
              edits.stream()
                  .filter(e -> e.action() == Action.ADD)
                  .mapToInt(e -> suffix(e.facilityId()))
                  .max()
                  .orElse(0);
          int n = locked.facilityCounter();
          if (n <= highest) { // ids made before the counter existed
            n = highest + 1;
            repository.setFacilityCounter(id, n);
          }
          String fid = "s" + id + "-" + n;
          repository.append(
              id, edits.size(), new FacilityEdit(Action.ADD, fid, type, name, lon, lat));
          // seq = position: replaceEdits keeps seq dense, appends follow it
          return fid;
        });
  }

  /** Moves a baseline facility, or repositions one the scenario added. */
  public void moveFacility(long id, Caller caller, String facilityId, double lon, double lat) {
    change(
        id, caller, edits -> ScenarioFacilities.move(edits, facilityId, lon, lat, baseline::find));
  }

  /** Removes a baseline facility, or drops one the scenario added. */
  public void removeFacility(long id, Caller caller, String facilityId) {
    change(id, caller, edits -> ScenarioFacilities.remove(edits, facilityId, baseline::find));
  }

  /** The baseline with the scenario's edits applied. */
  public List<Facility> effectiveFacilities(long id) {
    return ScenarioFacilities.apply(baseline.all(), get(id).edits());
  }

  private void change(long id, Caller caller, UnaryOperator<List<FacilityEdit>> edit) {
    durably(
        status -> {
          Scenario s = locked(id, 0).scenario();
          requireOwner(s, caller);
          repository.replaceEdits(id, edit.apply(s.edits()));
          return null;
        });
  }

  /** Runs {@code work} in one transaction, then flushes it to disk before returning. */
  private <T> T durably(TransactionCallback<T> work) {
    T result = transaction.execute(work);
    flush.run();
    return result;
  }

  /** A scenario read under its row lock, with its facility counter. */
  private record Locked(Scenario scenario, int facilityCounter) {}

  private Locked locked(long id, int facilitiesAdded) {
    int counter = repository.lock(id, facilitiesAdded).orElseThrow(() -> notFound(id));
    return new Locked(get(id), counter);
  }

  private static void requireOwner(Scenario s, Caller caller) {
    if (!caller.admin() && !s.createdBy().equals(caller.name())) {
      throw new NotScenarioOwnerException(
          "scenario "
              + s.id()
              + " belongs to '"
              + s.createdBy()
              + "': only its owner or an ADMIN may change or delete it (others may read it)");
    }
  }

  private static ScenarioNotFoundException notFound(long id) {
    return new ScenarioNotFoundException("no scenario with id " + id);
  }

  private static int suffix(String facilityId) {
    return Integer.parseInt(facilityId.substring(facilityId.lastIndexOf('-') + 1));
  }
}
