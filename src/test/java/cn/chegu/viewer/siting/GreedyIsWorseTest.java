package cn.chegu.viewer.siting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The classic trap for greedy covering:
 *
 * <pre>
 *        c (40)    a (50)    b (50)    d (40)
 *          \______/    \______/    \______/
 *             L           X           R
 * </pre>
 *
 * X covers a, b (100) and looks best alone; L covers c, a (90); R covers b, d (90). With two sites
 * greedy takes X then L (100 + 40 = 140); the optimum is L + R = 180.
 */
class GreedyIsWorseTest {

  static final int L = 0;
  static final int X = 1;
  static final int R = 2;

  // demands: c, a, b, d
  final MclpProblem problem =
      new MclpProblem(
          CoverageSets.of(3, new int[] {L}, new int[] {L, X}, new int[] {X, R}, new int[] {R}),
          DemandWeights.of(40, 50, 50, 40),
          2);

  @Test
  void greedyTakesTheBigMiddleSite() {
    SitingResult r = new GreedySiting().solve(problem);

    assertThat(r.candidates()).containsExactly(X, L);
    assertThat(r.newlyCoveredResidents()).isEqualTo(140);
    assertThat(r.status()).isEqualTo(SitingStatus.FEASIBLE);
    assertThat(r.bound()).isGreaterThanOrEqualTo(180.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"portfolio", "CBC", "SCIP"})
  void exactFindsBothOuterSites(String solver) {
    TenSeconds exact =
        solver.equals("portfolio") ? TenSeconds.portfolio() : TenSeconds.mipAlone(solver);
    SitingResult r = exact.solve(problem);

    assertThat(r.candidates()).containsExactlyInAnyOrder(L, R);
    assertThat(r.newlyCoveredResidents()).isEqualTo(180);
    assertThat(r.status()).isEqualTo(SitingStatus.OPTIMAL);
  }
}
