package cn.chegu.viewer.siting;

import java.util.List;

/**
 * A capacitated siting answer, demand in the capacity's unit (beds, places).
 *
 * @param sites the opened candidates, most demand served first, each with the demand assigned to it
 * @param served demand served by the new sites, = {@code objective}
 * @param demandInReach demand of the cells not already covered that some candidate reaches: what
 *     any number of sites of unlimited capacity could serve
 * @param status OPTIMAL only when the bound proves no assignment serves more
 * @param objective demand served
 * @param bound proven upper bound on the demand served
 * @param gap |bound - objective| / max(|bound|, |objective|)
 * @param solveMillis wall time of the solve
 * @param method exact (the MIP's solution) or greedy / greedy fallback
 * @param modelSize demands and demand groups, candidates and distinct coverage sets
 */
public record CapacitatedResult(
    List<Site> sites,
    double served,
    double demandInReach,
    SitingStatus status,
    double objective,
    double bound,
    double gap,
    long solveMillis,
    SitingMethod method,
    SitingResult.ModelSize modelSize) {

  /** One opened candidate (index into the candidate list) and the demand assigned to it. */
  public record Site(int candidate, double served) {}

  public CapacitatedResult {
    sites = List.copyOf(sites);
  }

  /** Opened candidate indices, in the order of {@link #sites}. */
  public List<Integer> candidates() {
    return sites.stream().map(Site::candidate).toList();
  }
}
