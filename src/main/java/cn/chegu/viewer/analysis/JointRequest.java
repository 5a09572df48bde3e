package cn.chegu.viewer.analysis;

import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.FacilityType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Several facility types sited together under one budget, optionally in phases.
 *
 * @param standard a life-circle standard (every type within reach, e.g. life15) or a single-service
 *     one (then it is MCLP with costs)
 * @param costs cost of one site per type (types not given cost 1)
 * @param maxPerType most new sites of one type, 0 = no limit
 * @param phases one or more (year, budget); without phases: one phase of the request's year and
 *     budget
 * @param timeLimit the whole solve's time limit
 * @param minSpacingMeters land rule: least straight-line distance from a new site to an existing
 *     facility of its type (0 = none)
 * @param siteTypes the types new sites may be of (empty = every type of the standard); a type left
 *     out still counts where it exists, it is only not built
 */
public record JointRequest(
    String standard,
    Map<FacilityType, Double> costs,
    int maxPerType,
    List<Phase> phases,
    FacilitySet facilities,
    Duration timeLimit,
    double minSpacingMeters,
    Set<FacilityType> siteTypes) {

  /** A phase: the year whose residents count, and what may be spent in it. */
  public record Phase(PopulationYear year, double budget) {}

  public JointRequest {
    costs = costs == null ? Map.of() : Map.copyOf(costs);
    phases = List.copyOf(phases);
    if (phases.isEmpty()) {
      throw new IllegalArgumentException("at least one phase");
    }
    facilities = facilities == null ? FacilitySet.EXISTING : facilities;
    siteTypes = siteTypes == null ? Set.of() : Set.copyOf(siteTypes);
  }

  /** Whether new sites may be of type t. */
  public boolean builds(FacilityType t) {
    return siteTypes.isEmpty() || siteTypes.contains(t);
  }

  /** Cost of one site of a type. */
  public double cost(FacilityType t) {
    return costs.getOrDefault(t, 1.0);
  }
}
