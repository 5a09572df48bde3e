package cn.chegu.viewer.network;

import java.util.Arrays;

/**
 * The labels a finished search keeps: dense arrays when it reached a large part of the graph, else
 * an open-addressing hash of the reached nodes only, so that a small tree on a city graph costs
 * memory and time in proportion to what it reached, not to the graph.
 */
abstract sealed class NodeLabels {

  /** Above this share of the graph's nodes, dense arrays are smaller and faster. */
  static final double DENSE_SHARE = 0.125;

  abstract double seconds(int node);

  abstract double meters(int node);

  abstract int source(int node);

  /** The labels of the nodes of {@code w} with seconds ≤ {@code limitSeconds}. */
  static NodeLabels of(SearchWorkspace w, int nodeCount, double limitSeconds) {
    int kept = 0;
    for (int i = 0; i < w.touchedCount(); i++) {
      if (w.seconds[w.touched(i)] <= limitSeconds) {
        kept++;
      }
    }
    return kept > DENSE_SHARE * nodeCount
        ? new Dense(w, nodeCount, limitSeconds)
        : new Sparse(w, kept, limitSeconds);
  }

  private static final class Dense extends NodeLabels {
    private final double[] seconds;
    private final double[] meters;
    private final int[] source;

    Dense(SearchWorkspace w, int n, double limit) {
      seconds = new double[n];
      meters = new double[n];
      source = new int[n];
      Arrays.fill(seconds, Double.POSITIVE_INFINITY);
      Arrays.fill(meters, Double.POSITIVE_INFINITY);
      Arrays.fill(source, -1);
      for (int i = 0; i < w.touchedCount(); i++) {
        int v = w.touched(i);
        if (w.seconds[v] <= limit) {
          seconds[v] = w.seconds[v];
          meters[v] = w.meters[v];
          source[v] = w.source[v];
        }
      }
    }

    @Override
    double seconds(int node) {
      return seconds[node];
    }

    @Override
    double meters(int node) {
      return meters[node];
    }

    @Override
    int source(int node) {
      return source[node];
    }
  }

  /** Linear probing on a power-of-two table at most half full. */
  private static final class Sparse extends NodeLabels {
    private final int[] keys; // node + 1, 0 = empty
    private final double[] seconds;
    private final double[] meters;
    private final int[] source;
    private final int mask;

    Sparse(SearchWorkspace w, int kept, double limit) {
      int cap = Integer.highestOneBit(Math.max(4, kept * 2 + 1)) << 1;
      keys = new int[cap];
      seconds = new double[cap];
      meters = new double[cap];
      source = new int[cap];
      mask = cap - 1;
      for (int i = 0; i < w.touchedCount(); i++) {
        int v = w.touched(i);
        if (w.seconds[v] <= limit) {
          int slot = slot(v);
          keys[slot] = v + 1;
          seconds[slot] = w.seconds[v];
          meters[slot] = w.meters[v];
          source[slot] = w.source[v];
        }
      }
    }

    private int slot(int node) {
      int h = (node * 0x9E3779B1) & mask;
      while (keys[h] != 0 && keys[h] != node + 1) {
        h = (h + 1) & mask;
      }
      return h;
    }

    @Override
    double seconds(int node) {
      int s = slot(node);
      return keys[s] != 0 ? seconds[s] : Double.POSITIVE_INFINITY;
    }

    @Override
    double meters(int node) {
      int s = slot(node);
      return keys[s] != 0 ? meters[s] : Double.POSITIVE_INFINITY;
    }

    @Override
    int source(int node) {
      int s = slot(node);
      return keys[s] != 0 ? source[s] : -1;
    }
  }
}
