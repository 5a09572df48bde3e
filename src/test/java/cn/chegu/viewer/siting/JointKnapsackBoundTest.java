package cn.chegu.viewer.siting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The joint solve's LP-free bound ({@link JointSiting#knapsackBound}) is never below the optimum:
 * on random small instances (2–3 types, any-type or every-type, 1–2 phases) the optimum is found by
 * trying every set of (site, type, phase) choices within the budgets; and on the hand instance of
 * {@link JointSitingTest} it can be checked by hand.
 */
class JointKnapsackBoundTest {

  @Test
  void onTheHandInstanceTheBoundIsTheTwoBestPairs() {
    // one phase, 2 units, cost 1 each; v(A, clinic) = v(B, clinic) = 100/2, v(A, park) = v(B,
    // park) = 100/2, v(C, park) = 60, v(C, clinic) = 50: the two best are 60 + 50 = 110 — the
    // optimum itself
    JointProblem p =
        new JointProblem(
            3,
            List.of(new int[] {0, 1}, new int[] {2}, new int[] {2}),
            List.of(new int[] {0, 1}, new int[] {1}, new int[] {0}),
            List.of(new long[] {100}, new long[] {60}, new long[] {50}),
            false,
            new double[] {1, 1},
            new double[] {2},
            0,
            List.of());
    JointSiting.Groups groups = JointSiting.Groups.of(p);
    assertThat(JointSiting.knapsackBound(p, groups, JointSiting.keptPairs(p, groups)))
        .isEqualTo(110);
  }

  @Test
  void theBoundIsNeverBelowTheOptimumOnRandomInstances() {
    int below = 0;
    int tight = 0;
    for (int seed = 0; seed < 300; seed++) {
      Random random = new Random(seed);
      int demands = 3 + random.nextInt(12);
      int candidates = 2 + random.nextInt(3);
      int types = 2 + random.nextInt(2);
      int phases = 1 + random.nextInt(2);
      boolean anyType = random.nextInt(4) == 0;
      List<int[]> covering = new ArrayList<>();
      List<int[]> missing = new ArrayList<>();
      List<long[]> weights = new ArrayList<>();
      for (int i = 0; i < demands; i++) {
        covering.add(
            random.ints(1 + random.nextInt(3), 0, candidates).sorted().distinct().toArray());
        missing.add(random.ints(1 + random.nextInt(types), 0, types).sorted().distinct().toArray());
        weights.add(random.longs(phases, 1, 20).toArray());
      }
      double[] cost = random.doubles(types).map(c -> c < 0.5 ? 1 : 2).toArray();
      double[] budget = random.doubles(phases).map(b -> 1 + Math.floor(b * 3)).toArray();
      JointProblem p =
          new JointProblem(
              candidates, covering, missing, weights, anyType, cost, budget, 0, List.of());
      JointSiting.Groups groups = JointSiting.Groups.of(p);
      List<int[]> pairs = JointSiting.keptPairs(p, groups);
      double bound = JointSiting.knapsackBound(p, groups, pairs);
      double optimum = bruteForce(p, groups, candidates, types, phases);
      assertThat(bound).as("seed %d", seed).isGreaterThanOrEqualTo(optimum);
      JointSiting.Result r =
          new JointSiting().solve(p, SolveControl.within(Duration.ofSeconds(10)));
      assertThat(r.objective())
          .as("seed %d: the MIP's optimum", seed)
          .isCloseTo(optimum, org.assertj.core.data.Offset.offset(1e-6));
      assertThat(r.bound()).as("seed %d", seed).isGreaterThanOrEqualTo(optimum - 1e-6);
      below += bound < optimum ? 1 : 0;
      tight += bound == optimum ? 1 : 0;
    }
    assertThat(below).isZero();
    assertThat(tight).as("instances where the bound is the optimum").isPositive();
  }

  /** Every assignment of each (site, type) to a phase or to none, within the phase budgets. */
  private static double bruteForce(
      JointProblem p, JointSiting.Groups groups, int candidates, int types, int phases) {
    int pairs = candidates * types;
    int[] choice = new int[pairs]; // -1 none, else phase
    java.util.Arrays.fill(choice, -1);
    double best = 0;
    long combos = (long) Math.pow(phases + 1, pairs);
    for (long code = 0; code < combos; code++) {
      long c = code;
      double[] spent = new double[phases];
      List<JointSiting.Site> sites = new ArrayList<>();
      boolean ok = true;
      for (int k = 0; k < pairs && ok; k++) {
        int ph = (int) (c % (phases + 1)) - 1;
        c /= phases + 1;
        if (ph >= 0) {
          int j = k / types;
          int t = k % types;
          spent[ph] += p.typeCost()[t];
          ok = spent[ph] <= p.phaseBudget()[ph] + 1e-9;
          sites.add(new JointSiting.Site(j, t, ph));
        }
      }
      if (ok) {
        best = Math.max(best, JointSiting.value(p, groups, sites));
      }
    }
    return best;
  }
}
