package cn.chegu.viewer.siting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.BitSet;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 50 seeded random instances (30 demands, 12 candidates, each pair covering with probability 0.2,
 * some demands already covered), small enough to enumerate every site set: exact must equal the
 * enumerated optimum, greedy must not beat it, and both must stay within their own bounds.
 */
class RandomInstancesTest {

  static final int DEMANDS = 30;
  static final int CANDIDATES = 12;

  static IntStream seeds() {
    return IntStream.range(0, 50);
  }

  record Instance(CoverageSets coverage, DemandWeights weights, BitSet already, int k) {}

  static Instance instance(long seed) {
    Random rnd = new Random(seed);
    int[][] sets = new int[DEMANDS][];
    long[] w = new long[DEMANDS];
    BitSet already = new BitSet();
    for (int i = 0; i < DEMANDS; i++) {
      sets[i] = IntStream.range(0, CANDIDATES).filter(j -> rnd.nextDouble() < 0.2).toArray();
      w[i] = 1 + rnd.nextInt(100);
      if (rnd.nextDouble() < 0.15) {
        already.set(i);
      }
    }
    return new Instance(
        CoverageSets.of(CANDIDATES, sets), DemandWeights.of(w), already, 1 + rnd.nextInt(4));
  }

  /** Residents newly covered by the candidate subset {@code mask}. */
  static long newlyCovered(Instance in, int mask) {
    long sum = 0;
    for (int i = 0; i < DEMANDS; i++) {
      if (in.already.get(i)) {
        continue;
      }
      for (int j : in.coverage.candidatesCovering(i)) {
        if ((mask >> j & 1) == 1) {
          sum += in.weights.residents(i);
          break;
        }
      }
    }
    return sum;
  }

  final TenSeconds exact = TenSeconds.portfolio();
  final TenSeconds cbcAlone = TenSeconds.mipAlone("CBC");
  final GreedySiting greedy = new GreedySiting();
  final ExactSiting portfolio = new ExactSiting();
  final ExactSiting mipAlone = new ExactSiting("SCIP", 1, false);

  static SolveControl tenSeconds() {
    return SolveControl.within(Duration.ofSeconds(10));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void mclpPortfolioAndEachMipAreTheEnumeratedOptimumAndAtLeastGreedy(long seed) {
    Instance in = instance(seed);
    long best = 0;
    for (int mask = 0; mask < 1 << CANDIDATES; mask++) {
      if (Integer.bitCount(mask) <= in.k) {
        best = Math.max(best, newlyCovered(in, mask));
      }
    }
    MclpProblem p = new MclpProblem(in.coverage, in.weights, in.already, in.k);

    SitingResult e = exact.solve(p);
    SitingResult g = greedy.solve(p);
    SitingResult b = cbcAlone.solve(p);

    assertThat(b.status()).isEqualTo(SitingStatus.OPTIMAL);
    assertThat(b.newlyCoveredResidents()).isEqualTo(best);
    assertThat(e.status()).isEqualTo(SitingStatus.OPTIMAL);
    assertThat(e.newlyCoveredResidents()).isEqualTo(best);
    assertThat(e.sites()).hasSizeLessThanOrEqualTo(in.k);
    int chosen = e.candidates().stream().mapToInt(j -> 1 << j).sum();
    assertThat(newlyCovered(in, chosen)).isEqualTo(best);
    assertThat(e.sites().stream().mapToLong(SitingResult.Site::newlyCoveredResidents).sum())
        .isEqualTo(best);
    assertThat(g.objective()).isLessThanOrEqualTo(e.objective());
    assertThat(g.bound()).isGreaterThanOrEqualTo(best);
    for (SitingResult x :
        new SitingResult[] {portfolio.solve(p, tenSeconds()), mipAlone.solve(p, tenSeconds())}) {
      assertThat(x.status()).isEqualTo(SitingStatus.OPTIMAL);
      assertThat(x.newlyCoveredResidents()).isEqualTo(best);
      assertThat(x.bound()).isEqualTo((double) best);
      assertThat(newlyCovered(in, x.candidates().stream().mapToInt(j -> 1 << j).sum()))
          .isEqualTo(best);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void lscpExactIsTheEnumeratedMinimumAndAtMostGreedy(long seed) {
    Instance in = instance(seed);
    double target = 0.5 + 0.01 * (seed % 40);
    long total = in.weights.totalResidents();
    long before = Problems.alreadyCoveredResidents(in.weights, in.already);
    long need = (long) Math.ceil(target * total - 1e-9) - before;
    int fewest = Integer.MAX_VALUE;
    for (int mask = 0; mask < 1 << CANDIDATES; mask++) {
      if (newlyCovered(in, mask) >= need) {
        fewest = Math.min(fewest, Integer.bitCount(mask));
      }
    }
    LscpProblem p = new LscpProblem(in.coverage, in.weights, in.already, target);
    if (fewest == Integer.MAX_VALUE) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> exact.solve(p))
          .isInstanceOf(InfeasibleTargetException.class);
      return;
    }

    SitingResult e = exact.solve(p);
    SitingResult g = greedy.solve(p);

    assertThat(e.status()).isEqualTo(SitingStatus.OPTIMAL);
    assertThat(e.sites()).hasSize(fewest);
    assertThat(e.shareAfter()).isGreaterThanOrEqualTo(target - 1e-12);
    assertThat(g.sites()).hasSizeGreaterThanOrEqualTo(fewest);
    assertThat(g.shareAfter()).isGreaterThanOrEqualTo(target - 1e-12);
    assertThat(g.bound()).isLessThanOrEqualTo(fewest);
    SitingResult m = portfolio.solve(p, tenSeconds()); // greedy, then the MIP
    assertThat(m.status()).isEqualTo(SitingStatus.OPTIMAL);
    assertThat(m.sites()).hasSize(fewest);
    assertThat(m.shareAfter()).isGreaterThanOrEqualTo(target - 1e-12);
  }
}
