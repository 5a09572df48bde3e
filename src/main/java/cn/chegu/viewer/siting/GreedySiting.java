package cn.chegu.viewer.siting;

import java.util.ArrayList;
import java.util.List;

/**
 * The greedy baseline: repeatedly open the candidate with the largest marginal gain (ties: lowest
 * index). For MCLP this is a (1 - 1/e)-approximation (Nemhauser, Wolsey &amp; Fisher 1978); it also
 * reports the submodularity bound of the package javadoc, so its gap is proven too.
 */
public final class GreedySiting {

  /** k sites (fewer when further sites gain nothing). */
  public SitingResult solve(MclpProblem problem) {
    long start = System.nanoTime();
    ReducedInstance r = reduce(problem.coverage(), problem.weights(), problem.alreadyCovered());
    GreedyRun run = GreedyRun.mclp(r, problem.newSites());
    return mclpResult(problem, r, r, run, run.bound, SitingMethod.GREEDY, start);
  }

  /**
   * Sites until the target share is reached.
   *
   * @throws InfeasibleTargetException when all candidates together miss the target
   */
  public SitingResult solve(LscpProblem problem) {
    long start = System.nanoTime();
    ReducedInstance r = reduce(problem.coverage(), problem.weights(), problem.alreadyCovered());
    checkReachable(problem, r);
    GreedyRun run = GreedyRun.lscp(r, problem.residentsNeeded());
    return lscpResult(problem, r, run, run.bound, SitingMethod.GREEDY, start);
  }

  static ReducedInstance reduce(
      CoverageSets coverage, DemandWeights weights, java.util.BitSet alreadyCovered) {
    return ReducedInstance.of(coverage, weights, alreadyCovered);
  }

  static void checkReachable(LscpProblem p, ReducedInstance r) {
    if (r.coverableResidents() < p.residentsNeeded()) {
      long total = p.weights().totalResidents();
      long before = Problems.alreadyCoveredResidents(p.weights(), p.alreadyCovered());
      throw new InfeasibleTargetException(
          p.targetShare(), total == 0 ? 0 : (double) (before + r.coverableResidents()) / total);
    }
  }

  static SitingResult mclpResult(
      MclpProblem p,
      ReducedInstance full,
      ReducedInstance solved,
      GreedyRun run,
      double bound,
      SitingMethod method,
      long startNanos) {
    double objective = run.covered;
    double b = Math.max(objective, bound);
    return result(
        p.weights(),
        p.alreadyCovered(),
        p.coverage().candidateCount(),
        full,
        solved,
        run,
        objective == b ? SitingStatus.OPTIMAL : SitingStatus.FEASIBLE,
        objective,
        b,
        method,
        startNanos);
  }

  static SitingResult lscpResult(
      LscpProblem p,
      ReducedInstance r,
      GreedyRun run,
      double bound,
      SitingMethod method,
      long startNanos) {
    double objective = run.chosen.length;
    double b = Math.min(objective, bound);
    return result(
        p.weights(),
        p.alreadyCovered(),
        p.coverage().candidateCount(),
        r,
        r,
        run,
        objective == b ? SitingStatus.OPTIMAL : SitingStatus.FEASIBLE,
        objective,
        b,
        method,
        startNanos);
  }

  private static SitingResult result(
      DemandWeights weights,
      java.util.BitSet alreadyCovered,
      int candidateCount,
      ReducedInstance full,
      ReducedInstance solved,
      GreedyRun run,
      SitingStatus status,
      double objective,
      double bound,
      SitingMethod method,
      long startNanos) {
    List<SitingResult.Site> sites = new ArrayList<>();
    for (int s = 0; s < run.chosen.length; s++) {
      sites.add(new SitingResult.Site(solved.candidates[run.chosen[s]], run.gains[s]));
    }
    return new SitingResult(
        sites,
        run.covered,
        Problems.alreadyCoveredResidents(weights, alreadyCovered),
        weights.totalResidents(),
        status,
        objective,
        bound,
        SitingResult.gap(objective, bound),
        (System.nanoTime() - startNanos) / 1_000_000,
        method,
        new SitingResult.ModelSize(
            full.demands, solved.weights.length, candidateCount, solved.candidates.length));
  }
}
