package cn.chegu.viewer.siting;

import java.util.List;

/**
 * A siting answer. {@code sites} in attribution order: each site's {@code newlyCoveredResidents} is
 * its marginal gain over the sites before it, so they sum to {@code newlyCoveredResidents}. {@code
 * objective} and {@code bound} are residents for MCLP and site counts for LSCP; {@code gap} =
 * |bound - objective| / max(|bound|, |objective|) (0 when both are 0).
 */
public record SitingResult(
    List<Site> sites,
    long newlyCoveredResidents,
    long alreadyCoveredResidents,
    long totalResidents,
    SitingStatus status,
    double objective,
    double bound,
    double gap,
    long solveMillis,
    SitingMethod method,
    ModelSize modelSize) {

  /** One chosen candidate (index into the candidate list) and its marginal gain. */
  public record Site(int candidate, long newlyCoveredResidents) {}

  /** Sizes before and after the reductions described in the package javadoc. */
  public record ModelSize(int demands, int demandGroups, int candidates, int candidatesKept) {}

  public SitingResult {
    sites = List.copyOf(sites);
  }

  /** Chosen candidate indices in attribution order. */
  public List<Integer> candidates() {
    return sites.stream().map(Site::candidate).toList();
  }

  /** Covered share before the new sites (0 when there are no residents). */
  public double shareBefore() {
    return totalResidents == 0 ? 0 : (double) alreadyCoveredResidents / totalResidents;
  }

  /** Covered share with the new sites. */
  public double shareAfter() {
    return totalResidents == 0
        ? 0
        : (double) (alreadyCoveredResidents + newlyCoveredResidents) / totalResidents;
  }

  static double gap(double objective, double bound) {
    double scale = Math.max(Math.abs(bound), Math.abs(objective));
    return scale == 0 ? 0 : Math.abs(bound - objective) / scale;
  }
}
