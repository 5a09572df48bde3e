package cn.chegu.viewer.network;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Reusable, versioned labels of one Dijkstra search over a graph: arrays of the graph's size are
 * allocated once per workspace and never cleared; a node's label is valid only when its stamp
 * equals the workspace's current version, so starting a search is O(1) instead of O(nodes). The
 * nodes touched by the search are listed, so that its result can be copied out in O(touched)
 * ({@link NodeLabels#of}). Not thread-safe: one search at a time; take one from {@link Pool}.
 */
final class SearchWorkspace {

  final double[] seconds;
  final double[] meters;
  final int[] source;
  private final int[] stamp;
  private int version;
  private int[] touched = new int[64];
  private int touchedCount;
  final MinHeap heap = new MinHeap(64);

  SearchWorkspace(int nodes) {
    seconds = new double[nodes];
    meters = new double[nodes];
    source = new int[nodes];
    stamp = new int[nodes];
  }

  /** Starts a new search: every node is unlabelled again. */
  void reset() {
    if (++version == Integer.MAX_VALUE) {
      Arrays.fill(stamp, 0);
      version = 1;
    }
    touchedCount = 0;
    heap.clear();
  }

  /** Least seconds found so far, {@code +Infinity} when the node is unlabelled. */
  double secondsAt(int node) {
    return stamp[node] == version ? seconds[node] : Double.POSITIVE_INFINITY;
  }

  /** Labels a node (the caller checked that {@code t} improves it). */
  void label(int node, double t, double m, int src) {
    if (stamp[node] != version) {
      stamp[node] = version;
      if (touchedCount == touched.length) {
        touched = Arrays.copyOf(touched, touchedCount * 2);
      }
      touched[touchedCount++] = node;
    }
    seconds[node] = t;
    meters[node] = m;
    source[node] = src;
  }

  int touchedCount() {
    return touchedCount;
  }

  int touched(int i) {
    return touched[i];
  }

  /** Workspaces of one graph, reused across searches and threads. */
  static final class Pool {
    private final int nodes;
    private final ConcurrentLinkedQueue<SearchWorkspace> free = new ConcurrentLinkedQueue<>();

    Pool(int nodes) {
      this.nodes = nodes;
    }

    SearchWorkspace take() {
      SearchWorkspace w = free.poll();
      if (w == null) {
        w = new SearchWorkspace(nodes);
      }
      w.reset();
      return w;
    }

    void give(SearchWorkspace w) {
      free.offer(w);
    }
  }
}
