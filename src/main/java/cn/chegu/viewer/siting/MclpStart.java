package cn.chegu.viewer.siting;

import java.util.Arrays;
import java.util.BitSet;

/**
 * What every exact MCLP solve starts from: reductions 1–3 ({@code full}), greedy on them, and
 * reduction 4 (bound pruning, under the control's deadline) giving the model searched ({@code r}),
 * with greedy's sites in {@code r}'s indices.
 */
record MclpStart(
    ReducedInstance full, GreedyRun greedy, ReducedInstance r, int[] toKept, int[] greedyKept) {

  static MclpStart of(MclpProblem p, SolveControl control) {
    ReducedInstance full = GreedySiting.reduce(p.coverage(), p.weights(), p.alreadyCovered());
    int k = p.newSites();
    GreedyRun greedy = GreedyRun.mclp(full, k);
    if (closed(full, k, greedy)) {
      return new MclpStart(full, greedy, full, null, greedy.chosen);
    }
    BitSet keep = ExactSiting.boundPrune(full, k, greedy, control);
    ReducedInstance r = keep == null ? full : full.keepOnly(keep);
    int[] toKept = new int[full.candidates.length];
    for (int j = 0, n = 0; j < toKept.length; j++) {
      toKept[j] = keep == null || keep.get(j) ? n++ : -1;
    }
    return new MclpStart(
        full, greedy, r, toKept, Arrays.stream(greedy.chosen).map(j -> toKept[j]).toArray());
  }

  /** Greedy is already proven optimal (or there is nothing to choose). */
  boolean closed() {
    return toKept == null;
  }

  private static boolean closed(ReducedInstance full, int k, GreedyRun greedy) {
    return k == 0 || full.weights.length == 0 || greedy.bound <= greedy.covered;
  }
}
