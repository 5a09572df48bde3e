package cn.chegu.viewer.siting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/**
 * Two demands and three candidates on a line (metres), walking at 100 m/min, cutoff 10 min:
 *
 * <pre>
 *   x:    0      500    1000   1500          3000
 *         d0     c0     d1     c1            c2
 * </pre>
 *
 * d0: c0 5 min, c1 15 min (beyond), c2 30 (beyond). d1: c0 5, c1 5, c2 20 (beyond).
 */
class CostMatrixTest {

  static final Coordinate[] DEMANDS = {new Coordinate(0, 0), new Coordinate(1000, 0)};
  static final Coordinate[] SITES = {
    new Coordinate(500, 0), new Coordinate(1500, 0), new Coordinate(3000, 0)
  };

  @Test
  void euclideanKeepsOnlyPairsWithinTheCutoff() {
    CostMatrix m = CostMatrix.euclidean(DEMANDS, SITES, 100, 10);

    assertThat(m.pairCount()).isEqualTo(3);
    assertThat(m.minutes(0, 0)).isEqualTo(5.0);
    assertThat(m.minutes(0, 1)).isInfinite();
    assertThat(m.minutes(1, 0)).isEqualTo(5.0);
    assertThat(m.minutes(1, 1)).isEqualTo(5.0);
    assertThat(m.minutes(1, 2)).isInfinite();
  }

  @Test
  void computedFromAFunctionAndFromPairsAgreeWithEuclidean() {
    CostMatrix computed =
        CostMatrix.compute(2, 3, 10, (i, j) -> DEMANDS[i].distance(SITES[j]) / 100);
    // pairs in any order, one beyond the cutoff, one repeated with a longer time
    CostMatrix pairs =
        CostMatrix.ofPairs(
            2,
            3,
            10,
            new int[] {1, 0, 1, 1, 0},
            new int[] {1, 0, 0, 1, 2},
            new double[] {5, 5, 5, 7, 30});

    for (CostMatrix m : new CostMatrix[] {computed, pairs}) {
      assertThat(m.pairCount()).isEqualTo(3);
      assertThat(m.minutes(0, 0)).isEqualTo(5.0);
      assertThat(m.minutes(1, 1)).isEqualTo(5.0);
      assertThat(m.minutes(0, 2)).isInfinite();
    }
  }

  @Test
  void coverageSetsUseTheStandardsLimitNotTheCutoff() {
    CostMatrix m = CostMatrix.compute(2, 3, 10, (i, j) -> i == 1 && j == 1 ? 8 : 4);

    CoverageSets within5 = CoverageSets.within(m, 5);

    assertThat(within5.candidatesCovering(0)).containsExactly(0, 1, 2);
    assertThat(within5.candidatesCovering(1)).containsExactly(0, 2);
  }

  @Test
  void existingFacilitiesFlagDemandsAlreadyCovered() {
    // one existing facility at x = 200: d0 is 2 min away, d1 8 min
    CostMatrix existing =
        CostMatrix.euclidean(DEMANDS, new Coordinate[] {new Coordinate(200, 0)}, 100, 10);

    assertThat(CoverageSets.alreadyCovered(existing, 5).stream()).containsExactly(0);
    assertThat(CoverageSets.alreadyCovered(existing, 10).stream()).containsExactly(0, 1);
  }
}
