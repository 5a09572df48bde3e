package cn.chegu.viewer.siting;

import java.time.Duration;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;

/**
 * Exact MCLP by depth-first branch and bound over site sets, candidates in descending singleton
 * value, pruning a node A when f(A) + (sum of the k - |A| largest gains rho_l(A) of later
 * candidates) cannot beat the incumbent (Nemhauser, Wolsey &amp; Fisher 1978 bound). Gains are kept
 * incrementally, so a node costs O(newly covered groups x their set sizes + candidates). It either
 * proves the incumbent optimal within its time budget or gives up.
 */
final class SubmodularBranchAndBound {

  private final ReducedInstance r;
  private final int k;
  private final int[] order; // position -> candidate, singleton value descending
  private final long[] gain; // current marginal gain per candidate
  private final long[] singleton; // f({j})
  private final int[] coverCount; // per group: how many chosen sites cover it
  private final int[] path;
  private final SolveControl control;
  private final long enough;
  private final long deadline;
  private long value;
  private long bestValue;
  private int[] best;
  private long nodes;
  private boolean timedOut;

  private SubmodularBranchAndBound(
      ReducedInstance r,
      int k,
      long incumbent,
      int[] incumbentSet,
      long deadline,
      SolveControl control,
      long enough) {
    this.r = r;
    this.enough = enough;
    this.k = k;
    int m = r.candidates.length;
    gain = new long[m];
    for (int j = 0; j < m; j++) {
      for (int g : r.covers[j]) {
        gain[j] += r.weights[g];
      }
    }
    Integer[] o = new Integer[m];
    Arrays.setAll(o, j -> j);
    Arrays.sort(o, Comparator.comparingLong((Integer j) -> -gain[j]));
    order = Arrays.stream(o).mapToInt(Integer::intValue).toArray();
    singleton = gain.clone();
    coverCount = new int[r.weights.length];
    path = new int[k];
    bestValue = incumbent;
    best = incumbentSet.clone();
    this.deadline = deadline;
    this.control = control;
  }

  /** The proven optimal set (reduced indices), or null when the budget ran out. */
  static BitSet solve(
      ReducedInstance r, int k, long incumbent, int[] incumbentSet, long budgetNanos) {
    Outcome o =
        search(r, k, incumbent, incumbentSet, budgetNanos, SolveControl.within(Duration.ofDays(1)));
    return o.proven() ? o.best() : null;
  }

  /** The best set found (reduced indices) with its value, and whether the search completed. */
  record Outcome(BitSet best, long value, boolean proven) {}

  /** Searches until done, {@code budgetNanos} or the control stops it. */
  static Outcome search(
      ReducedInstance r,
      int k,
      long incumbent,
      int[] incumbentSet,
      long budgetNanos,
      SolveControl control) {
    return search(r, k, incumbent, incumbentSet, budgetNanos, control, Long.MAX_VALUE);
  }

  /**
   * As above, but stops as soon as a set of value &ge; {@code enough} is found (then {@code proven}
   * is false unless the search had finished): "can k sites reach this many?"
   */
  static Outcome search(
      ReducedInstance r,
      int k,
      long incumbent,
      int[] incumbentSet,
      long budgetNanos,
      SolveControl control,
      long enough) {
    SubmodularBranchAndBound bb =
        new SubmodularBranchAndBound(
            r, k, incumbent, incumbentSet, System.nanoTime() + budgetNanos, control, enough);
    bb.search(0, 0);
    BitSet set = new BitSet();
    for (int j : bb.best) {
      set.set(j);
    }
    return new Outcome(set, bb.bestValue, !bb.timedOut);
  }

  private void search(int depth, int from) {
    if (value > bestValue) {
      bestValue = value;
      best = Arrays.copyOf(path, depth);
      if (bestValue >= enough) {
        timedOut = true; // stop: the question is answered, nothing more is proven
        return;
      }
    }
    if (depth == k || timedOut) {
      return;
    }
    if ((++nodes & 1023) == 0 && (System.nanoTime() > deadline || control.stopped())) {
      timedOut = true;
      return;
    }
    if (value + topGains(from, k - depth) <= bestValue) {
      return;
    }
    for (int p = from; p < order.length && !timedOut; p++) {
      int j = order[p];
      if (gain[j] == 0) {
        continue;
      }
      // even the best remaining continuation from p on cannot beat the incumbent
      if (value + topGains(p, k - depth) <= bestValue) {
        return;
      }
      path[depth] = j;
      add(j, +1);
      search(depth + 1, p + 1);
      add(j, -1);
    }
  }

  private void add(int j, int sign) {
    for (int g : r.covers[j]) {
      if (sign > 0 ? coverCount[g]++ == 0 : --coverCount[g] == 0) {
        long w = r.weights[g];
        value += sign * w;
        for (int l : r.sets[g]) {
          gain[l] -= sign * w;
        }
      }
    }
  }

  /** Sum of the {@code t} largest current gains among positions &ge; from. */
  private long topGains(int from, int t) {
    long[] top = new long[t];
    int filled = 0;
    for (int p = from; p < order.length; p++) {
      int j = order[p];
      long g = gain[j];
      if (filled == t) {
        // gains never exceed singleton values, which descend with p
        if (singleton[j] <= top[t - 1]) {
          break;
        }
        if (g <= top[t - 1]) {
          continue;
        }
        top[t - 1] = g;
      } else {
        top[filled++] = g;
      }
      for (int q = filled - 1; q > 0 && top[q] > top[q - 1]; q--) {
        long s = top[q];
        top[q] = top[q - 1];
        top[q - 1] = s;
      }
    }
    long sum = 0;
    for (int q = 0; q < filled; q++) {
      sum += top[q];
    }
    return sum;
  }
}
