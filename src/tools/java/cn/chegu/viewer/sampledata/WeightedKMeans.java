package cn.chegu.viewer.sampledata;

import java.util.Random;

/**
 * Residents-weighted k-means (Lloyd's algorithm) of points in metres: the way a planner puts a
 * facility at the centre of its catchment.
 *
 * <p>Initialisation is k-means++ with a seeded {@link Random} (the first centre is drawn with
 * probability ∝ weight, each further one ∝ weight × squared distance to the nearest centre so far).
 * Then a fixed number of Lloyd iterations: assign every point to its nearest centre, move every
 * centre to the weighted mean of its points (a centre left without points stays). No convergence
 * test, so the result depends only on the input and the seed.
 */
final class WeightedKMeans {

  /** Lloyd iterations after initialisation. */
  static final int ITERATIONS = 25;

  private WeightedKMeans() {}

  /**
   * @param xy points as {x, y} in metres
   * @param w non-negative weights (residents), same length
   * @param k number of centres, 1 ≤ k ≤ number of points with positive weight
   * @return the k centres {x, y} and, per point, the index of its centre
   */
  static Result cluster(double[][] xy, double[] w, int k, Random rnd) {
    int n = xy.length;
    double[][] c = new double[k][];
    c[0] = xy[pick(w, rnd)].clone();
    double[] d2 = new double[n];
    for (int j = 1; j < k; j++) {
      for (int i = 0; i < n; i++) {
        d2[i] = w[i] * nearest(c, j, xy[i])[1];
      }
      c[j] = xy[pick(d2, rnd)].clone();
    }
    int[] of = new int[n];
    for (int it = 0; it <= ITERATIONS; it++) {
      for (int i = 0; i < n; i++) {
        of[i] = (int) nearest(c, k, xy[i])[0];
      }
      if (it == ITERATIONS) {
        break;
      }
      double[][] sum = new double[k][3];
      for (int i = 0; i < n; i++) {
        sum[of[i]][0] += w[i] * xy[i][0];
        sum[of[i]][1] += w[i] * xy[i][1];
        sum[of[i]][2] += w[i];
      }
      for (int j = 0; j < k; j++) {
        if (sum[j][2] > 0) {
          c[j] = new double[] {sum[j][0] / sum[j][2], sum[j][1] / sum[j][2]};
        }
      }
    }
    return new Result(c, of);
  }

  /** Centres {x, y} and the centre index of every input point. */
  record Result(double[][] centres, int[] assignment) {}

  /** {index, squared distance} of the nearest of the first {@code m} centres. */
  private static double[] nearest(double[][] c, int m, double[] p) {
    int best = 0;
    double bd = Double.POSITIVE_INFINITY;
    for (int j = 0; j < m; j++) {
      double dx = c[j][0] - p[0];
      double dy = c[j][1] - p[1];
      double d = dx * dx + dy * dy;
      if (d < bd) {
        bd = d;
        best = j;
      }
    }
    return new double[] {best, bd};
  }

  /** An index drawn with probability ∝ {@code p} (the last positive one on rounding). */
  private static int pick(double[] p, Random rnd) {
    double total = 0;
    for (double v : p) {
      total += v;
    }
    double r = rnd.nextDouble() * total;
    int last = 0;
    for (int i = 0; i < p.length; i++) {
      if (p[i] > 0) {
        last = i;
        r -= p[i];
        if (r < 0) {
          return i;
        }
      }
    }
    return last;
  }
}
