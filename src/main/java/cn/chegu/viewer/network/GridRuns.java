package cn.chegu.viewer.network;

import java.util.Arrays;

/**
 * The 4-connected regions of the inside (or of the outside) cells of a {@link RowRuns} grid: runs
 * of neighbouring rows that overlap are joined by union–find. Costs work per run (far fewer than
 * cells), instead of a flood fill that touches every cell through a stack.
 */
final class GridRuns {

  final int width;
  final int height;
  int count;
  int[] row = new int[256];
  int[] start = new int[256];
  int[] end = new int[256]; // exclusive
  final int[] rowFirst; // runs of row y: rowFirst[y] .. rowFirst[y + 1] - 1
  private int[] parent = new int[256];

  /**
   * The runs of {@code grid} ({@code value} true) or of its complement, the outside cells ({@code
   * value} false), joined into regions.
   */
  GridRuns(RowRuns grid, boolean value) {
    this.width = grid.width;
    this.height = grid.height;
    rowFirst = new int[height + 1];
    for (int y = 0; y < height; y++) {
      rowFirst[y] = count;
      int n = grid.count(y);
      if (value) {
        for (int i = 0; i < n; i++) {
          add(y, grid.start(y, i), grid.end(y, i));
        }
        continue;
      }
      int x = 0;
      for (int i = 0; i < n; i++) {
        if (grid.start(y, i) > x) {
          add(y, x, grid.start(y, i));
        }
        x = grid.end(y, i);
      }
      if (x < width) {
        add(y, x, width);
      }
    }
    rowFirst[height] = count;
    parent = Arrays.copyOf(parent, Math.max(1, count));
    for (int i = 0; i < count; i++) {
      parent[i] = i;
    }
    for (int y = 1; y < height; y++) {
      int a = rowFirst[y - 1];
      int aEnd = rowFirst[y];
      int b = rowFirst[y];
      int bEnd = rowFirst[y + 1];
      while (a < aEnd && b < bEnd) {
        if (start[a] < end[b] && start[b] < end[a]) {
          union(a, b);
        }
        if (end[a] < end[b]) {
          a++;
        } else {
          b++;
        }
      }
    }
  }

  private void add(int y, int s, int e) {
    if (count == row.length) {
      row = Arrays.copyOf(row, count * 2);
      start = Arrays.copyOf(start, count * 2);
      end = Arrays.copyOf(end, count * 2);
    }
    row[count] = y;
    start[count] = s;
    end[count++] = e;
  }

  /** The representative run of the region of run {@code i}. */
  int root(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private void union(int a, int b) {
    int ra = root(a);
    int rb = root(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** The run holding cell (x, y), or -1 when that cell does not have the wanted value. */
  int runAt(int x, int y) {
    int lo = rowFirst[y];
    int hi = rowFirst[y + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (end[mid] <= x) {
        lo = mid + 1;
      } else if (start[mid] > x) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** True when a run touches the grid's border. */
  boolean onBorder(int i) {
    return row[i] == 0 || row[i] == height - 1 || start[i] == 0 || end[i] == width;
  }
}
