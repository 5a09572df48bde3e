package cn.chegu.viewer.analysis;

import cn.chegu.viewer.facility.FacilitySet;
import java.time.Duration;
import java.util.List;

/**
 * What a planner asks of siting.
 *
 * @param standard code of a single-service standard (health15, primary10, emergency12, …)
 * @param objective MCLP (k sites, most residents) or LSCP (fewest sites to a target share)
 * @param k new sites for MCLP
 * @param targetShare 0..1 for LSCP
 * @param candidates WGS84 {@code [lon, lat]} points, or null/empty to generate them in the gaps
 * @param exact the exact portfolio (true) or greedy (false)
 * @param timeLimit the time limit of the whole solve
 * @param year population year
 * @param facilities the facility set whose facilities stay fixed (and whose roads are used)
 * @param minSpacingMeters land rule: least straight-line distance from a new site to an existing
 *     facility of the standard's types (0 = none)
 * @param capacity MCLP with a capacity per new site ({@link CapacitySiting}), or null
 */
public record SitingRequest(
    String standard,
    Objective objective,
    int k,
    double targetShare,
    List<double[]> candidates,
    boolean exact,
    Duration timeLimit,
    PopulationYear year,
    FacilitySet facilities,
    double minSpacingMeters,
    Capacity capacity) {

  /**
   * A capacity for MCLP.
   *
   * @param perSite the units (beds, places: the unit of the standard's type) each new site can
   *     serve, &gt; 0
   */
  public record Capacity(double perSite) {}

  /** Which siting problem. */
  public enum Objective {
    MCLP,
    LSCP
  }

  public SitingRequest {
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
    facilities = facilities == null ? FacilitySet.EXISTING : facilities;
  }
}
