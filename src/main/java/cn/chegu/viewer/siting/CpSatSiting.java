package cn.chegu.viewer.siting;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import java.time.Duration;
import java.util.Arrays;
import java.util.BitSet;
import java.util.stream.IntStream;

/**
 * Exact MCLP / LSCP with OR-Tools CP-SAT on the reduced model (package javadoc), under a time limit
 * with two workers. Greedy runs first: its solution is the hint, its value a constraint (CP-SAT
 * only looks for solutions at least as good) and its bound is combined with CP-SAT's. If CP-SAT
 * finds nothing in time, greedy's solution is returned ({@link SitingMethod#GREEDY_FALLBACK}).
 */
public final class CpSatSiting {

  private static volatile boolean nativeLoaded;

  /** Pair bounds (quadratic) only for models with at most this many candidates. */
  static final int PAIR_BOUNDS_MAX_CANDIDATES = 400;

  private final Duration timeLimit;
  private final int workers;
  private final boolean branchAndBoundFirst;

  /** Time limit per solve, two workers. */
  public CpSatSiting(Duration timeLimit) {
    this(timeLimit, 2);
  }

  public CpSatSiting(Duration timeLimit, int workers) {
    this(timeLimit, workers, true);
  }

  /**
   * @param branchAndBoundFirst for MCLP, try {@link SubmodularBranchAndBound} on the reduced model
   *     for half the time limit before CP-SAT (false = CP-SAT only)
   */
  public CpSatSiting(Duration timeLimit, int workers, boolean branchAndBoundFirst) {
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("timeLimit must be positive: " + timeLimit);
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be >= 1: " + workers);
    }
    this.timeLimit = timeLimit;
    this.workers = workers;
    this.branchAndBoundFirst = branchAndBoundFirst;
  }

  static synchronized void loadNative() {
    if (!nativeLoaded) {
      Loader.loadNativeLibraries();
      nativeLoaded = true;
    }
  }

  public SitingResult solve(MclpProblem p) {
    long start = System.nanoTime();
    MclpStart s = MclpStart.of(p, SolveControl.within(timeLimit));
    ReducedInstance full = s.full();
    GreedyRun greedy = s.greedy();
    int k = p.newSites();
    if (s.closed()) {
      return GreedySiting.mclpResult(
          p, full, full, greedy, greedy.bound, SitingMethod.EXACT, start);
    }
    ReducedInstance r = s.r();
    int[] toKept = s.toKept();
    int[] greedyKept = s.greedyKept();
    if (branchAndBoundFirst) {
      BitSet proven =
          SubmodularBranchAndBound.solve(r, k, greedy.covered, greedyKept, timeLimit.toNanos() / 2);
      if (proven != null) {
        GreedyRun best = GreedyRun.attribute(r, proven);
        return GreedySiting.mclpResult(p, full, r, best, best.covered, SitingMethod.EXACT, start);
      }
    }

    CpModel model = new CpModel();
    BoolVar[] x = boolVars(model, "x", r.candidates.length);
    BoolVar[] y = boolVars(model, "y", r.weights.length);
    linkCoverage(model, r, x, y);
    model.addLessOrEqual(LinearExpr.sum(x), k);
    LinearExpr covered = LinearExpr.weightedSum(y, r.weights);
    model.addGreaterOrEqual(covered, greedy.covered);
    model.maximize(covered);
    hint(model, r, x, y, greedy.chosen, toKept);
    boolean[] inGreedy = new boolean[x.length];
    for (int j : greedy.chosen) {
      inGreedy[toKept[j]] = true;
    }
    forbidPairs(model, r, k, greedy.covered, x, inGreedy, start);

    CpSolver solver = solver(start);
    CpSolverStatus status = solver.solve(model);
    if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
      return GreedySiting.mclpResult(
          p, full, full, greedy, greedy.bound, SitingMethod.GREEDY_FALLBACK, start);
    }
    GreedyRun exact = GreedyRun.attribute(r, chosen(solver, x));
    double bound =
        status == CpSolverStatus.OPTIMAL
            ? exact.covered
            : Math.min(solver.bestObjectiveBound(), greedy.bound);
    return GreedySiting.mclpResult(p, full, r, exact, bound, SitingMethod.EXACT, start);
  }

  /**
   * @throws InfeasibleTargetException when all candidates together miss the target
   */
  public SitingResult solve(LscpProblem p) {
    long start = System.nanoTime();
    ReducedInstance r = GreedySiting.reduce(p.coverage(), p.weights(), p.alreadyCovered());
    GreedySiting.checkReachable(p, r);
    long need = p.residentsNeeded();
    GreedyRun greedy = GreedyRun.lscp(r, need);
    if (need == 0 || greedy.bound >= greedy.chosen.length) {
      return GreedySiting.lscpResult(p, r, greedy, greedy.bound, SitingMethod.EXACT, start);
    }
    CpModel model = new CpModel();
    BoolVar[] x = boolVars(model, "x", r.candidates.length);
    BoolVar[] y = boolVars(model, "y", r.weights.length);
    linkCoverage(model, r, x, y);
    model.addGreaterOrEqual(LinearExpr.weightedSum(y, r.weights), need);
    model.addLessOrEqual(LinearExpr.sum(x), greedy.chosen.length);
    model.minimize(LinearExpr.sum(x));
    int[] identity = IntStream.range(0, x.length).toArray();
    hint(model, r, x, y, greedy.chosen, identity);

    CpSolver solver = solver(start);
    CpSolverStatus status = solver.solve(model);
    if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
      return GreedySiting.lscpResult(
          p, r, greedy, greedy.bound, SitingMethod.GREEDY_FALLBACK, start);
    }
    GreedyRun exact = GreedyRun.attribute(r, chosen(solver, x));
    double bound =
        status == CpSolverStatus.OPTIMAL
            ? exact.chosen.length
            : Math.max(Math.ceil(solver.bestObjectiveBound() - 1e-9), greedy.bound);
    return GreedySiting.lscpResult(p, r, exact, bound, SitingMethod.EXACT, start);
  }

  private CpSolver solver(long startNanos) {
    double left = (timeLimit.toNanos() - (System.nanoTime() - startNanos)) / 1e9;
    loadNative();
    CpSolver solver = new CpSolver();
    solver
        .getParameters()
        .setMaxTimeInSeconds(Math.max(left, 0.1))
        .setNumWorkers(workers)
        .setLogSearchProgress(Boolean.getBoolean("siting.cpsat.log"));
    return solver;
  }

  private static BoolVar[] boolVars(CpModel model, String prefix, int n) {
    loadNative();
    BoolVar[] v = new BoolVar[n];
    for (int i = 0; i < n; i++) {
      v[i] = model.newBoolVar(prefix + i);
    }
    return v;
  }

  /** y_g -&gt; OR_{j in N_g} x_j, as the clause (not y_g) or x_j1 or ... */
  private static void linkCoverage(CpModel model, ReducedInstance r, BoolVar[] x, BoolVar[] y) {
    for (int g = 0; g < y.length; g++) {
      int[] set = r.sets[g];
      Literal[] clause = new Literal[set.length + 1];
      clause[0] = y[g].not();
      for (int q = 0; q < set.length; q++) {
        clause[q + 1] = x[set[q]];
      }
      model.addBoolOr(clause);
    }
  }

  private static void hint(
      CpModel model, ReducedInstance r, BoolVar[] x, BoolVar[] y, int[] chosen, int[] toR) {
    boolean[] open = new boolean[x.length];
    for (int j : chosen) {
      if (toR[j] >= 0) {
        open[toR[j]] = true;
      }
    }
    for (int j = 0; j < x.length; j++) {
      model.addHint(x[j], open[j]);
    }
    for (int g = 0; g < y.length; g++) {
      model.addHint(y[g], Arrays.stream(r.sets[g]).anyMatch(j -> open[j]));
    }
  }

  private static BitSet chosen(CpSolver solver, BoolVar[] x) {
    BitSet open = new BitSet();
    for (int j = 0; j < x.length; j++) {
      if (solver.booleanValue(x[j])) {
        open.set(j);
      }
    }
    return open;
  }

  /**
   * Pairs that no k-set beating greedy can contain get the clause (not x_j or not x_l); greedy's
   * own solution stays feasible, so the optimal value is unchanged. Quadratic in the candidates, so
   * only below {@link #PAIR_BOUNDS_MAX_CANDIDATES}, and it stops at a quarter of the time limit
   * (the clauses found so far are all valid).
   */
  private int forbidPairs(
      CpModel model,
      ReducedInstance r,
      int k,
      long greedyValue,
      BoolVar[] x,
      boolean[] greedy,
      long startNanos) {
    if (k < 2 || x.length > PAIR_BOUNDS_MAX_CANDIDATES) {
      return 0;
    }
    long stopAt = startNanos + timeLimit.toNanos() / 4;
    SubmodularBounds bounds = new SubmodularBounds(r, k);
    int forbidden = 0;
    for (int j = 0; j < x.length && System.nanoTime() < stopAt; j++) {
      for (int l = j + 1; l < x.length; l++) {
        if (!(greedy[j] && greedy[l]) && bounds.bound(j, l) <= greedyValue) {
          model.addBoolOr(new Literal[] {x[j].not(), x[l].not()});
          forbidden++;
        }
      }
    }
    return forbidden;
  }
}
