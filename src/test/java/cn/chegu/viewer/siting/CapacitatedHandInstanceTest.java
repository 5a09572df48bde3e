package cn.chegu.viewer.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Three cells of 400 residents, two candidates; the rate is 0.01 bed per resident, so each cell
 * needs 4 beds (12 in all):
 *
 * <pre>
 *   cells:     c0 (4)      c1 (4)      c2 (4)
 *                 \          |          /   \
 *                  `-------- A --------'     B
 * </pre>
 *
 * A reaches all three cells, B only c2. Uncapacitated, A alone covers everyone, so a second site
 * adds nothing. With 6 beds per site, A serves 6 of A's 12; B then serves c2's 4 beds, so with two
 * sites the capacitated optimum opens both and serves 10 (A 6, B 4), with one site only A (6).
 */
class CapacitatedHandInstanceTest {

  static final int A = 0;
  static final int B = 1;
  static final CoverageSets ROW =
      CoverageSets.of(2, new int[] {A}, new int[] {A}, new int[] {A, B});
  static final DemandWeights RESIDENTS = DemandWeights.of(400, 400, 400);
  static final double RATE = 0.01;

  static CapacitatedResult solve(int k, double capacity, boolean exact) {
    return new CapacitatedSiting(exact)
        .solve(
            new CapacitatedMclpProblem(ROW, RESIDENTS, k, RATE, capacity),
            SolveControl.within(Duration.ofSeconds(10)));
  }

  @Test
  void uncapacitatedTwoSitesNeedOnlyA() {
    SitingResult r = TenSeconds.portfolio().solve(new MclpProblem(ROW, RESIDENTS, 2));

    assertThat(r.newlyCoveredResidents()).isEqualTo(1200);
    assertThat(r.sites().get(0)).isEqualTo(new SitingResult.Site(A, 1200));
    assertThat(r.sites()).allMatch(s -> s.candidate() == A || s.newlyCoveredResidents() == 0);
  }

  @Test
  void withSixBedsTwoSitesOpenBothAndServeTen() {
    CapacitatedResult r = solve(2, 6, true);

    assertThat(r.candidates()).containsExactly(A, B);
    assertThat(r.sites().get(0).served()).isCloseTo(6, within(1e-6));
    assertThat(r.sites().get(1).served()).isCloseTo(4, within(1e-6));
    assertThat(r.served()).isCloseTo(10, within(1e-6));
    assertThat(r.demandInReach()).isCloseTo(12, within(1e-9));
    assertThat(r.status()).isEqualTo(SitingStatus.OPTIMAL);
    assertThat(r.bound()).isCloseTo(10, within(1e-6));
    assertThat(r.gap()).isZero();
  }

  @Test
  void withSixBedsOneSiteIsAServingSix() {
    CapacitatedResult r = solve(1, 6, true);

    assertThat(r.candidates()).containsExactly(A);
    assertThat(r.served()).isCloseTo(6, within(1e-9));
    // greedy reaches min(k C, demand in reach) = 6: proven without the MIP
    assertThat(r.status()).isEqualTo(SitingStatus.OPTIMAL);
  }

  @Test
  void capacityAboveAllDemandIsTheUncapacitatedAnswer() {
    CapacitatedResult r = solve(1, 12, true);

    assertThat(r.candidates()).containsExactly(A);
    assertThat(r.served()).isCloseTo(RATE * 1200, within(1e-9));
    assertThat(r.status()).isEqualTo(SitingStatus.OPTIMAL);
  }

  @Test
  void greedyFindsTheTenToo() {
    CapacitatedResult r = solve(2, 6, false);

    assertThat(r.method()).isEqualTo(SitingMethod.GREEDY);
    assertThat(r.candidates()).containsExactly(A, B);
    assertThat(r.served()).isCloseTo(10, within(1e-9));
  }
}
