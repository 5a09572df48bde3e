package cn.chegu.viewer.siting;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The covering instance after the value-preserving reductions of the package javadoc: demand groups
 * (distinct non-empty coverage sets with summed weights) over kept candidates.
 */
final class ReducedInstance {

  /** Reduced candidate index to original candidate index. */
  final int[] candidates;

  /** Weight (residents) per demand group. */
  final long[] weights;

  /** Per group: reduced candidate indices covering it, ascending. */
  final int[][] sets;

  /** Per reduced candidate: the groups it covers, ascending. */
  final int[][] covers;

  /** Demands that entered the reduction (not already covered, weight &gt; 0, coverable). */
  final int demands;

  private ReducedInstance(int[] candidates, long[] weights, int[][] sets, int demands) {
    this.candidates = candidates;
    this.weights = weights;
    this.sets = sets;
    this.demands = demands;
    int[] count = new int[candidates.length];
    for (int[] s : sets) {
      for (int j : s) {
        count[j]++;
      }
    }
    covers = new int[candidates.length][];
    for (int j = 0; j < count.length; j++) {
      covers[j] = new int[count[j]];
      count[j] = 0;
    }
    for (int g = 0; g < sets.length; g++) {
      for (int j : sets[g]) {
        covers[j][count[j]++] = g;
      }
    }
  }

  static ReducedInstance of(CoverageSets coverage, DemandWeights weights, BitSet alreadyCovered) {
    int n = coverage.demandCount();
    int[][] sets = new int[n][];
    long[] w = new long[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (!alreadyCovered.get(i) && weights.residents(i) > 0 && coverage.set(i).length > 0) {
        sets[m] = coverage.set(i);
        w[m++] = weights.residents(i);
      }
    }
    int[] identity = new int[coverage.candidateCount()];
    Arrays.setAll(identity, j -> j);
    BitSet all = new BitSet();
    all.set(0, identity.length);
    ReducedInstance merged = build(Arrays.copyOf(sets, m), Arrays.copyOf(w, m), identity, all, m);
    return merged.withoutDominated();
  }

  /** Sum of all group weights: the most new sites could ever cover. */
  long coverableResidents() {
    long sum = 0;
    for (long w : weights) {
      sum += w;
    }
    return sum;
  }

  /** Keeps only the flagged reduced candidates; groups left uncovered are dropped. */
  ReducedInstance keepOnly(BitSet keep) {
    return build(sets, weights, candidates, keep, demands);
  }

  private ReducedInstance withoutDominated() {
    BitSet keep = new BitSet();
    for (int j = 0; j < candidates.length; j++) {
      if (covers[j].length > 0 && !dominated(j)) {
        keep.set(j);
      }
    }
    return keep.cardinality() == candidates.length ? this : keepOnly(keep);
  }

  /** Is covers[j] contained in another candidate's (ties: the lower index wins)? */
  private boolean dominated(int j) {
    int[] mine = covers[j];
    int rarest = mine[0];
    for (int g : mine) {
      if (sets[g].length < sets[rarest].length) {
        rarest = g;
      }
    }
    for (int other : sets[rarest]) {
      if (other == j || covers[other].length < mine.length) {
        continue;
      }
      if ((covers[other].length > mine.length || other < j) && subset(mine, covers[other])) {
        return true;
      }
    }
    return false;
  }

  private static boolean subset(int[] a, int[] b) {
    int q = 0;
    for (int x : a) {
      while (q < b.length && b[q] < x) {
        q++;
      }
      if (q == b.length || b[q] != x) {
        return false;
      }
    }
    return true;
  }

  private static ReducedInstance build(
      int[][] sets, long[] weights, int[] candidateIds, BitSet keep, int demands) {
    int[] newIndex = new int[candidateIds.length];
    int kept = 0;
    for (int j = 0; j < candidateIds.length; j++) {
      newIndex[j] = keep.get(j) ? kept++ : -1;
    }
    int[] newIds = new int[kept];
    for (int j = 0; j < candidateIds.length; j++) {
      if (newIndex[j] >= 0) {
        newIds[newIndex[j]] = candidateIds[j];
      }
    }
    Map<Key, Integer> groupOf = new HashMap<>();
    int[][] outSets = new int[sets.length][];
    long[] outW = new long[sets.length];
    int groups = 0;
    for (int g = 0; g < sets.length; g++) {
      int[] mapped = new int[sets[g].length];
      int len = 0;
      for (int j : sets[g]) {
        if (newIndex[j] >= 0) {
          mapped[len++] = newIndex[j];
        }
      }
      if (len == 0) {
        continue;
      }
      Key key = new Key(len == mapped.length ? mapped : Arrays.copyOf(mapped, len));
      Integer at = groupOf.putIfAbsent(key, groups);
      if (at == null) {
        outSets[groups] = key.set;
        outW[groups++] = weights[g];
      } else {
        outW[at] += weights[g];
      }
    }
    return new ReducedInstance(
        newIds, Arrays.copyOf(outW, groups), Arrays.copyOf(outSets, groups), demands);
  }

  private static final class Key {
    final int[] set;
    final int hash;

    Key(int[] set) {
      this.set = set;
      this.hash = Arrays.hashCode(set);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(set, k.set);
    }
  }
}
