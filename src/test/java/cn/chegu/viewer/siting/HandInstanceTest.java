package cn.chegu.viewer.siting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/**
 * Four demands on a street, three candidate sites:
 *
 * <pre>
 *   demand:     d0 (10)    d1 (50)   d2 (50)    d3 (20)
 *                  |           \       /           |
 *   candidate:     A              B                C
 * </pre>
 *
 * A covers d0, B covers the two heavy demands d1 and d2, C covers d3. One site: B (100 residents).
 * Two sites: B and C (120). Three: all (130).
 */
class HandInstanceTest {

  static final int A = 0;
  static final int B = 1;
  static final int C = 2;

  static final CoverageSets STREET =
      CoverageSets.of(3, new int[] {A}, new int[] {B}, new int[] {B}, new int[] {C});
  static final DemandWeights RESIDENTS = DemandWeights.of(10, 50, 50, 20);

  final TenSeconds exact = TenSeconds.portfolio();
  final GreedySiting greedy = new GreedySiting();

  @Test
  void oneSiteIsTheOneCoveringBothHeavyDemands() {
    SitingResult r = exact.solve(new MclpProblem(STREET, RESIDENTS, 1));

    assertThat(r.candidates()).containsExactly(B);
    assertThat(r.newlyCoveredResidents()).isEqualTo(100);
    assertThat(r.status()).isEqualTo(SitingStatus.OPTIMAL);
    assertThat(r.objective()).isEqualTo(100.0);
    assertThat(r.bound()).isEqualTo(100.0);
    assertThat(r.gap()).isZero();
    assertThat(r.method()).isEqualTo(SitingMethod.EXACT);
  }

  @Test
  void twoSitesAreBThenC_withMarginalGainsInOrder() {
    SitingResult r = exact.solve(new MclpProblem(STREET, RESIDENTS, 2));

    assertThat(r.sites())
        .containsExactly(new SitingResult.Site(B, 100), new SitingResult.Site(C, 20));
    assertThat(r.newlyCoveredResidents()).isEqualTo(120);
    assertThat(r.shareBefore()).isZero();
    assertThat(r.shareAfter()).isEqualTo(120.0 / 130.0);
    assertThat(r.status()).isEqualTo(SitingStatus.OPTIMAL);
  }

  @Test
  void greedyFindsTheSameOnThisInstance() {
    SitingResult r = greedy.solve(new MclpProblem(STREET, RESIDENTS, 2));

    assertThat(r.candidates()).containsExactly(B, C);
    assertThat(r.objective()).isEqualTo(120.0);
    assertThat(r.method()).isEqualTo(SitingMethod.GREEDY);
  }

  @Test
  void moreSitesThanUsefulCandidatesOpensOnlyUsefulOnes() {
    SitingResult r = exact.solve(new MclpProblem(STREET, RESIDENTS, 5));

    assertThat(r.candidates()).containsExactlyInAnyOrder(A, B, C);
    assertThat(r.newlyCoveredResidents()).isEqualTo(130);
  }

  @Test
  void alreadyCoveredDemandsDoNotCount() {
    BitSet existing = new BitSet();
    existing.set(1); // an existing clinic covers d1 and d2
    existing.set(2);

    SitingResult r = exact.solve(new MclpProblem(STREET, RESIDENTS, existing, 1));

    // B would only re-cover d1 and d2: C (20) beats A (10)
    assertThat(r.candidates()).containsExactly(C);
    assertThat(r.newlyCoveredResidents()).isEqualTo(20);
    assertThat(r.alreadyCoveredResidents()).isEqualTo(100);
    assertThat(r.shareBefore()).isEqualTo(100.0 / 130.0);
    assertThat(r.shareAfter()).isEqualTo(120.0 / 130.0);
  }

  @Test
  void modelSizeCountsMergedDemandsAndKeptCandidates() {
    SitingResult r = exact.solve(new MclpProblem(STREET, RESIDENTS, 1));

    // d1 and d2 have the same coverage set {B}: one group
    assertThat(r.modelSize()).isEqualTo(new SitingResult.ModelSize(4, 3, 3, 3));
  }

  @Test
  void aCandidateCoveringASubsetOfAnothersDemandsIsDropped() {
    // D (index 3) covers only d1, which B covers too: D can never do better than B
    CoverageSets withD =
        CoverageSets.of(4, new int[] {A}, new int[] {B, 3}, new int[] {B}, new int[] {C});

    SitingResult r = greedy.solve(new MclpProblem(withD, RESIDENTS, 1));

    assertThat(r.candidates()).containsExactly(B);
    assertThat(r.modelSize().candidates()).isEqualTo(4);
    assertThat(r.modelSize().candidatesKept()).isEqualTo(3);
  }
}
