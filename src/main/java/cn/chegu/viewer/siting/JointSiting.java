package cn.chegu.viewer.siting;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Joint (several types, one budget) and phased siting as one mixed-integer program, solved by SCIP
 * through OR-Tools' {@code MPSolver} under the solve's deadline.
 *
 * <pre>
 *   max  Σ_p Σ_g w_gp z_gp
 *   s.t. z_gp ≤ Σ_{j ∈ N_g} Σ_{q ≤ p} x_jtq     for every group g, phase p, type t g lacks
 *                                                (any-type standards: one row, summed over t)
 *        Σ_{j,t} c_t x_jtp ≤ B_p                for every phase p
 *        Σ_{j,p} x_jtp ≤ M                      for every type t (when a limit M is given)
 *        Σ_p x_jtp ≤ 1                          for every site j and type t
 *        x binary, z ∈ [0, 1]
 * </pre>
 *
 * z_gp = 1 when demand group g is complete in phase p: every type it lacks has a site, built in
 * phase p or earlier, within reach. Completeness is not separable by type (a cell counts only when
 * its last missing type arrives), so the types are chosen together. z may be continuous: for
 * integral x the best z is 1 exactly where every row allows it.
 *
 * <p>Reductions, each keeping the optimum: demands with the same reach set and missing types are
 * one group (weights summed); a group some missing type of which no candidate reaches is dropped; a
 * pair (site j, type t) is dropped when j reaches no group lacking t, or when another site's groups
 * lacking t contain j's (same cost, so swapping never loses; ties keep the lower index).
 */
public final class JointSiting {

  /** One chosen site: candidate index, type index, phase index. */
  public record Site(int candidate, int type, int phase) {}

  /**
   * The answer.
   *
   * @param objective Σ over phases of the residents made complete (the MIP's objective)
   * @param bound the best proven bound on it
   * @param pairsKept (site, type) pairs left by the reductions
   * @param sitesKept distinct sites among them
   * @param groups demand groups in the model
   */
  public record Result(
      SitingStatus status,
      List<Site> sites,
      double objective,
      double bound,
      double gap,
      int pairsKept,
      int sitesKept,
      int groups,
      long solveMillis) {

    public Result {
      sites = List.copyOf(sites);
    }
  }

  /** Solves {@code p} within {@code control}'s deadline. */
  public Result solve(JointProblem p, SolveControl control) {
    long start = System.nanoTime();
    Groups groups = Groups.of(p);
    List<int[]> pairs = keptPairs(p, groups); // {j, t}
    if (pairs.isEmpty() || groups.size() == 0) {
      return new Result(
          SitingStatus.OPTIMAL, List.of(), 0, 0, 0, 0, 0, groups.size(), millis(start));
    }
    int[][] reach = pairReach(p, groups, pairs); // per pair: groups lacking t reached by j
    // the greedy runs to its end even past the deadline: it is the answer when the MIP has none,
    // and a plan cut short by the clock could be empty
    List<Site> greedy = greedy(p, groups, pairs, reach, null);
    double greedyValue = value(p, groups, greedy);
    double knapsack = knapsackBound(p, groups, pairs, reach);
    Result incumbent =
        new Result(
            SitingStatus.FEASIBLE,
            greedy,
            greedyValue,
            knapsack,
            SitingResult.gap(greedyValue, knapsack),
            pairs.size(),
            distinctSites(pairs),
            groups.size(),
            0);
    // on a worker, abandoned at the deadline: SCIP may not notice its time limit in a long root LP
    Result mip =
        MipSiting.abandonable(
            control, "SCIP", solver -> mip(solver, p, groups, pairs, control, start, greedy), null);
    if (mip == null) {
      return timed(incumbent, start);
    }
    double bound = Math.min(mip.bound(), knapsack);
    if (mip.objective() + 1e-6 < incumbent.objective()) {
      // the MIP stopped on a worse solution: keep greedy's, with the better bound
      return new Result(
          SitingStatus.FEASIBLE,
          greedy,
          incumbent.objective(),
          bound,
          SitingResult.gap(incumbent.objective(), bound),
          mip.pairsKept(),
          mip.sitesKept(),
          mip.groups(),
          millis(start));
    }
    if (mip.status() == SitingStatus.OPTIMAL || bound >= mip.bound()) {
      return mip;
    }
    return new Result(
        mip.status(),
        mip.sites(),
        mip.objective(),
        bound,
        SitingResult.gap(mip.objective(), bound),
        mip.pairsKept(),
        mip.sitesKept(),
        mip.groups(),
        mip.solveMillis());
  }

