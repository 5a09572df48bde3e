package cn.chegu.viewer.siting;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Solves the capacitated MCLP of the package javadoc: a greedy incumbent (open the site serving the
 * most residual demand, fill its capacity), then, when exact, the integer program through OR-Tools'
 * SCIP with the greedy sites as hint, under the solve's deadline. OPTIMAL only when the best bound
 * equals the demand served: the MIP's proven optimum (relative gap 0), or greedy reaching the
 * trivial bound min(k C, demand in reach).
 *
 * <p>Reductions (exact): demands with w_i = 0, already covered or out of every candidate's reach
 * are dropped; demands with the same N_i are merged (demand is divisible, so one fraction per group
 * loses nothing); candidates with the same covered groups form one class with an integer count y_c
 * &le; its size (interchangeable sites: this removes their symmetry). Unlike the uncapacitated
 * MCLP, a candidate whose coverage is contained in another's is <b>not</b> dropped: next to its
 * dominator it adds capacity.
 */
public final class CapacitatedSiting {

  /** Interruptible, keeps its deadline; see MipSiting for why MCLP uses CBC instead. */
  static final String BACKEND = "SCIP";

  /** Assignment pairs above which the MIP is not built (greedy's answer, FEASIBLE, is kept). */
  static final long MAX_PAIRS = 2_000_000;

  private static final double EPS = 1e-9;

  private final boolean exact;

  /**
   * @param exact run the MIP after greedy (false: greedy alone)
   */
  public CapacitatedSiting(boolean exact) {
    this.exact = exact;
  }

  /** Solves {@code p} within {@code control}'s deadline. */
  public CapacitatedResult solve(CapacitatedMclpProblem p, SolveControl control) {
    long start = System.nanoTime();
    Reduced r = Reduced.of(p);
    int k = p.newSites();
    double cap = p.capacityPerSite();
    double inReach = Arrays.stream(r.demand).sum();
    double trivial = Math.min(k * cap, inReach);
    int[] greedyCount = new int[r.members.length];
    double[] greedyServed = new double[r.members.length];
    double greedy = greedy(r, k, cap, greedyCount, greedyServed);
    int[] count = greedyCount;
    double[] served = greedyServed;
    double best = greedy;
    double bound = trivial;
    SitingMethod method = exact ? SitingMethod.GREEDY_FALLBACK : SitingMethod.GREEDY;
    if (exact && greedy < trivial * (1 - EPS) && r.pairs <= MAX_PAIRS && !control.stopped()) {
      Mip mip = mip(r, k, cap, greedyCount, control);
      if (mip != null) {
        bound = Math.min(bound, mip.bound);
        if (mip.count != null && mip.objective > best + EPS * Math.max(1, best)) {
          count = mip.count;
          served = mip.served;
          best = mip.objective;
          method = SitingMethod.EXACT;
        } else if (mip.optimal) {
          method = SitingMethod.EXACT; // proved greedy optimal
          bound = Math.min(bound, Math.max(best, mip.objective));
        }
      }
    } else if (exact && greedy >= trivial * (1 - EPS)) {
      method = SitingMethod.EXACT; // greedy meets the trivial bound: proven
    }
    bound = Math.max(bound, best);
    double gap = SitingResult.gap(best, bound);
    SitingStatus status = gap <= EPS ? SitingStatus.OPTIMAL : SitingStatus.FEASIBLE;
    if (status == SitingStatus.OPTIMAL) {
      bound = best;
      gap = 0;
    }
    List<CapacitatedResult.Site> sites = new ArrayList<>();
    for (int c = 0; c < count.length; c++) {
      for (int q = 0; q < count[c]; q++) {
        // interchangeable sites of one class share its assigned demand equally
        sites.add(new CapacitatedResult.Site(r.members[c][q], served[c] / count[c]));
      }
    }
    sites.sort(Comparator.comparingDouble(CapacitatedResult.Site::served).reversed());
    return new CapacitatedResult(
        sites,
        best,
        inReach,
        status,
        best,
        bound,
        gap,
        (System.nanoTime() - start) / 1_000_000,
        method,
        new SitingResult.ModelSize(
            p.coverage().demandCount(),
            r.demand.length,
            p.coverage().candidateCount(),
            r.members.length));
  }

