package cn.chegu.viewer.siting;

import java.time.Duration;
import java.util.BitSet;

/**
 * The exact portfolio (package javadoc, "Exact solving"): greedy first (an incumbent and a
 * submodular bound), value-preserving reductions and bound pruning, then for MCLP the submodular
 * branch and bound and, if it does not close in its share of the time, the MIP (CBC) on the pruned
 * model with the best solution so far as hint; LSCP runs the branch and bound on "can one site
 * fewer still reach the need?" and then the MIP (SCIP). Every phase, the pruning included, runs
 * under one {@link SolveControl}: the time limit covers all of it and a cancel stops whichever
 * phase is running. The answer is the best solution found with the best proven bound of all phases;
 * OPTIMAL only when they meet.
 */
public final class ExactSiting {

  /**
   * Up to this k the branch and bound gets half of the time left; above it a quarter, at most
   * {@link #LARGE_K_BRANCH_AND_BOUND}: at large k its bound closes slowly and the MIP needs the
   * time (bench: CBC proves the plane's k = 20 in 13–15 s of a 20 s limit).
   */
  static final int SMALL_K = 10;

  static final Duration LARGE_K_BRANCH_AND_BOUND = Duration.ofSeconds(2);

  private final String backend;
  private final String lscpBackend;
  private final int threads;
  private final boolean branchAndBound;

  /**
   * Branch and bound first, then CBC for MCLP and SCIP for LSCP ({@link MipSiting}), one thread
   * each (SCIP's concurrent mode is not safe to interrupt).
   */
  public ExactSiting() {
    this(MipSiting.MCLP_BACKEND, MipSiting.LSCP_BACKEND, 1, true);
  }

  /**
   * @param backend an OR-Tools MIP backend id: SCIP or CBC
   * @param threads threads for the MIP
   * @param branchAndBound false = the MIP alone after greedy and the reductions (for benches)
   */
  public ExactSiting(String backend, int threads, boolean branchAndBound) {
    this(backend, backend, threads, branchAndBound);
  }

  private ExactSiting(String backend, String lscpBackend, int threads, boolean branchAndBound) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    this.backend = backend;
    this.lscpBackend = lscpBackend;
    this.threads = threads;
    this.branchAndBound = branchAndBound;
  }

  /** MCLP under {@code control}. */
  public SitingResult solve(MclpProblem p, SolveControl control) {
    long start = System.nanoTime();
    MclpStart s = MclpStart.of(p, control);
    ReducedInstance full = s.full();
    GreedyRun greedy = s.greedy();
    int k = p.newSites();
    if (s.closed()) {
      return GreedySiting.mclpResult(
          p, full, full, greedy, greedy.bound, SitingMethod.EXACT, start);
    }
    ReducedInstance r = s.r();
    int[] incumbent = s.greedyKept();
    long value = greedy.covered;
    double bound = greedy.bound;
    long budget =
        k <= SMALL_K
            ? control.remainingNanos() / 2
            : Math.min(control.remainingNanos() / 4, LARGE_K_BRANCH_AND_BOUND.toNanos());
    boolean proven = false;
    if (branchAndBound) {
      SubmodularBranchAndBound.Outcome bb =
          SubmodularBranchAndBound.search(r, k, value, incumbent, budget, control);
      if (bb.value() > value) {
        value = bb.value();
        incumbent = bb.best().stream().toArray();
      }
      proven = bb.proven();
    }
    if (proven) {
      bound = value;
    } else if (!control.stopped()) {
      MipSiting.Outcome mip = new MipSiting(backend, threads).mclp(r, k, incumbent, control);
      if (mip.found() && Math.round(mip.objective()) > value) {
        value = Math.round(mip.objective());
        incumbent = mip.chosen().stream().toArray();
      }
      if (!Double.isNaN(mip.bound())) {
        bound = Math.min(bound, Math.floor(mip.bound() + 1e-6));
      }
    }
    GreedyRun best = GreedyRun.attribute(r, bits(incumbent));
    return GreedySiting.mclpResult(p, full, r, best, bound, SitingMethod.EXACT, start);
  }

  /**
   * LSCP under {@code control}.
   *
   * @throws InfeasibleTargetException when all candidates together miss the target
   */
  public SitingResult solve(LscpProblem p, SolveControl control) {
    long start = System.nanoTime();
    ReducedInstance r = GreedySiting.reduce(p.coverage(), p.weights(), p.alreadyCovered());
    GreedySiting.checkReachable(p, r);
    long need = p.residentsNeeded();
    GreedyRun greedy = GreedyRun.lscp(r, need);
    if (need == 0 || greedy.bound >= greedy.chosen.length) {
      return GreedySiting.lscpResult(p, r, greedy, greedy.bound, SitingMethod.EXACT, start);
    }
    GreedyRun best = greedy;
    double bound = greedy.bound;
    // "can k = best - 1 sites still reach the need?", by branch and bound with the need as
    // threshold (strong pruning near a high target share); no => best is optimal
    long budgetEnd = System.nanoTime() + (branchAndBound ? control.remainingNanos() / 2 : 0);
    while (branchAndBound && best.chosen.length - 1 >= bound && !control.stopped()) {
      int k = best.chosen.length - 1;
      SubmodularBranchAndBound.Outcome o =
          SubmodularBranchAndBound.search(
              r, k, need - 1, new int[0], budgetEnd - System.nanoTime(), control, need);
      if (o.value() >= need) {
        best = GreedyRun.attribute(r, o.best());
      } else if (o.proven()) {
        bound = k + 1;
      } else {
        break;
      }
    }
    if (bound < best.chosen.length && !control.stopped()) {
      MipSiting.Outcome mip =
          new MipSiting(lscpBackend, threads).lscp(r, need, best.chosen, control);
      if (mip.found() && mip.chosen().cardinality() < best.chosen.length) {
        GreedyRun exact = GreedyRun.attribute(r, mip.chosen());
        if (exact.covered >= need) {
          best = exact;
        }
      }
      if (!Double.isNaN(mip.bound())) {
        bound = Math.max(bound, Math.ceil(mip.bound() - 1e-6));
      }
    }
    return GreedySiting.lscpResult(p, r, best, bound, SitingMethod.EXACT, start);
  }

  /**
   * Reduction 4 of the package javadoc: keep candidate j only if it is in the greedy solution or
   * some k-set containing j might beat the greedy value. Null (no pruning) when the control stops
   * it first: the search is then simply over more candidates.
   */
  static BitSet boundPrune(ReducedInstance r, int k, GreedyRun greedy, SolveControl control) {
    SubmodularBounds bounds = new SubmodularBounds(r, k);
    BitSet keep = new BitSet();
    for (int j : greedy.chosen) {
      keep.set(j);
    }
    for (int j = 0; j < r.candidates.length; j++) {
      if ((j & 63) == 0 && control.stopped()) {
        return null;
      }
      if (!keep.get(j) && bounds.bound(j) > greedy.covered) {
        keep.set(j);
      }
    }
    return keep;
  }

  private static BitSet bits(int[] set) {
    BitSet b = new BitSet();
    for (int j : set) {
      b.set(j);
    }
    return b;
  }
}
