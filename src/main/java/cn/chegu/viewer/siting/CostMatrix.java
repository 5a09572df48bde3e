package cn.chegu.viewer.siting;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;

/**
 * Travel minutes from demand i to candidate j, sparse: only pairs with {@code minutes <=
 * cutoffMinutes} are stored, row by row (compressed sparse rows, candidates ascending in a row).
 * Immutable.
 */
public final class CostMatrix {

  /** Travel minutes between demand and candidate; NaN or infinite = unreachable. */
  @FunctionalInterface
  public interface TravelMinutes {
    double minutes(int demand, int candidate);
  }

  private final int candidateCount;
  private final double cutoffMinutes;
  private final int[] rowStart;
  private final int[] candidates;
  private final double[] minutes;

  private CostMatrix(
      int candidateCount,
      double cutoffMinutes,
      int[] rowStart,
      int[] candidates,
      double[] minutes) {
    this.candidateCount = candidateCount;
    this.cutoffMinutes = cutoffMinutes;
    this.rowStart = rowStart;
    this.candidates = candidates;
    this.minutes = minutes;
  }

  /** Evaluates {@code f} on every pair (dense work, sparse storage). */
  public static CostMatrix compute(
      int demandCount, int candidateCount, double cutoffMinutes, TravelMinutes f) {
    checkSizes(demandCount, candidateCount, cutoffMinutes);
    int[] start = new int[demandCount + 1];
    int[] cand = new int[16];
    double[] min = new double[16];
    int n = 0;
    for (int i = 0; i < demandCount; i++) {
      for (int j = 0; j < candidateCount; j++) {
        double t = f.minutes(i, j);
        if (t >= 0 && t <= cutoffMinutes) {
          if (n == cand.length) {
            cand = Arrays.copyOf(cand, 2 * n);
            min = Arrays.copyOf(min, 2 * n);
          }
          cand[n] = j;
          min[n++] = t;
        }
      }
      start[i + 1] = n;
    }
    return new CostMatrix(
        candidateCount, cutoffMinutes, start, Arrays.copyOf(cand, n), Arrays.copyOf(min, n));
  }

  /**
   * From parallel arrays of pairs (any order, e.g. one network shortest-path tree per candidate).
   * Pairs beyond the cutoff are dropped; a repeated pair keeps its smallest time.
   */
  public static CostMatrix ofPairs(
      int demandCount,
      int candidateCount,
      double cutoffMinutes,
      int[] demand,
      int[] candidate,
      double[] minutes) {
    checkSizes(demandCount, candidateCount, cutoffMinutes);
    if (demand.length != candidate.length || demand.length != minutes.length) {
      throw new IllegalArgumentException("pair arrays differ in length");
    }
    Integer[] order = new Integer[demand.length];
    for (int p = 0; p < order.length; p++) {
      if (demand[p] < 0 || demand[p] >= demandCount) {
        throw new IndexOutOfBoundsException("demand " + demand[p]);
      }
      if (candidate[p] < 0 || candidate[p] >= candidateCount) {
        throw new IndexOutOfBoundsException("candidate " + candidate[p]);
      }
      order[p] = p;
    }
    Arrays.sort(
        order,
        (a, b) ->
            demand[a] != demand[b]
                ? Integer.compare(demand[a], demand[b])
                : candidate[a] != candidate[b]
                    ? Integer.compare(candidate[a], candidate[b])
                    : Double.compare(minutes[a], minutes[b]));
    int[] start = new int[demandCount + 1];
    int[] cand = new int[order.length];
    double[] min = new double[order.length];
    int n = 0;
    int lastD = -1;
    int lastC = -1;
    for (int p : order) {
      double t = minutes[p];
      if (!(t >= 0 && t <= cutoffMinutes) || (demand[p] == lastD && candidate[p] == lastC)) {
        continue;
      }
      lastD = demand[p];
      lastC = candidate[p];
      cand[n] = lastC;
      min[n++] = t;
      start[lastD + 1] = n;
    }
    for (int i = 1; i <= demandCount; i++) {
      start[i] = Math.max(start[i], start[i - 1]);
    }
    return new CostMatrix(
        candidateCount, cutoffMinutes, start, Arrays.copyOf(cand, n), Arrays.copyOf(min, n));
  }

  /**
   * Straight-line minutes between metric points (metres) at {@code metersPerMinute}; only pairs
   * within the cutoff are ever examined (grid hash), so this scales to 10^4 x 10^3 and beyond.
   */
  public static CostMatrix euclidean(
      Coordinate[] demands, Coordinate[] sites, double metersPerMinute, double cutoffMinutes) {
    checkSizes(demands.length, sites.length, cutoffMinutes);
    if (!(metersPerMinute > 0)) {
      throw new IllegalArgumentException("metersPerMinute must be > 0: " + metersPerMinute);
    }
    double radius = cutoffMinutes * metersPerMinute;
    GridIndex grid = new GridIndex(Math.max(radius, 1e-9));
    for (int j = 0; j < sites.length; j++) {
      grid.add(j, sites[j].x, sites[j].y);
    }
    int[] start = new int[demands.length + 1];
    int[] cand = new int[16];
    double[] min = new double[16];
    int n = 0;
    for (int i = 0; i < demands.length; i++) {
      Coordinate d = demands[i];
      int[] near = grid.within(d.x, d.y, radius, sites);
      Arrays.sort(near);
      for (int j : near) {
        if (n == cand.length) {
          cand = Arrays.copyOf(cand, 2 * n);
          min = Arrays.copyOf(min, 2 * n);
        }
        cand[n] = j;
        min[n++] = d.distance(sites[j]) / metersPerMinute;
      }
      start[i + 1] = n;
    }
    return new CostMatrix(
        sites.length, cutoffMinutes, start, Arrays.copyOf(cand, n), Arrays.copyOf(min, n));
  }

  private static void checkSizes(int demandCount, int candidateCount, double cutoffMinutes) {
    if (demandCount < 0 || candidateCount < 0) {
      throw new IllegalArgumentException("negative size");
    }
    if (!(cutoffMinutes >= 0)) {
      throw new IllegalArgumentException("cutoffMinutes must be >= 0: " + cutoffMinutes);
    }
  }

  public int demandCount() {
    return rowStart.length - 1;
  }

  public int candidateCount() {
    return candidateCount;
  }

  public double cutoffMinutes() {
    return cutoffMinutes;
  }

  /** Number of stored (within-cutoff) pairs. */
  public int pairCount() {
    return candidates.length;
  }

  /** Minutes from demand to candidate, or +infinity when beyond the cutoff. */
  public double minutes(int demand, int candidate) {
    int lo = rowStart[demand];
    int hi = rowStart[demand + 1];
    int p = Arrays.binarySearch(candidates, lo, hi, candidate);
    return p >= 0 ? minutes[p] : Double.POSITIVE_INFINITY;
  }

  /** Candidates of demand's row with minutes &le; limit, ascending. */
  int[] candidatesWithin(int demand, double limitMinutes) {
    int lo = rowStart[demand];
    int hi = rowStart[demand + 1];
    int[] out = new int[hi - lo];
    int n = 0;
    for (int p = lo; p < hi; p++) {
      if (minutes[p] <= limitMinutes) {
        out[n++] = candidates[p];
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }
}
