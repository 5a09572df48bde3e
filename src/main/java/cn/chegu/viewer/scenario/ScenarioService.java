package cn.chegu.viewer.scenario;

import cn.chegu.viewer.facility.Facility;
import cn.chegu.viewer.facility.FacilityCatalog;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.scenario.FacilityEdit.Action;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, edits and lists scenarios; every change is one transaction. */
@Service
public class ScenarioService {

  private final ScenarioRepository repository;
  private final FacilityCatalog baseline;

  public ScenarioService(ScenarioRepository repository, FacilityCatalog baseline) {
    this.repository = repository;
    this.baseline = baseline;
  }

  /** A facility to add: type, display name, WGS84 position. */
  public record NewFacility(FacilityType type, String name, double lon, double lat) {}

  /** Creates a scenario, with {@code additions} already in it, in one transaction. */
  @Transactional
  public long create(String name, String user, List<NewFacility> additions) {
    long id = repository.create(name, user);
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
    return id;
  }

  public List<Scenario> list() {
    return repository.findAll();
  }

  public Scenario get(long id) {
    return repository
        .find(id)
        .orElseThrow(() -> new ScenarioNotFoundException("no scenario with id " + id));
  }

  public void delete(long id) {
    if (!repository.delete(id)) {
      throw new ScenarioNotFoundException("no scenario with id " + id);
    }
  }

  /** Adds a new facility to scenario {@code id}; returns the new facility's id. */
  @Transactional
  public String addFacility(long id, FacilityType type, String name, double lon, double lat) {
    Scenario s = get(id);
    int n =
        1
            + (int)
                s.edits().stream()
                    .filter(e -> e.action() == Action.ADD)
                    .mapToInt(e -> suffix(e.facilityId()))
                    .max()
                    .orElse(0);
    String fid = "s" + id + "-" + n;
    List<FacilityEdit> edits = new ArrayList<>(s.edits());
    edits.add(new FacilityEdit(Action.ADD, fid, type, name, lon, lat));
    repository.replaceEdits(id, edits);
    return fid;
  }

  /** Moves a baseline facility, or repositions one the scenario added. */
  @Transactional
  public void moveFacility(long id, String facilityId, double lon, double lat) {
    Scenario s = get(id);
    repository.replaceEdits(
        id, ScenarioFacilities.move(s.edits(), facilityId, lon, lat, baseline::find));
  }

  /** Removes a baseline facility, or drops one the scenario added. */
  @Transactional
  public void removeFacility(long id, String facilityId) {
    Scenario s = get(id);
    repository.replaceEdits(id, ScenarioFacilities.remove(s.edits(), facilityId, baseline::find));
  }

  /** The baseline with the scenario's edits applied. */
  public List<Facility> effectiveFacilities(long id) {
    return ScenarioFacilities.apply(baseline.all(), get(id).edits());
  }

  private static int suffix(String facilityId) {
    return Integer.parseInt(facilityId.substring(facilityId.lastIndexOf('-') + 1));
  }
}
