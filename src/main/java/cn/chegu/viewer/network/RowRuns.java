package cn.chegu.viewer.network;

import java.util.Arrays;

/**
 * The inside cells of a {@code width × height} grid as runs: row {@code y} holds its maximal runs
 * {@code [start, end)} of inside cells in ascending order. A band of a service area is a few runs
 * per row where a dense grid has a cell per square, so the outline steps ({@link RasterOutline})
 * cost per run, not per cell. Mutable: {@link #set} adds one cell, {@link #setRuns} replaces a row.
 */
final class RowRuns {

  private static final int[] NONE = new int[0];

  final int width;
  final int height;
  private final int[][] runs; // runs[y] = {s0, e0, s1, e1, ...}
  private final int[] count;

  RowRuns(int width, int height) {
    this.width = width;
    this.height = height;
    this.runs = new int[height][];
    this.count = new int[height];
    Arrays.fill(runs, NONE);
  }

  /** The runs of the {@code true} cells of a row-major grid. */
  static RowRuns of(boolean[] in, int width, int height) {
    RowRuns r = new RowRuns(width, height);
    for (int y = 0; y < height; y++) {
      int base = y * width;
      int x = 0;
      while (x < width) {
        while (x < width && !in[base + x]) {
          x++;
        }
        if (x == width) {
          break;
        }
        int s = x;
        while (x < width && in[base + x]) {
          x++;
        }
        r.append(y, s, x);
      }
    }
    return r;
  }

  /**
   * For each limit, the runs of the cells of a row-major grid whose value is ≤ that limit: all in
   * one scan of the values. A cell's level is the first of the limits (ascending) it is within;
   * runs open and close only where the level changes, so a cell costs two comparisons.
   */
  static RowRuns[] atMost(float[] values, int width, int height, float[] limits) {
    int bands = limits.length;
    Integer[] order = new Integer[bands];
    for (int k = 0; k < bands; k++) {
      order[k] = k;
    }
    java.util.Arrays.sort(order, (a, b) -> Float.compare(limits[a], limits[b]));
    float[] sorted = new float[bands];
    RowRuns[] out = new RowRuns[bands];
    RowRuns[] bySorted = new RowRuns[bands];
    for (int k = 0; k < bands; k++) {
      sorted[k] = limits[order[k]];
      out[order[k]] = new RowRuns(width, height);
      bySorted[k] = out[order[k]];
    }
    int[] open = new int[bands]; // start of the current run of sorted band k
    for (int y = 0; y < height; y++) {
      int base = y * width;
      int level = bands; // outside every band
      float lo = bands == 0 ? Float.NEGATIVE_INFINITY : sorted[bands - 1];
      float hi = Float.POSITIVE_INFINITY;
      for (int x = 0; x < width; x++) {
        float v = values[base + x];
        if (v > lo && v <= hi) {
          continue; // same level as the cell before
        }
        int next = 0;
        while (next < bands && !(v <= sorted[next])) {
          next++;
        }
        for (int k = next; k < level; k++) {
          open[k] = x;
        }
        for (int k = level; k < next; k++) {
          bySorted[k].append(y, open[k], x);
        }
        level = next;
        lo = level == 0 ? Float.NEGATIVE_INFINITY : sorted[level - 1];
        hi = level == bands ? Float.POSITIVE_INFINITY : sorted[level];
      }
      for (int k = level; k < bands; k++) {
        bySorted[k].append(y, open[k], width);
      }
    }
    return out;
  }

  int count(int y) {
    return count[y];
  }

  int start(int y, int i) {
    return runs[y][2 * i];
  }

  int end(int y, int i) {
    return runs[y][2 * i + 1];
  }

  /** Appends a run right of the row's last run (not touching it). */
  void append(int y, int start, int end) {
    int n = count[y];
    if (2 * n + 2 > runs[y].length) {
      runs[y] = Arrays.copyOf(runs[y], Math.max(8, 4 * n + 4));
    }
    runs[y][2 * n] = start;
    runs[y][2 * n + 1] = end;
    count[y] = n + 1;
  }

  /** Replaces row {@code y} by {@code n} runs packed as {start, end, …}. */
  void setRuns(int y, int[] packed, int n) {
    runs[y] = packed;
    count[y] = n;
  }

  /** Index of the first run of row y that starts after x ({@code count} if none). */
  private int firstAfter(int y, int x) {
    int[] r = runs[y];
    int lo = 0;
    int hi = count[y];
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (r[2 * mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  boolean contains(int x, int y) {
    int i = firstAfter(y, x) - 1;
    return i >= 0 && runs[y][2 * i + 1] > x;
  }

  /** Sets cell (x, y) inside, joining the runs it touches; false if it already was. */
  boolean set(int x, int y) {
    int next = firstAfter(y, x);
    int prev = next - 1;
    int[] r = runs[y];
    int n = count[y];
    if (prev >= 0 && r[2 * prev + 1] > x) {
      return false;
    }
    boolean joinsPrev = prev >= 0 && r[2 * prev + 1] == x;
    boolean joinsNext = next < n && r[2 * next] == x + 1;
    if (joinsPrev && joinsNext) {
      r[2 * prev + 1] = r[2 * next + 1];
      System.arraycopy(r, 2 * next + 2, r, 2 * next, 2 * (n - next - 1));
      count[y] = n - 1;
    } else if (joinsPrev) {
      r[2 * prev + 1] = x + 1;
    } else if (joinsNext) {
      r[2 * next] = x;
    } else {
      if (2 * n + 2 > r.length) {
        r = Arrays.copyOf(r, Math.max(8, 4 * n + 4));
        runs[y] = r;
      }
      System.arraycopy(r, 2 * next, r, 2 * next + 2, 2 * (n - next));
      r[2 * next] = x;
      r[2 * next + 1] = x + 1;
      count[y] = n + 1;
    }
    return true;
  }

  /** {minX, minY, maxX, maxY} of the inside cells (inclusive), or null when there are none. */
  int[] bounds() {
    int minX = Integer.MAX_VALUE;
    int maxX = -1;
    int minY = -1;
    int maxY = -1;
    for (int y = 0; y < height; y++) {
      int n = count[y];
      if (n == 0) {
        continue;
      }
      if (minY < 0) {
        minY = y;
      }
      maxY = y;
      minX = Math.min(minX, runs[y][0]);
      maxX = Math.max(maxX, runs[y][2 * n - 1] - 1);
    }
    return minY < 0 ? null : new int[] {minX, minY, maxX, maxY};
  }

  /**
   * The part of the grid from cell ({@code x0}, {@code y0}), {@code w × h} cells, as a grid of its
   * own; the inside cells must all lie within it.
   */
  RowRuns window(int x0, int y0, int w, int h) {
    RowRuns out = new RowRuns(w, h);
    for (int y = Math.max(0, y0); y < Math.min(height, y0 + h); y++) {
      int n = count[y];
      if (n == 0) {
        continue;
      }
      int[] src = runs[y];
      int[] dst = new int[2 * n];
      for (int k = 0; k < 2 * n; k++) {
        dst[k] = src[k] - x0;
      }
      out.setRuns(y - y0, dst, n);
    }
    return out;
  }
}
