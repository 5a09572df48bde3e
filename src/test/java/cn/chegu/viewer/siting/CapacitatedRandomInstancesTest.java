package cn.chegu.viewer.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seeded random instances of {@link RandomInstancesTest} (30 demands, 12 candidates), with a
 * rate and a capacity per site drawn per seed. Every site set of at most k candidates is enumerated
 * and its best assignment found by a max flow (source → site, capacity C; site → demand in reach;
 * demand → sink, capacity d_i): the capacitated solver must equal that optimum, never exceed r
 * times the uncapacitated MCLP optimum, and equal it when the capacity exceeds all demand.
 */
class CapacitatedRandomInstancesTest {

  static java.util.stream.IntStream seeds() {
    return RandomInstancesTest.seeds();
  }

  static SolveControl tenSeconds() {
    return SolveControl.within(Duration.ofSeconds(10));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void exactIsTheEnumeratedMaxFlowOptimumAndAtMostTheUncapacitatedOne(long seed) {
    RandomInstancesTest.Instance in = RandomInstancesTest.instance(seed);
    Random rnd = new Random(seed * 31 + 7);
    double rate = 0.001 + rnd.nextDouble() * 0.05;
    double capacity = 0.5 + rnd.nextDouble() * 4;
    CapacitatedMclpProblem p =
        new CapacitatedMclpProblem(
            in.coverage(), in.weights(), in.already(), in.k(), rate, capacity);

    CapacitatedResult exact = new CapacitatedSiting(true).solve(p, tenSeconds());
    CapacitatedResult greedy = new CapacitatedSiting(false).solve(p, tenSeconds());

    double best = 0;
    for (int mask = 0; mask < 1 << RandomInstancesTest.CANDIDATES; mask++) {
      if (Integer.bitCount(mask) <= in.k()) {
        best = Math.max(best, maxFlow(p, mask));
      }
    }
    assertThat(exact.status()).isEqualTo(SitingStatus.OPTIMAL);
    assertThat(exact.served()).isCloseTo(best, within(1e-6 * Math.max(1, best)));
    assertThat(exact.sites()).hasSizeLessThanOrEqualTo(in.k());
    assertThat(exact.sites()).allMatch(s -> s.served() <= capacity + 1e-6);
    int mask = exact.candidates().stream().mapToInt(j -> 1 << j).sum();
    assertThat(maxFlow(p, mask)).isCloseTo(exact.served(), within(1e-6 * Math.max(1, best)));
    assertThat(greedy.served()).isLessThanOrEqualTo(best + 1e-9);
    assertThat(greedy.served()).isLessThanOrEqualTo(greedy.bound() + 1e-9);

    long uncapacitated =
        TenSeconds.portfolio()
            .solve(new MclpProblem(in.coverage(), in.weights(), in.already(), in.k()))
            .newlyCoveredResidents();
    assertThat(exact.served()).isLessThanOrEqualTo(rate * uncapacitated + 1e-9);
    assertThat(exact.served()).isLessThanOrEqualTo(in.k() * capacity + 1e-9);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void capacityAboveAllDemandEqualsTheUncapacitatedMclp(long seed) {
    RandomInstancesTest.Instance in = RandomInstancesTest.instance(seed);
    double rate = 0.02;
    double unlimited = rate * in.weights().totalResidents() + 1;
    CapacitatedMclpProblem p =
        new CapacitatedMclpProblem(
            in.coverage(), in.weights(), in.already(), in.k(), rate, unlimited);

    CapacitatedResult capacitated = new CapacitatedSiting(true).solve(p, tenSeconds());
    SitingResult mclp =
        TenSeconds.portfolio()
            .solve(new MclpProblem(in.coverage(), in.weights(), in.already(), in.k()));

    assertThat(mclp.status()).isEqualTo(SitingStatus.OPTIMAL);
    assertThat(capacitated.status()).isEqualTo(SitingStatus.OPTIMAL);
    assertThat(capacitated.served()).isCloseTo(rate * mclp.newlyCoveredResidents(), within(1e-6));
  }

  /** The most demand the candidates of {@code mask} can serve: a max flow (Edmonds–Karp). */
  static double maxFlow(CapacitatedMclpProblem p, int mask) {
    int m = p.coverage().candidateCount();
    int n = p.coverage().demandCount();
    int source = m + n;
    int sink = source + 1;
    double[][] cap = new double[sink + 1][sink + 1];
    for (int j = 0; j < m; j++) {
      if ((mask >> j & 1) == 1) {
        cap[source][j] = p.capacityPerSite();
      }
    }
    var already = p.alreadyCovered();
    for (int i = 0; i < n; i++) {
      if (already.get(i)) {
        continue;
      }
      cap[m + i][sink] = p.demand(i);
      for (int j : p.coverage().candidatesCovering(i)) {
        cap[j][m + i] = Double.POSITIVE_INFINITY;
      }
    }
    double flow = 0;
    while (true) {
      int[] prev = new int[sink + 1];
      java.util.Arrays.fill(prev, -1);
      prev[source] = source;
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(source);
      while (!queue.isEmpty() && prev[sink] < 0) {
        int u = queue.poll();
        for (int v = 0; v <= sink; v++) {
          if (prev[v] < 0 && cap[u][v] > 1e-12) {
            prev[v] = u;
            queue.add(v);
          }
        }
      }
      if (prev[sink] < 0) {
        return flow;
      }
      double push = Double.POSITIVE_INFINITY;
      for (int v = sink; v != source; v = prev[v]) {
        push = Math.min(push, cap[prev[v]][v]);
      }
      for (int v = sink; v != source; v = prev[v]) {
        cap[prev[v]][v] -= push;
        cap[v][prev[v]] += push;
      }
      flow += push;
    }
  }
}
