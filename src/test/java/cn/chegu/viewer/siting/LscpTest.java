package cn.chegu.viewer.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/**
 * Five demands of 10 residents on a ring, four candidates:
 *
 * <pre>
 *   A = {0, 1}   B = {1, 2, 3}   C = {3, 4}   D = {4, 0}
 *
 *        0 --- 1 --- 2
 *        |  A    B   |
 *        4 --------- 3
 *          D      C
 * </pre>
 *
 * Every resident (100 %) needs two sites (B + D); 60 % needs one (B, 30 of 50).
 */
class LscpTest {

  static final int A = 0;
  static final int B = 1;
  static final int D = 3;

  static final CoverageSets RING =
      CoverageSets.of(
          4, new int[] {A, D}, new int[] {A, B}, new int[] {B}, new int[] {B, 2}, new int[] {2, D});
  static final DemandWeights TEN_EACH = DemandWeights.of(10, 10, 10, 10, 10);

  final TenSeconds exact = TenSeconds.portfolio();

  @Test
  void everyoneCoveredNeedsTwoSites() {
    SitingResult r = exact.solve(new LscpProblem(RING, TEN_EACH, 1.0));

    assertThat(r.candidates()).containsExactlyInAnyOrder(B, D);
    assertThat(r.objective()).isEqualTo(2.0);
    assertThat(r.shareAfter()).isEqualTo(1.0);
    assertThat(r.status()).isEqualTo(SitingStatus.OPTIMAL);
  }

  @Test
  void sixtyPercentNeedsOneSite() {
    SitingResult r = exact.solve(new LscpProblem(RING, TEN_EACH, 0.6));

    assertThat(r.candidates()).containsExactly(B);
    assertThat(r.shareAfter()).isEqualTo(0.6);
  }

  @Test
  void targetAlreadyMetByExistingFacilitiesNeedsNoSite() {
    BitSet existing = new BitSet();
    existing.set(0, 3); // 30 of 50 residents already covered

    SitingResult r = exact.solve(new LscpProblem(RING, TEN_EACH, existing, 0.6));

    assertThat(r.sites()).isEmpty();
    assertThat(r.shareBefore()).isEqualTo(0.6);
    assertThat(r.status()).isEqualTo(SitingStatus.OPTIMAL);
  }

  @Test
  void alreadyCoveredDemandsCountTowardsTheShareOnly() {
    BitSet existing = new BitSet();
    existing.set(0, 3); // demands 0, 1, 2 covered: 3 and 4 remain, C covers both

    SitingResult r = exact.solve(new LscpProblem(RING, TEN_EACH, existing, 1.0));

    assertThat(r.candidates()).containsExactly(2);
    assertThat(r.newlyCoveredResidents()).isEqualTo(20);
  }

  @Test
  void unreachableTargetIsAPreciseException() {
    // a sixth demand (50 residents) no candidate reaches: at most 50 of 100 can be covered
    CoverageSets withIsland =
        CoverageSets.of(
            4,
            new int[] {A, D},
            new int[] {A, B},
            new int[] {B},
            new int[] {B, 2},
            new int[] {2, D},
            new int[] {});
    LscpProblem problem =
        new LscpProblem(withIsland, DemandWeights.of(10, 10, 10, 10, 10, 50), 0.9);

    assertThatThrownBy(() -> exact.solve(problem))
        .isInstanceOf(InfeasibleTargetException.class)
        .hasMessageContaining("0.9000")
        .hasMessageContaining("at most 0.5000")
        .satisfies(e -> assertThat(((InfeasibleTargetException) e).maximumShare()).isEqualTo(0.5));
    assertThatThrownBy(() -> new GreedySiting().solve(problem))
        .isInstanceOf(InfeasibleTargetException.class);
  }
}
