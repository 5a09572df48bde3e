package cn.chegu.viewer.scenario;

import cn.chegu.viewer.facility.Facility;
import cn.chegu.viewer.scenario.FacilityEdit.Action;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The pure rules of scenario editing: how edits combine with the baseline, and how a request to
 * add, move or remove a facility changes a scenario's list of edits. No storage here.
 */
public final class ScenarioFacilities {

  private ScenarioFacilities() {}

  /** The baseline with {@code edits} applied, in baseline order followed by additions. */
  public static List<Facility> apply(List<Facility> baseline, List<FacilityEdit> edits) {
    Map<String, Facility> byId = new LinkedHashMap<>();
    baseline.forEach(f -> byId.put(f.id(), f));
    for (FacilityEdit e : edits) {
      switch (e.action()) {
        case ADD ->
            byId.put(
                e.facilityId(),
                new Facility(
                    e.facilityId(),
                    e.type(),
                    e.name(),
                    e.name(),
                    e.lon(),
                    e.lat(),
                    null,
                    "planned"));
        case MOVE -> byId.computeIfPresent(e.facilityId(), (id, f) -> f.movedTo(e.lon(), e.lat()));
        case REMOVE -> byId.remove(e.facilityId());
      }
    }
    return List.copyOf(byId.values());
  }

  /** The edits after moving (or, for an added facility, repositioning) facility {@code id}. */
  public static List<FacilityEdit> move(
      List<FacilityEdit> edits,
      String id,
      double lon,
      double lat,
      Function<String, Optional<Facility>> baseline) {
    List<FacilityEdit> out = new ArrayList<>(edits);
    for (int i = 0; i < out.size(); i++) {
      FacilityEdit e = out.get(i);
      if (e.facilityId().equals(id) && e.action() == Action.ADD) {
        out.set(i, new FacilityEdit(Action.ADD, id, e.type(), e.name(), lon, lat));
        return out;
      }
    }
    Facility base = requireLiveBaseline(edits, id, baseline);
    out.removeIf(e -> e.facilityId().equals(id) && e.action() == Action.MOVE);
    out.add(new FacilityEdit(Action.MOVE, id, base.type(), base.nameZh(), lon, lat));
    return out;
  }

  /** The edits after removing facility {@code id} (dropping it if the scenario added it). */
  public static List<FacilityEdit> remove(
      List<FacilityEdit> edits, String id, Function<String, Optional<Facility>> baseline) {
    List<FacilityEdit> out = new ArrayList<>(edits);
    if (out.removeIf(e -> e.facilityId().equals(id) && e.action() == Action.ADD)) {
      return out;
    }
    Facility base = requireLiveBaseline(edits, id, baseline);
    out.removeIf(e -> e.facilityId().equals(id) && e.action() == Action.MOVE);
    out.add(
        new FacilityEdit(Action.REMOVE, id, base.type(), base.nameZh(), Double.NaN, Double.NaN));
    return out;
  }

  private static Facility requireLiveBaseline(
      List<FacilityEdit> edits, String id, Function<String, Optional<Facility>> baseline) {
    boolean removed =
        edits.stream().anyMatch(e -> e.facilityId().equals(id) && e.action() == Action.REMOVE);
    return baseline
        .apply(id)
        .filter(f -> !removed)
        .orElseThrow(
            () -> new ScenarioNotFoundException("no facility '" + id + "' in this scenario"));
  }
}
