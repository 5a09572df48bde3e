package cn.chegu.viewer.analysis;

import cn.chegu.viewer.siting.SiteRules;
import cn.chegu.viewer.siting.SitingStatus;
import java.util.List;

/**
 * Joint siting's answer.
 *
 * @param status OPTIMAL (proven over {@code candidates}) or FEASIBLE (see bound and gap)
 * @param objective the model's objective: Σ over phases of the residents made complete
 * @param bound proven bound on the objective
 * @param newlyCoveredResidents residents the sites of every phase make covered in the last phase's
 *     year, recomputed by coverage with the sites added (what a scenario of them shows)
 * @param sites chosen sites with type, cost, phase (year) and gain (residents who would lose
 *     coverage without it, last phase)
 * @param separate the same budget spent type by type (each type on its own share), evaluated
 *     jointly; null when the time did not allow it or there is one type
 * @param phases per phase: year, budget, covered residents and share with the sites built so far
 * @param candidates which candidate set the answer speaks for
 * @param pairsKept (site, type) pairs the model chose among after its reductions
 * @param note why the answer is not proven, or null
 * @param landRules the land rules every candidate passed
 */
public record JointAnswer(
    String standard,
    String facilities,
    SitingStatus status,
    double objective,
    double bound,
    double gap,
    long newlyCoveredResidents,
    List<Site> sites,
    Separate separate,
    List<PhaseResult> phases,
    SitingAnswer.Candidates candidates,
    int pairsKept,
    long solveMillis,
    String note,
    List<SiteRules.Stated> landRules) {

  /** One new site. {@code type} uses the spelling {@code /api/scenarios} accepts. */
  public record Site(String type, double lon, double lat, double cost, Integer phase, long gain) {}

  /** Separate per-type runs on the same budget, for comparison. */
  public record Separate(double objective, long newlyCoveredResidents, String rule) {}

  /** One phase with the sites built up to it. */
  public record PhaseResult(
      int year,
      double budget,
      double spent,
      long coveredResidents,
      long totalResidents,
      double share) {}

  public JointAnswer {
    sites = List.copyOf(sites);
    phases = List.copyOf(phases);
  }
}
