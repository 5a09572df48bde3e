package cn.chegu.viewer.siting;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Greedy largest-marginal-gain on a reduced instance, with exact incremental gains (ties: lowest
 * index) and the submodularity bounds of the package javadoc.
 */
final class GreedyRun {

  final int[] chosen; // reduced candidate indices, in order chosen
  final long[] gains; // marginal gain of each
  final long covered;
  final double bound; // MCLP: upper bound on residents; LSCP: lower bound on sites

  private GreedyRun(int[] chosen, long[] gains, long covered, double bound) {
    this.chosen = chosen;
    this.gains = gains;
    this.covered = covered;
    this.bound = bound;
  }

  /** At most k sites, stopping when nothing more is gained. */
  static GreedyRun mclp(ReducedInstance r, int k) {
    return run(r, k, Long.MAX_VALUE, null);
  }

  /** Sites until {@code need} residents are covered or nothing more is gained. */
  static GreedyRun lscp(ReducedInstance r, long need) {
    return run(r, Integer.MAX_VALUE, need, null);
  }

  /** Orders a given solution greedily (marginal gains), dropping sites that add nothing. */
  static GreedyRun attribute(ReducedInstance r, BitSet allowed) {
    return run(r, allowed.cardinality(), Long.MAX_VALUE, allowed);
  }

  private static GreedyRun run(ReducedInstance r, int maxSites, long need, BitSet allowed) {
    int m = r.candidates.length;
    long[] gain = new long[m];
    for (int j = 0; j < m; j++) {
      if (allowed == null || allowed.get(j)) {
        for (int g : r.covers[j]) {
          gain[j] += r.weights[g];
        }
      }
    }
    boolean[] coveredGroup = new boolean[r.weights.length];
    int[] chosen = new int[Math.min(maxSites, m)];
    long[] gains = new long[chosen.length];
    int n = 0;
    long covered = 0;
    boolean mclp = need == Long.MAX_VALUE;
    double bound = mclp ? Double.POSITIVE_INFINITY : 0;
    while (true) {
      if (mclp) {
        bound = Math.min(bound, covered + topSum(gain, maxSites));
      } else if (covered < need) {
        bound = Math.max(bound, fewestReaching(gain, need - covered));
      }
      if (n == chosen.length || covered >= need) {
        break;
      }
      int best = -1;
      for (int j = 0; j < m; j++) {
        if (gain[j] > 0 && (best < 0 || gain[j] > gain[best])) {
          best = j;
        }
      }
      if (best < 0) {
        break;
      }
      chosen[n] = best;
      gains[n++] = gain[best];
      covered += gain[best];
      for (int g : r.covers[best]) {
        if (!coveredGroup[g]) {
          coveredGroup[g] = true;
          for (int j : r.sets[g]) {
            gain[j] -= r.weights[g];
          }
        }
      }
    }
    if (!mclp) {
      bound = Math.max(bound, covered >= need && need > 0 ? 1 : 0);
    }
    return new GreedyRun(Arrays.copyOf(chosen, n), Arrays.copyOf(gains, n), covered, bound);
  }

  private static long topSum(long[] gain, int t) {
    long[] sorted = gain.clone();
    Arrays.sort(sorted);
    long sum = 0;
    for (int p = sorted.length - 1; p >= 0 && p >= sorted.length - t; p--) {
      sum += sorted[p];
    }
    return sum;
  }

  /** Fewest gains whose sum reaches {@code remaining} (MAX_VALUE if all together fall short). */
  private static double fewestReaching(long[] gain, long remaining) {
    long[] sorted = gain.clone();
    Arrays.sort(sorted);
    long sum = 0;
    int count = 0;
    for (int p = sorted.length - 1; p >= 0 && sorted[p] > 0; p--) {
      sum += sorted[p];
      count++;
      if (sum >= remaining) {
        return count;
      }
    }
    return Double.POSITIVE_INFINITY;
  }
}
