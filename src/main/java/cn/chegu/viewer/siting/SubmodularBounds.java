package cn.chegu.viewer.siting;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Upper bounds on the MCLP value of any k-set containing a given set A, from submodularity: f(S)
 * &le; f(A) + sum of the (k - |A|) largest marginal gains rho_l(A) (package javadoc, reduction 4).
 * Used to drop candidates (A = {j}) and to forbid pairs (A = {j, l}) that cannot beat greedy.
 */
final class SubmodularBounds {

  private final ReducedInstance r;
  private final int k;
  private final long[] single; // v_l = f({l})
  private final int[] byValue; // candidates, v descending
  private final long[] loss;
  private final int[] touched;
  private final boolean[] inA;
  private final int[] seen; // seen[g] == epoch: group g already counted in this bound
  private int epoch;

  SubmodularBounds(ReducedInstance r, int k) {
    this.r = r;
    this.k = k;
    int m = r.candidates.length;
    single = new long[m];
    for (int j = 0; j < m; j++) {
      for (int g : r.covers[j]) {
        single[j] += r.weights[g];
      }
    }
    Integer[] order = new Integer[m];
    Arrays.setAll(order, j -> j);
    Arrays.sort(order, Comparator.comparingLong((Integer j) -> -single[j]));
    byValue = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    loss = new long[m];
    touched = new int[m];
    inA = new boolean[m];
    seen = new int[r.weights.length];
  }

  /** An upper bound on f(S) over all S with A &sube; S and |S| &le; k. */
  long bound(int... a) {
    long fA = 0;
    int nTouched = 0;
    int stamp = ++epoch;
    for (int j : a) {
      inA[j] = true;
      for (int g : r.covers[j]) {
        if (seen[g] != stamp) { // a group covered by two members of A counts once
          seen[g] = stamp;
          fA += r.weights[g];
          for (int l : r.sets[g]) {
            if (loss[l] == 0) {
              touched[nTouched++] = l;
            }
            loss[l] += r.weights[g];
          }
        }
      }
    }
    int slots = k - a.length;
    long[] best = new long[Math.max(slots, 0)];
    int filled = 0;
    for (int l : byValue) {
      if (slots <= 0 || (filled == slots && single[l] <= best[slots - 1])) {
        break;
      }
      if (inA[l]) {
        continue;
      }
      long gain = single[l] - loss[l];
      if (filled < slots) {
        best[filled++] = gain;
        Arrays.sort(best, 0, filled);
        reverse(best, filled);
      } else if (gain > best[slots - 1]) {
        best[slots - 1] = gain;
        Arrays.sort(best, 0, slots);
        reverse(best, slots);
      }
    }
    for (int q = 0; q < nTouched; q++) {
      loss[touched[q]] = 0;
    }
    for (int j : a) {
      inA[j] = false;
    }
    long sum = fA;
    for (int q = 0; q < filled; q++) {
      sum += best[q];
    }
    return sum;
  }

  private static void reverse(long[] a, int n) {
    for (int p = 0, q = n - 1; p < q; p++, q--) {
      long t = a[p];
      a[p] = a[q];
      a[q] = t;
    }
  }
}
