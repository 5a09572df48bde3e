package cn.chegu.viewer.siting;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The most demand a fixed set of open sites can serve within their capacity: a maximum flow (Dinic)
 * from a source through each open class (capacity C &times; its open count) to the groups it
 * reaches (unbounded) to a sink (capacity d_g). With the sites fixed the capacitated MCLP is this
 * transportation problem, so greedy's and the uncapacitated optimum's sites are scored exactly, not
 * by a filling heuristic.
 */
final class AssignmentFlow {

  private static final double EPS = 1e-12;

  private final int[] head;
  private int[] next = new int[16];
  private int[] to = new int[16];
  private double[] cap = new double[16];
  private int edges;

  private AssignmentFlow(int nodes) {
    head = new int[nodes];
    Arrays.fill(head, -1);
  }

  /**
   * Demand served per class (total over its open sites) when {@code count[c]} sites of class c are
   * open; their sum is the flow's value.
   */
  static double[] served(CapacitatedSiting.Reduced r, int[] count, double capacity) {
    return served(r, count, capacity, null);
  }

  /**
   * As {@link #served(CapacitatedSiting.Reduced, int[], double)}; fills the demand served per group
   * into {@code groupServed} when not null.
   */
  static double[] served(
      CapacitatedSiting.Reduced r, int[] count, double capacity, double[] groupServed) {
    int classes = r.members.length;
    int groups = r.demand.length;
    int source = classes + groups;
    int sink = source + 1;
    AssignmentFlow f = new AssignmentFlow(sink + 1);
    int[] supplyEdge = new int[classes];
    Arrays.fill(supplyEdge, -1);
    boolean[] used = new boolean[groups];
    int[] sinkEdge = new int[groups];
    Arrays.fill(sinkEdge, -1);
    for (int c = 0; c < classes; c++) {
      if (count[c] == 0) {
        continue;
      }
      supplyEdge[c] = f.add(source, c, capacity * count[c]);
      for (int g : r.groups[c]) {
        f.add(c, classes + g, Double.POSITIVE_INFINITY);
        used[g] = true;
      }
    }
    for (int g = 0; g < groups; g++) {
      if (used[g]) {
        sinkEdge[g] = f.add(classes + g, sink, r.demand[g]);
      }
    }
    f.maxFlow(source, sink);
    if (groupServed != null) {
      for (int g = 0; g < groups; g++) {
        groupServed[g] = sinkEdge[g] < 0 ? 0 : f.cap[sinkEdge[g] ^ 1];
      }
    }
    double[] served = new double[classes];
    for (int c = 0; c < classes; c++) {
      if (supplyEdge[c] >= 0) {
        served[c] = f.cap[supplyEdge[c] ^ 1]; // the reverse edge holds the flow
      }
    }
    return served;
  }

  private int add(int u, int v, double c) {
    if (edges + 2 > to.length) {
      int n = to.length * 2;
      next = Arrays.copyOf(next, n);
      to = Arrays.copyOf(to, n);
      cap = Arrays.copyOf(cap, n);
    }
    int e = edges;
    to[e] = v;
    cap[e] = c;
    next[e] = head[u];
    head[u] = e;
    to[e + 1] = u;
    cap[e + 1] = 0;
    next[e + 1] = head[v];
    head[v] = e + 1;
    edges += 2;
    return e;
  }

  private double maxFlow(int s, int t) {
    double total = 0;
    int[] level = new int[head.length];
    int[] it = new int[head.length];
    while (bfs(s, t, level)) {
      System.arraycopy(head, 0, it, 0, head.length);
      double pushed;
      while ((pushed = dfs(s, t, Double.POSITIVE_INFINITY, level, it)) > EPS) {
        total += pushed;
      }
    }
    return total;
  }

  private boolean bfs(int s, int t, int[] level) {
    Arrays.fill(level, -1);
    level[s] = 0;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(s);
    while (!queue.isEmpty()) {
      int u = queue.poll();
      for (int e = head[u]; e >= 0; e = next[e]) {
        if (cap[e] > EPS && level[to[e]] < 0) {
          level[to[e]] = level[u] + 1;
          queue.add(to[e]);
        }
      }
    }
    return level[t] >= 0;
  }

  /** Augmenting paths alternate classes and groups: at most 2 (open classes + 1) deep. */
  private double dfs(int u, int t, double limit, int[] level, int[] it) {
    if (u == t) {
      return limit;
    }
    for (; it[u] >= 0; it[u] = next[it[u]]) {
      int e = it[u];
      int v = to[e];
      if (cap[e] > EPS && level[v] == level[u] + 1) {
        double d = dfs(v, t, Math.min(limit, cap[e]), level, it);
        if (d > EPS) {
          cap[e] -= d;
          cap[e ^ 1] += d;
          return d;
        }
      }
    }
    return 0;
  }
}
