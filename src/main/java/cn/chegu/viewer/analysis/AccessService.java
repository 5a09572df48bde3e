package cn.chegu.viewer.analysis;

import cn.chegu.viewer.access.AccessOp;
import cn.chegu.viewer.access.AccessParameters;
import cn.chegu.viewer.access.AccessType;
import cn.chegu.viewer.access.DecayBands;
import cn.chegu.viewer.access.SupplyPoint;
import cn.chegu.viewer.coverage.CoverageModel;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.store.FeatureStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Capacity-aware access (E2SFCA) of the baseline, cached per (type, year, facility set) for the
 * analysis snapshot it was computed on: when {@link CoverageService#layersChanged} drops the
 * snapshot (the data changed), the next call sees a new snapshot and drops every cached answer.
 */
@Service
public class AccessService {

  /** The store layer that holds the facilities. */
  static final String FACILITIES_LAYER = "facilities";

  private final CoverageService coverage;
  private final FeatureStore store;
  private final Map<String, AccessAnswer> answers = new ConcurrentHashMap<>();

  /** The snapshot each area's answers were computed on. */
  private final Map<String, AnalysisData> cachedFor = new ConcurrentHashMap<>();

  public AccessService(CoverageService coverage, FeatureStore store) {
    this.coverage = coverage;
    this.store = store;
  }

  /**
   * Access of a type; phases {@code snapshot}, {@code facilities} and {@code e2sfca} on a cold
   * call, only {@code snapshot} on a warm one.
   */
  public AccessAnswer access(
      AccessType type, PopulationYear year, FacilitySet set, Timings timings) {
    AnalysisData data = timings.phase("snapshot", coverage::data);
    String area = data.area().id();
    if (cachedFor.get(area) != data) {
      synchronized (this) {
        if (cachedFor.get(area) != data) {
          answers.keySet().removeIf(k -> k.startsWith(area + "/"));
          cachedFor.put(area, data);
        }
      }
    }
    return answers.computeIfAbsent(
        area + "/" + type.code() + "/" + year + "/" + set.code(),
        k -> compute(data, type, year, set, timings));
  }

  /**
   * Access of a type with {@code added} supply points beside the set's facilities (new sites of a
   * siting answer), computed afresh (not cached); phase {@code e2sfca-after}.
   */
  public AccessAnswer accessWith(
      AccessType type,
      PopulationYear year,
      FacilitySet set,
      List<SupplyPoint> added,
      Timings timings) {
    AnalysisData data = timings.phase("snapshot", coverage::data);
    ServiceStandard catchment = type.catchment(coverage.standards()::get);
    DecayBands decay = type.decay(catchment);
    List<SupplyPoint> supply =
        new java.util.ArrayList<>(AccessSupply.of(store.allFeatures(FACILITIES_LAYER), type, set));
    supply.addAll(added);
    var result =
        timings.phase(
            "e2sfca-after",
            () ->
                AccessOp.compute(
                    data.graph(set), supply, data.cells().get(year), parameters(type, catchment)));
    return new AccessAnswer(type, year, set, catchment, decay, result);
  }

  private static AccessParameters parameters(AccessType type, ServiceStandard catchment) {
    return new AccessParameters(
        CoverageModel.travelMode(catchment),
        catchment.dispatchDelay(),
        type.decay(catchment),
        type.normPerThousand());
  }

  private AccessAnswer compute(
      AnalysisData data, AccessType type, PopulationYear year, FacilitySet set, Timings timings) {
    ServiceStandard catchment = type.catchment(coverage.standards()::get);
    DecayBands decay = type.decay(catchment);
    List<SupplyPoint> supply =
        timings.phase(
            "facilities", () -> AccessSupply.of(store.allFeatures(FACILITIES_LAYER), type, set));
    AccessParameters parameters = parameters(type, catchment);
    // roads follow the facility set, as in coverage
    var result =
        timings.phase(
            "e2sfca",
            () -> AccessOp.compute(data.graph(set), supply, data.cells().get(year), parameters));
    return new AccessAnswer(type, year, set, catchment, decay, result);
  }
}
