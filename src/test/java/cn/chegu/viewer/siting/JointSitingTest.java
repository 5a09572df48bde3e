package cn.chegu.viewer.siting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Joint siting on a hand-made instance whose optimum is plain to see. Two types, clinic (0) and
 * park (1), one cost unit each; three candidate sites A (0), B (1), C (2):
 *
 * <pre>
 *   demand  residents  lacks          reached by
 *   d0      100        clinic, park   A, B
 *   d1       60        park           C
 *   d2       50        clinic         C
 * </pre>
 *
 * With 2 units: a clinic and a park at A complete d0 (100); a clinic and a park at C complete d1
 * and d2 (110) — the optimum. Each type on its own (one unit each) would pick A or B for both (each
 * alone reaches 100 lacking it), completing d0 only: 100. Completeness is not separable.
 */
class JointSitingTest {

  private static final List<int[]> COVERING =
      List.of(new int[] {0, 1}, new int[] {2}, new int[] {2});
  private static final List<int[]> MISSING =
      List.of(new int[] {0, 1}, new int[] {1}, new int[] {0});

  private static List<long[]> weights(int phases) {
    long[][] w = {{100}, {60}, {50}};
    return List.of(repeat(w[0][0], phases), repeat(w[1][0], phases), repeat(w[2][0], phases));
  }

  private static long[] repeat(long v, int n) {
    long[] out = new long[n];
    java.util.Arrays.fill(out, v);
    return out;
  }

  /** The hand instance with phases, type costs, phase budgets and a most-per-type. */
  private static JointProblem hand(int phases, double[] cost, double[] budget, int maxPerType) {
    return hand(phases, cost, budget, maxPerType, List.of());
  }

  private static JointProblem hand(
      int phases, double[] cost, double[] budget, int maxPerType, List<BitSet> forbidden) {
    return new JointProblem(
        3, COVERING, MISSING, weights(phases), false, cost, budget, maxPerType, forbidden);
  }

  private static JointSiting.Result solve(JointProblem p) {
    return new JointSiting().solve(p, SolveControl.within(Duration.ofSeconds(10)));
  }

  @Test
  void bothTypesGoWhereTogetherTheyCompleteMost() {
    JointSiting.Result r = solve(hand(1, new double[] {1, 1}, new double[] {2}, 0));

    assertThat(r.status()).isEqualTo(SitingStatus.OPTIMAL);
    assertThat(r.objective()).isEqualTo(110.0);
    assertThat(r.sites())
        .containsExactlyInAnyOrder(new JointSiting.Site(2, 0, 0), new JointSiting.Site(2, 1, 0));
  }

  @Test
  void theGreedyIncumbentIsWorseHereAndTheMipFixesIt() {
    // greedy takes the park at C first (d1: 60 residents on one unit), then ties a clinic at A
    // (half of d0) with a clinic at C (d2) and takes A: 60 in all, where the MIP proves 110
    JointProblem p = hand(1, new double[] {1, 1}, new double[] {2}, 0);
    JointSiting.Groups groups = JointSiting.Groups.of(p);
    List<JointSiting.Site> greedy = JointSiting.greedy(p, groups, JointSiting.keptPairs(p, groups));

    assertThat(JointSiting.value(p, groups, greedy)).isEqualTo(60.0);
    assertThat(solve(p).objective()).isEqualTo(110.0);
  }

  @Test
  void aDearerTypeChangesThePlan() {
    // a park costs 2: with 2 units only one site fits; a park completes nothing alone except d1,
    // a clinic alone completes d2 only: the park at C (60) beats the clinic at C (50)
    JointSiting.Result r = solve(hand(1, new double[] {1, 2}, new double[] {2}, 0));

    assertThat(r.objective()).isEqualTo(60.0);
    assertThat(r.sites()).containsExactly(new JointSiting.Site(2, 1, 0));
  }

  @Test
  void phasesBuildTheQuickWinFirst() {
    // one unit a phase; the objective sums the residents complete in each phase: the park at C
    // first (d1: 60), then the clinic at C (110) = 170; clinic first would give 50 + 110 = 160
    JointSiting.Result r = solve(hand(2, new double[] {1, 1}, new double[] {1, 1}, 0));

    assertThat(r.status()).isEqualTo(SitingStatus.OPTIMAL);
    assertThat(r.objective()).isEqualTo(170.0);
    assertThat(r.sites())
        .containsExactlyInAnyOrder(new JointSiting.Site(2, 1, 0), new JointSiting.Site(2, 0, 1));
  }

  @Test
  void maxPerTypeIsKept() {
    // budget 4 but at most one site per type: still 110 (C gets one of each)
    JointSiting.Result r = solve(hand(1, new double[] {1, 1}, new double[] {4}, 1));

    assertThat(r.sites()).hasSize(2);
    assertThat(r.objective()).isEqualTo(110.0);
  }

  @Test
  void aSingleServiceStandardTakesTheCheapestTypeThatReaches() {
    // any type completes: with one unit only a clinic (cost 1, not a park at 3) fits; at C it
    // reaches d1 and d2 (110), more than d0 at A or B (100)
    List<int[]> any = List.of(new int[] {0, 1}, new int[] {0, 1}, new int[] {0, 1});
    JointSiting.Result r =
        solve(
            new JointProblem(
                3,
                COVERING,
                any,
                weights(1),
                true,
                new double[] {1, 3},
                new double[] {1},
                0,
                List.of()));

    assertThat(r.objective()).isEqualTo(110.0);
    assertThat(r.sites()).containsExactly(new JointSiting.Site(2, 0, 0));
  }

  @Test
  void dominatedSitesAreLeftOutOfTheModel() {
    // A and B reach exactly the same demands: B (the higher index) is dropped for both types
    JointProblem p = hand(1, new double[] {1, 1}, new double[] {2}, 0);
    List<int[]> kept = JointSiting.keptPairs(p, JointSiting.Groups.of(p));

    assertThat(kept)
        .extracting(a -> a[0] + ":" + a[1])
        .containsExactlyInAnyOrder("0:0", "2:0", "0:1", "2:1");
  }

  @Test
  void aForbiddenSiteTypePairIsNeverChosen() {
    // a land rule (e.g. spacing to an existing clinic) forbids a clinic at C: a clinic at A or B
    // and a park at A complete d0 (100), the best left; a park at C alone completes d1 (60) only
    BitSet noClinicAtC = new BitSet();
    noClinicAtC.set(2);
    JointSiting.Result r =
        solve(
            hand(1, new double[] {1, 1}, new double[] {2}, 0, List.of(noClinicAtC, new BitSet())));
    assertThat(r.status()).isEqualTo(SitingStatus.OPTIMAL);
    assertThat(r.objective()).isEqualTo(100.0);
    assertThat(r.sites()).doesNotContain(new JointSiting.Site(2, 0, 0));
  }
}
