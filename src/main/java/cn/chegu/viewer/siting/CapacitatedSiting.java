package cn.chegu.viewer.siting;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  private static final boolean LOG = Boolean.getBoolean("siting.capacity.log");

  private static void log(long start, String what) {
    if (LOG) {
      System.err.printf("capacity %6d ms: %s%n", (System.nanoTime() - start) / 1_000_000, what);
    }
  }

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
    double bound = Math.min(Math.min(k * cap, inReach), topK(r, k, cap));
    int[] count = new int[r.members.length];
    greedy(r, k, cap, count, new double[r.members.length]);
    double[] served = AssignmentFlow.served(r, count, cap);
    double best = Arrays.stream(served).sum();
    SitingMethod method = exact ? SitingMethod.GREEDY_FALLBACK : SitingMethod.GREEDY;
    log(start, "greedy " + best + ", bound " + bound + ", pairs " + r.pairs);
    if (exact && best < bound * (1 - EPS)) {
      double improved = SwapSearch.improve(r, count, cap, best, control);
      if (improved > best) {
        served = AssignmentFlow.served(r, count, cap);
        best = Arrays.stream(served).sum();
      }
      log(start, "swaps " + best);
    }
    if (exact && best < bound * (1 - EPS) && !control.stopped()) {
      // the uncapacitated optimum: r times its bound bounds us; its sites are a candidate answer
      SolveControl share = SolveControl.until(System.nanoTime() + control.remainingNanos() / 2);
      SitingResult mclp;
      try (AutoCloseable link = control.onCancel(share::cancel)) {
        mclp =
            new ExactSiting()
                .solve(new MclpProblem(p.coverage(), p.weights(), p.alreadyCovered(), k), share);
      } catch (Exception e) {
        throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
      }
      bound = Math.min(bound, p.unitsPerResident() * mclp.bound());
      log(start, "mclp " + mclp.status() + ", bound now " + bound);
      int[] mc = new int[r.members.length];
      for (int j : mclp.candidates()) {
        int c = r.classOf[j];
        if (c >= 0 && mc[c] < r.members[c].length) {
          mc[c]++;
        }
      }
      double[] ms = AssignmentFlow.served(r, mc, cap);
      double mv = Arrays.stream(ms).sum();
      if (mv > best + EPS * Math.max(1, best)) {
        count = mc;
        served = ms;
        best = mv;
      }
    }
    if (exact && best < bound * (1 - EPS) && r.pairs <= MAX_PAIRS && !control.stopped()) {
      Mip mip = mip(r, k, cap, count, control);
      log(start, "mip " + (mip == null ? "none" : mip.objective + " / " + mip.bound));
      if (mip != null) {
        bound = Math.min(bound, mip.bound);
        if (mip.count != null) {
          double[] fs = AssignmentFlow.served(r, mip.count, cap);
          double fv = Arrays.stream(fs).sum();
          if (fv > best + EPS * Math.max(1, best)) {
            count = mip.count;
            served = fs;
            best = fv;
          }
        }
      }
    }
    log(start, "end " + best + " / " + bound);
    if (exact && best >= bound * (1 - EPS)) {
      method = SitingMethod.EXACT; // proven, whichever phase found it
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
   * Sum of the k largest min(C, demand a class reaches), a class counted up to its size: no k sites
   * serve more.
   */
  static double topK(Reduced r, int k, double cap) {
    List<Double> alone = new ArrayList<>();
    for (int c = 0; c < r.members.length; c++) {
      double reach = 0;
      for (int g : r.groups[c]) {
        reach += r.demand[g];
      }
      for (int q = 0; q < Math.min(k, r.members[c].length); q++) {
        alone.add(Math.min(cap, reach));
      }
    }
    alone.sort(Comparator.reverseOrder());
    double sum = 0;
    for (int q = 0; q < Math.min(k, alone.size()); q++) {
      sum += alone.get(q);
    }
    return sum;
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

  /**
   * Builds and solves on a worker thread holding a native-solve permit, and waits no longer than
   * the deadline (plus {@link MipSiting#GRACE_MILLIS}) or a cancel: SCIP checks its limit only
   * between phases (presolve, a long root LP), so a late solve is interrupted and abandoned — it
   * frees itself and its permit when it stops — and the caller keeps what it has.
   */
  private static Mip mip(Reduced r, int k, double cap, int[] hint, SolveControl control) {
    return MipSiting.abandonable(
        control, BACKEND, solver -> build(solver, r, k, cap, hint, control), null);
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
      if ((g & 255) == 0 && control.stopped()) {
        return null; // building a large model can outlast the deadline
      }
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
    if (LOG) {
      System.err.println("capacity mip built, " + millis + " ms left");
    }
    MPSolver.ResultStatus status = MipSiting.solveExact(solver, millis, control);
    if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
      // an interrupted or failed solve reports no usable bound (SCIP answers 0 after an
      // interrupt in presolve): only a solved status's bound is believed
      return new Mip(null, null, Double.NaN, Double.POSITIVE_INFINITY, false);
    }
    double bound = objective.bestBound();
    if (Double.isNaN(bound) || bound < objective.value() - EPS * Math.max(1, objective.value())) {
      bound = Double.POSITIVE_INFINITY;
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

    /** Per original candidate: its class, or -1 when it reaches no group. */
    final int[] classOf;

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
      Map<IntsKey, Integer> classByGroups = new HashMap<>();
      List<int[]> classGroups = new ArrayList<>();
      List<List<Integer>> classMembers = new ArrayList<>();
      for (int j = 0; j < candidateCount; j++) {
        int[] gs = byCandidate.get(j).stream().mapToInt(Integer::intValue).toArray();
        if (gs.length == 0) {
          continue;
        }
        Integer c = classByGroups.get(new IntsKey(gs));
        if (c == null) {
          c = classGroups.size();
          classByGroups.put(new IntsKey(gs), c);
          classGroups.add(gs);
          classMembers.add(new ArrayList<>());
        }
        classMembers.get(c).add(j);
      }
      groups = classGroups.toArray(int[][]::new);
      this.classOf = new int[candidateCount];
      Arrays.fill(this.classOf, -1);
      for (int c = 0; c < classMembers.size(); c++) {
        for (int j : classMembers.get(c)) {
          this.classOf[j] = c;
        }
      }
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
      Map<IntsKey, Integer> groupOf = new HashMap<>();
      List<int[]> sets = new ArrayList<>();
      List<Double> demand = new ArrayList<>();
      for (int i = 0; i < coverage.demandCount(); i++) {
        int[] s = coverage.set(i);
        if (already.get(i) || p.weights().residents(i) == 0 || s.length == 0) {
          continue;
        }
        Integer g = groupOf.putIfAbsent(new IntsKey(s), sets.size());
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
}
