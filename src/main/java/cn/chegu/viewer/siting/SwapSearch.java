package cn.chegu.viewer.siting;

import java.util.Arrays;

/**
 * Local search for the capacitated MCLP: close one open site, let the others serve what they can (a
 * max flow), open the class serving the most demand left, min(C, residual demand it reaches), and
 * keep the swap when the max flow of the new set serves more. Repeats until no swap improves or the
 * deadline. A heuristic: it only raises the incumbent; proofs come from the bounds.
 */
final class SwapSearch {

  private static final double EPS = 1e-9;

  private SwapSearch() {}

  /**
   * Improves {@code count} in place; returns the demand it serves (its max flow).
   *
   * @param served the max flow of {@code count} on entry
   */
  static double improve(
      CapacitatedSiting.Reduced r, int[] count, double cap, double served, SolveControl control) {
    int groups = r.demand.length;
    double current = served;
    boolean improved = true;
    while (improved && !control.stopped()) {
      improved = false;
      for (int c = 0; c < count.length && !control.stopped(); c++) {
        if (count[c] == 0) {
          continue;
        }
        count[c]--;
        double[] byGroup = new double[groups];
        AssignmentFlow.served(r, count, cap, byGroup);
        int best = -1;
        double bestGain = EPS;
        for (int b = 0; b < count.length; b++) {
          if (count[b] >= r.members[b].length) {
            continue;
          }
          double reach = 0;
          for (int g : r.groups[b]) {
            reach += r.demand[g] - byGroup[g];
          }
          double gain = Math.min(cap, reach);
          if (gain > bestGain) {
            bestGain = gain;
            best = b;
          }
        }
        if (best >= 0) {
          count[best]++;
          double value = Arrays.stream(AssignmentFlow.served(r, count, cap)).sum();
          if (value > current + EPS * Math.max(1, current)) {
            current = value;
            improved = true;
            continue;
          }
          count[best]--;
        }
        count[c]++;
      }
    }
    return current;
  }
}