  /**
   * k times: open a site of the class serving the most residual demand, min(C, residual demand it
   * reaches), filling its capacity from the groups with the fewest other classes first.
   */
  static double greedy(Reduced r, int k, double cap, int[] count, double[] served) {
    double[] residual = r.demand.clone();
    double total = 0;
    for (int step = 0; step < k; step++) {
      int best = -1;
      double bestGain = EPS;
      for (int c = 0; c < r.members.length; c++) {
        if (count[c] >= r.members[c].length) {
          continue;
        }
        double reach = 0;
        for (int g : r.groups[c]) {
          reach += residual[g];
        }
        double gain = Math.min(cap, reach);
        if (gain > bestGain) {
          bestGain = gain;
          best = c;
        }
      }
      if (best < 0) {
        break;
      }
      double left = cap;
      for (int g : r.fillOrder[best]) {
        double a = Math.min(left, residual[g]);
        residual[g] -= a;
        left -= a;
        if (left <= 0) {
          break;
        }
      }
      count[best]++;
      served[best] += bestGain;
      total += bestGain;
    }
    return total;
  }

  /** What the MIP found: counts and served demand per class (null when none), bound, proof. */
  private record Mip(
      int[] count, double[] served, double objective, double bound, boolean optimal) {}

  private static Mip mip(Reduced r, int k, double cap, int[] hint, SolveControl control) {
    try {
      if (!MipSiting.PERMITS.tryAcquire(control.remainingNanos(), TimeUnit.NANOSECONDS)) {
        return null;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    try {
      MipSiting.loadNative();
      MPSolver solver = MPSolver.createSolver(BACKEND);
      if (solver == null) {
        throw new IllegalStateException("OR-Tools has no MIP backend " + BACKEND);
      }
      try {
        return build(solver, r, k, cap, hint, control);
      } finally {
        solver.delete();
      }
    } finally {
      MipSiting.PERMITS.release();
    }
  }

  private static Mip build(
      MPSolver solver, Reduced r, int k, double cap, int[] hint, SolveControl control) {
    int classes = r.members.length;
    MPVariable[] y = new MPVariable[classes];
    MPConstraint sites = solver.makeConstraint(Double.NEGATIVE_INFINITY, k);
    MPConstraint[] capacity = new MPConstraint[classes];
    for (int c = 0; c < classes; c++) {
      y[c] = solver.makeIntVar(0, Math.min(k, r.members[c].length), "y" + c);
      sites.setCoefficient(y[c], 1);
      capacity[c] = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0); // Σ d x - C y ≤ 0
      capacity[c].setCoefficient(y[c], -cap);
    }
    MPObjective objective = solver.objective();
    MPVariable[][] x = new MPVariable[classes][];
    for (int c = 0; c < classes; c++) {
      x[c] = new MPVariable[r.groups[c].length];
    }
    int[] seen = new int[classes];
    for (int g = 0; g < r.demand.length; g++) {
      MPConstraint once = solver.makeConstraint(Double.NEGATIVE_INFINITY, 1); // Σ_c x_gc ≤ 1
      for (int c : r.classesOf[g]) {
        MPVariable v = solver.makeNumVar(0, 1, "");
        x[c][seen[c]++] = v;
        once.setCoefficient(v, 1);
        capacity[c].setCoefficient(v, r.demand[g]);
        MPConstraint open = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0); // x ≤ y
        open.setCoefficient(v, 1);
        open.setCoefficient(y[c], -1);
        objective.setCoefficient(v, r.demand[g]);
      }
    }
    objective.setMaximization();
    double[] values = new double[classes];
    for (int c = 0; c < classes; c++) {
      values[c] = hint[c];
    }
    solver.setHint(y, values);
    long millis = control.remainingNanos() / 1_000_000;
    if (millis <= 0) {
      return null;
    }
    solver.setTimeLimit(millis);
    MPSolver.ResultStatus status;
    ScheduledFuture<?> alarm =
        MipSiting.alarm().schedule(solver::interruptSolve, millis + 20, TimeUnit.MILLISECONDS);
    try (AutoCloseable stop = control.onCancel(solver::interruptSolve)) {
      MPSolverParameters params = new MPSolverParameters();
      params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
      status = solver.solve(params);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      alarm.cancel(false);
    }
    double bound = objective.bestBound();
    if (Double.isNaN(bound) || Double.isInfinite(bound)) {
      bound = Double.POSITIVE_INFINITY;
    }
    if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
      return new Mip(null, null, Double.NaN, bound, false);
    }
    int[] count = new int[classes];
    double[] served = new double[classes];
    for (int c = 0; c < classes; c++) {
      count[c] = (int) Math.round(y[c].solutionValue());
      for (int q = 0; q < x[c].length; q++) {
        served[c] += r.demand[r.groups[c][q]] * x[c][q].solutionValue();
      }
      served[c] = count[c] == 0 ? 0 : Math.min(served[c], count[c] * cap);
    }
    double value = Arrays.stream(served).sum();
    boolean optimal = status == MPSolver.ResultStatus.OPTIMAL && !control.cancelled();
    return new Mip(count, served, value, optimal ? Math.min(bound, value) : bound, optimal);
  }

  /** Demand groups and candidate classes after the exact reductions of the class javadoc. */
  static final class Reduced {
    /** Demand per group, in the capacity's unit. */
    final double[] demand;

    /** Per group: the classes covering it, ascending. */
    final int[][] classesOf;

    /** Per class: the groups it covers, ascending. */
    final int[][] groups;

    /** Per class: its groups, fewest covering classes first (greedy's filling order). */
    final int[][] fillOrder;

    /** Per class: its candidates (original indices), ascending. */
    final int[][] members;

    /** Assignment pairs (group, class): the x variables of the MIP. */
    final long pairs;

    private Reduced(double[] demand, int[][] groupSets, int candidateCount) {
      this.demand = demand;
      List<List<Integer>> byCandidate = new ArrayList<>(candidateCount);
      for (int j = 0; j < candidateCount; j++) {
        byCandidate.add(new ArrayList<>());
      }
      for (int g = 0; g < groupSets.length; g++) {
        for (int j : groupSets[g]) {
          byCandidate.get(j).add(g);
        }
      }
      Map<Key, Integer> classOf = new HashMap<>();
      List<int[]> classGroups = new ArrayList<>();
      List<List<Integer>> classMembers = new ArrayList<>();
      for (int j = 0; j < candidateCount; j++) {
        int[] gs = byCandidate.get(j).stream().mapToInt(Integer::intValue).toArray();
        if (gs.length == 0) {
          continue;
        }
        Integer c = classOf.get(new Key(gs));
        if (c == null) {
          c = classGroups.size();
          classOf.put(new Key(gs), c);
          classGroups.add(gs);
          classMembers.add(new ArrayList<>());
        }
        classMembers.get(c).add(j);
      }
      groups = classGroups.toArray(int[][]::new);
      members =
          classMembers.stream()
              .map(m -> m.stream().mapToInt(Integer::intValue).toArray())
              .toArray(int[][]::new);
      int[] degree = new int[demand.length];
      long n = 0;
      for (int[] gs : groups) {
        for (int g : gs) {
          degree[g]++;
          n++;
        }
      }
      pairs = n;
      classesOf = new int[demand.length][];
      for (int g = 0; g < demand.length; g++) {
        classesOf[g] = new int[degree[g]];
        degree[g] = 0;
      }
      for (int c = 0; c < groups.length; c++) {
        for (int g : groups[c]) {
          classesOf[g][degree[g]++] = c;
        }
      }
      fillOrder = new int[groups.length][];
      for (int c = 0; c < groups.length; c++) {
        fillOrder[c] =
            Arrays.stream(groups[c])
                .boxed()
                .sorted(Comparator.comparingInt((Integer g) -> classesOf[g].length))
                .mapToInt(Integer::intValue)
                .toArray();
      }
    }

    static Reduced of(CapacitatedMclpProblem p) {
      CoverageSets coverage = p.coverage();
      var already = p.alreadyCovered();
      Map<Key, Integer> groupOf = new HashMap<>();
      List<int[]> sets = new ArrayList<>();
      List<Double> demand = new ArrayList<>();
      for (int i = 0; i < coverage.demandCount(); i++) {
        int[] s = coverage.set(i);
        if (already.get(i) || p.weights().residents(i) == 0 || s.length == 0) {
          continue;
        }
        Integer g = groupOf.putIfAbsent(new Key(s), sets.size());
        if (g == null) {
          sets.add(s);
          demand.add(p.demand(i));
        } else {
          demand.set(g, demand.get(g) + p.demand(i));
        }
      }
      return new Reduced(
          demand.stream().mapToDouble(Double::doubleValue).toArray(),
          sets.toArray(int[][]::new),
          coverage.candidateCount());
    }
  }

  /** An int array as a map key, by content. */
  private record Key(int[] values) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(values, k.values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
      return Arrays.toString(values);
    }
  }
}