  /**
   * An upper bound on the objective that needs no LP (the MIP's own bound may not come in time): a
   * group lacking m types is complete only when each of them arrives, so its w is at most the sum
   * over those types of w/m, each earned by a chosen pair (site, type) reaching it (any-type: w per
   * pair). Giving every pair k the value v_k = Σ w/m over the groups it reaches therefore bounds
   * the residents completed by its set from above; for each phase q the chosen pairs cost at most
   * the budgets up to q, so the phase's term is at most the fractional knapsack of the v_k (the
   * phase's weights) within that budget — the best value per cost first, the last one in part. The
   * sum over phases, capped by the weight of all groups, is the bound.
   */
  static double knapsackBound(JointProblem p, Groups groups, List<int[]> pairs) {
    return knapsackBound(p, groups, pairs, pairReach(p, groups, pairs));
  }

  private static double knapsackBound(
      JointProblem p, Groups groups, List<int[]> pairs, int[][] reach) {
    double total = 0;
    double budgetSoFar = 0;
    for (int q = 0; q < p.phaseCount(); q++) {
      budgetSoFar += p.phaseBudget()[q];
      double[][] items = new double[pairs.size()][]; // {value, cost}
      for (int k = 0; k < items.length; k++) {
        double v = 0;
        for (int g : reach[k]) {
          long w = groups.weight(g, q);
          v += p.anyType() ? w : (double) w / groups.missing(g).length;
        }
        items[k] = new double[] {v, p.typeCost()[pairs.get(k)[1]]};
      }
      Arrays.sort(items, (a, b) -> Double.compare(b[0] / b[1], a[0] / a[1]));
      double left = budgetSoFar;
      double phase = 0;
      for (double[] it : items) {
        if (left <= 0) {
          break;
        }
        double share = Math.min(1, left / it[1]);
        phase += share * it[0];
        left -= share * it[1];
      }
      double all = 0;
      for (int g = 0; g < groups.size(); g++) {
        all += groups.weight(g, q);
      }
      total += Math.min(phase, all);
    }
    return Math.floor(total + 1e-6); // the objective is a whole number of residents
  }

  private static Result timed(Result r, long start) {
    return new Result(
        r.status(),
        r.sites(),
        r.objective(),
        r.bound(),
        r.gap(),
        r.pairsKept(),
        r.sitesKept(),
        r.groups(),
        millis(start));
  }

  /**
   * A greedy incumbent (and the MIP's hint), phase by phase: the affordable (site, type) pair with
   * the most progress per cost unit (ties: the first pair), where a group lacking m types gains w/m
   * for each missing type satisfied (so a bundle completing it earns w in all); any-type standards:
   * w for the first site reaching an incomplete group. w counts the phase's and the last phase's
   * residents. Keeps the budgets and the per-type limit.
   *
   * <p>Lazy evaluation (Minoux's accelerated greedy): within a phase a pair's score can only fall
   * (groups only become done, types only arrive), so each pair waits in a heap under its last score
   * as an upper bound and is rescored only when it reaches the top; a top whose fresh score equals
   * its bound is the pair the full scan would take — the same pair, ties included (the heap orders
   * equal scores by pair index), so the same sites as rescoring every pair each step.
   */
  static List<Site> greedy(JointProblem p, Groups groups, List<int[]> pairs) {
    return greedy(p, groups, pairs, pairReach(p, groups, pairs), null);
  }

  /** As {@link #greedy(JointProblem, Groups, List)}, stopping early (fewer sites) at a deadline. */
  private static List<Site> greedy(
      JointProblem p, Groups groups, List<int[]> pairs, int[][] reach, SolveControl control) {
    int types = p.typeCount();
    boolean[][] has = new boolean[groups.size()][types];
    boolean[] done = new boolean[groups.size()];
    boolean[] used = new boolean[pairs.size()];
    int[] ofType = new int[types];
    List<Site> out = new ArrayList<>();
    int last = p.phaseCount() - 1;
    for (int q = 0; q < p.phaseCount(); q++) {
      double left = p.phaseBudget()[q];
      // entries {score, pair}: highest score first, equal scores by lower pair index
      PriorityQueue<double[]> heap =
          new PriorityQueue<>(
              Math.max(1, pairs.size()),
              (a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
      for (int k = 0; k < pairs.size(); k++) {
        if (!used[k]) {
          heap.add(new double[] {Double.POSITIVE_INFINITY, k});
        }
      }
      for (int pops = 0; !heap.isEmpty(); pops++) {
        if (control != null && (pops & 255) == 0 && control.stopped()) {
          return out; // out of time: the sites so far (a feasible, smaller plan)
        }
        double[] top = heap.poll();
        int k = (int) top[1];
        int t = pairs.get(k)[1];
        if (p.typeCost()[t] > left + 1e-9 || (p.maxPerType() > 0 && ofType[t] >= p.maxPerType())) {
          continue; // stays unaffordable for the rest of this phase
        }
        double score = score(p, groups, reach[k], t, q, last, has, done);
        if (!(score > 0)) {
          continue; // scores only fall within a phase: never again
        }
        if (score < top[0]) {
          heap.add(new double[] {score, k});
          continue;
        }
        used[k] = true;
        int j = pairs.get(k)[0];
        left -= p.typeCost()[t];
        ofType[t]++;
        out.add(new Site(j, t, q));
        for (int g : reach[k]) {
          has[g][t] = true;
          boolean all = true;
          for (int m : groups.missing(g)) {
            all &= has[g][m];
          }
          done[g] = p.anyType() || all;
        }
      }
    }
    return out;
  }

  /** A pair's greedy score now: its progress per cost unit (see {@link #greedy}). */
  private static double score(
      JointProblem p,
      Groups groups,
      int[] reached,
      int t,
      int q,
      int last,
      boolean[][] has,
      boolean[] done) {
    double score = 0;
    for (int g : reached) {
      if (done[g] || has[g][t]) {
        continue;
      }
      long w = groups.weight(g, q) + groups.weight(g, last);
      score += p.anyType() ? w : (double) w / groups.missing(g).length;
    }
    return score / p.typeCost()[t];
  }

  /** Per pair {j, t}: the groups lacking t that j reaches, ascending. */
  private static int[][] pairReach(JointProblem p, Groups groups, List<int[]> pairs) {
    Map<Long, Integer> index = new HashMap<>();
    for (int k = 0; k < pairs.size(); k++) {
      index.put(((long) pairs.get(k)[0] << 8) | pairs.get(k)[1], k);
    }
    int[] count = new int[pairs.size()];
    for (int g = 0; g < groups.size(); g++) {
      for (int t : groups.missing(g)) {
        for (int j : groups.covering(g)) {
          Integer k = index.get(((long) j << 8) | t);
          if (k != null) {
            count[k]++;
          }
        }
      }
    }
    int[][] out = new int[pairs.size()][];
    for (int k = 0; k < out.length; k++) {
      out[k] = new int[count[k]];
      count[k] = 0;
    }
    for (int g = 0; g < groups.size(); g++) {
      for (int t : groups.missing(g)) {
        for (int j : groups.covering(g)) {
          Integer k = index.get(((long) j << 8) | t);
          if (k != null) {
            out[k][count[k]++] = g;
          }
        }
      }
    }
    return out;
  }

  /** The objective of a solution: Σ over phases of the weight of the groups complete by then. */
  static double value(JointProblem p, Groups groups, List<Site> sites) {
    double sum = 0;
    for (int q = 0; q < p.phaseCount(); q++) {
      Map<Integer, boolean[]> typesAt = new HashMap<>();
      for (Site s : sites) {
        if (s.phase() <= q) {
          typesAt.computeIfAbsent(s.candidate(), k -> new boolean[p.typeCount()])[s.type()] = true;
        }
      }
      for (int g = 0; g < groups.size(); g++) {
        boolean[] has = new boolean[p.typeCount()];
        for (int j : groups.covering(g)) {
          boolean[] at = typesAt.get(j);
          if (at != null) {
            for (int t = 0; t < at.length; t++) {
              has[t] |= at[t];
            }
          }
        }
        boolean complete = !p.anyType();
        for (int t : groups.missing(g)) {
          complete = p.anyType() ? complete || has[t] : complete && has[t];
        }
        if (complete) {
          sum += groups.weight(g, q);
        }
      }
    }
    return sum;
  }

  /** The MIP, with {@code hint} as its starting solution; null when it found none in time. */
  private Result mip(
      MPSolver solver,
      JointProblem p,
      Groups groups,
      List<int[]> pairs,
      SolveControl control,
      long start,
      List<Site> hint) {
    int phases = p.phaseCount();
    int types = p.typeCount();
    MPVariable[][] x = new MPVariable[pairs.size()][phases];
    // per type: site -> pair index
    List<Map<Integer, Integer>> pairOf = new ArrayList<>();
    for (int t = 0; t < types; t++) {
      pairOf.add(new HashMap<>());
    }
    MPConstraint[] budget = new MPConstraint[phases];
    for (int q = 0; q < phases; q++) {
      budget[q] = solver.makeConstraint(Double.NEGATIVE_INFINITY, p.phaseBudget()[q]);
    }
    MPConstraint[] perType = new MPConstraint[types];
    if (p.maxPerType() > 0) {
      for (int t = 0; t < types; t++) {
        perType[t] = solver.makeConstraint(Double.NEGATIVE_INFINITY, p.maxPerType());
      }
    }
    for (int k = 0; k < pairs.size(); k++) {
      int j = pairs.get(k)[0];
      int t = pairs.get(k)[1];
      pairOf.get(t).put(j, k);
      MPConstraint once = solver.makeConstraint(Double.NEGATIVE_INFINITY, 1);
      for (int q = 0; q < phases; q++) {
        x[k][q] = solver.makeBoolVar("x" + j + "_" + t + "_" + q);
        budget[q].setCoefficient(x[k][q], p.typeCost()[t]);
        once.setCoefficient(x[k][q], 1);
        if (perType[t] != null) {
          perType[t].setCoefficient(x[k][q], 1);
        }
      }
    }
    MPObjective objective = solver.objective();
    int rows = 0;
    for (int g = 0; g < groups.size(); g++) {
      for (int q = 0; q < phases; q++) {
        MPVariable z = solver.makeNumVar(0, 1, "z" + g + "_" + q);
        objective.setCoefficient(z, groups.weight(g, q));
        if (p.anyType()) {
          MPConstraint row = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
          row.setCoefficient(z, 1);
          for (int t : groups.missing(g)) {
            addReach(row, x, pairOf.get(t), groups.covering(g), q);
          }
          rows++;
        } else {
          for (int t : groups.missing(g)) {
            MPConstraint row = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
            row.setCoefficient(z, 1);
            addReach(row, x, pairOf.get(t), groups.covering(g), q);
            rows++;
          }
        }
      }
    }
    objective.setMaximization();
    long millis = control.remainingNanos() / 1_000_000;
    if (millis <= 0 || rows == 0) {
      return null;
    }
    List<MPVariable> hinted = new ArrayList<>();
    for (Site h : hint) {
      Integer k = pairOf.get(h.type()).get(h.candidate());
      if (k != null) {
        hinted.add(x[k][h.phase()]);
      }
    }
    double[] ones = new double[hinted.size()];
    Arrays.fill(ones, 1);
    solver.setHint(hinted.toArray(new MPVariable[0]), ones);
    MPSolver.ResultStatus status = MipSiting.solveExact(solver, millis, control);
    if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
      return null;
    }
    List<Site> sites = new ArrayList<>();
    for (int k = 0; k < pairs.size(); k++) {
      for (int q = 0; q < phases; q++) {
        if (x[k][q].solutionValue() > 0.5) {
          sites.add(new Site(pairs.get(k)[0], pairs.get(k)[1], q));
        }
      }
    }
    double value = objective.value();
    double bound = objective.bestBound();
    if (Double.isNaN(bound) || Double.isInfinite(bound)) {
      bound = Double.POSITIVE_INFINITY;
    }
    boolean optimal = status == MPSolver.ResultStatus.OPTIMAL && !control.cancelled();
    if (optimal) {
      bound = value;
    }
    return new Result(
        optimal ? SitingStatus.OPTIMAL : SitingStatus.FEASIBLE,
        sites,
        value,
        bound,
        SitingResult.gap(value, bound),
        pairs.size(),
        distinctSites(pairs),
        groups.size(),
        millis(start));
  }

  /** Adds every kept site of one type reaching the group, built in phase q or before. */
  private static void addReach(
      MPConstraint row, MPVariable[][] x, Map<Integer, Integer> pairs, int[] covering, int q) {
    for (int j : covering) {
      Integer k = pairs.get(j);
      if (k != null) {
        for (int r = 0; r <= q; r++) {
          row.setCoefficient(x[k][r], -1);
        }
      }
    }
  }

  /**
   * The (site, type) pairs left by the reductions: j reaches some group lacking t, and no other
   * site reaches a superset of those groups (ties: the lower index stays). A dominator is looked
   * for only among the sites reaching j's least-reached group, since it must reach that one too.
   */
  static List<int[]> keptPairs(JointProblem p, Groups groups) {
    List<int[]> kept = new ArrayList<>();
    for (int t = 0; t < p.typeCount(); t++) {
      // groups lacking t reached by each site, ascending
      Map<Integer, List<Integer>> reach = new HashMap<>();
      for (int g = 0; g < groups.size(); g++) {
        if (contains(groups.missing(g), t)) {
          for (int j : groups.covering(g)) {
            if (p.allowed(j, t)) {
              reach.computeIfAbsent(j, key -> new ArrayList<>()).add(g);
            }
          }
        }
      }
      Map<Integer, int[]> sets = new HashMap<>();
      reach.forEach((j, gs) -> sets.put(j, gs.stream().mapToInt(Integer::intValue).toArray()));
      List<Integer> sites = new ArrayList<>(sets.keySet());
      sites.sort(null);
      for (int j : sites) {
        int[] mine = sets.get(j);
        int rarest = mine[0];
        for (int g : mine) {
          if (groups.covering(g).length < groups.covering(rarest).length) {
            rarest = g;
          }
        }
        boolean dominated = false;
        for (int other : groups.covering(rarest)) {
          int[] theirs = sets.get(other);
          if (other == j || theirs == null || theirs.length < mine.length) {
            continue;
          }
          if ((theirs.length > mine.length || other < j) && subset(mine, theirs)) {
            dominated = true;
            break;
          }
        }
        if (!dominated) {
          kept.add(new int[] {j, t});
        }
      }
    }
    return kept;
  }

  private static boolean contains(int[] sorted, int v) {
    return Arrays.binarySearch(sorted, v) >= 0;
  }

  /** Whether ascending {@code a} ⊆ ascending {@code b}. */
  static boolean subset(int[] a, int[] b) {
    int k = 0;
    for (int v : a) {
      while (k < b.length && b[k] < v) {
        k++;
      }
      if (k == b.length || b[k] != v) {
        return false;
      }
      k++;
    }
    return true;
  }

  private static int distinctSites(List<int[]> pairs) {
    return (int) pairs.stream().mapToInt(a -> a[0]).distinct().count();
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /**
   * Demands merged by (reach set, missing types), weights summed per phase; demands lacking
   * nothing, or lacking a type no candidate reaches them with (every candidate reaches them with
   * every type, so that is: reached by none), are left out.
   */
  static final class Groups {
    private final List<int[]> covering = new ArrayList<>();
    private final List<int[]> missing = new ArrayList<>();
    private final List<long[]> weights = new ArrayList<>();

    static Groups of(JointProblem p) {
      Groups out = new Groups();
      Map<IntsKey, Integer> index = new HashMap<>();
      for (int i = 0; i < p.demandCount(); i++) {
        int[] cov = p.covering().get(i);
        int[] miss = Arrays.stream(p.needs(i)).sorted().distinct().toArray();
        if (cov.length == 0 || miss.length == 0) {
          continue;
        }
        int[] values = Arrays.copyOf(cov, cov.length + miss.length + 1);
        values[cov.length] = -1;
        System.arraycopy(miss, 0, values, cov.length + 1, miss.length);
        // a group's identity: its reach set, -1, its missing types (compared by value)
        IntsKey key = new IntsKey(values);
        Integer g = index.get(key);
        if (g == null) {
          g = out.covering.size();
          index.put(key, g);
          out.covering.add(cov.clone());
          out.missing.add(miss);
          out.weights.add(p.weights().get(i).clone());
        } else {
          long[] w = out.weights.get(g);
          long[] add = p.weights().get(i);
          for (int q = 0; q < w.length; q++) {
            w[q] += add[q];
          }
        }
      }
      return out;
    }

    int size() {
      return covering.size();
    }

    int[] covering(int g) {
      return covering.get(g);
    }

    int[] missing(int g) {
      return missing.get(g);
    }

    long weight(int g, int phase) {
      return weights.get(g)[phase];
    }
  }
}
