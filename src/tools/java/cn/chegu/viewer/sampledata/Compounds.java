package cn.chegu.viewer.sampledata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded residential patches on the 250 m grid: a patch is a 4-connected cluster of cells grown
 * from a random seed cell by adding random neighbours, with one density for all its cells.
 *
 * <p>Used for residential compounds (小区: 2–12 cells, 1,500–2,500 residents per cell) and village
 * clusters (1–4 cells, 100–400 per cell). {@link #place} draws patches until their cells, at the
 * mean density, can hold the pool; the pool is then apportioned over the returned weights.
 */
final class Compounds {

  /**
   * Patch kind: size range in cells, density range in residents per cell, and the least land share
   * of a cell that may be part of a patch.
   */
  record Kind(
      int minCells, int maxCells, double minDensity, double maxDensity, double minLandShare) {
    double meanDensity() {
      return (minDensity + maxDensity) / 2;
    }
  }

  private Compounds() {}

  /**
   * Grows patches over {@code eligible} cells (indices into {@code col}/{@code row}/{@code share})
   * until they hold ⌈pool / mean density⌉ cells or no eligible cell is left. Cells in {@code used}
   * are skipped and the cells placed are added to it.
   *
   * @return weights per cell index (density × land share; 0 for cells not in a patch)
   */
  static double[] place(
      List<Integer> eligible,
      int[] col,
      int[] row,
      double[] share,
      boolean[] used,
      long pool,
      Kind kind,
      Random rnd) {
    double[] w = new double[share.length];
    if (pool <= 0) {
      return w;
    }
    Map<Long, Integer> at = new HashMap<>();
    for (int i : eligible) {
      at.put(key(col[i], row[i]), i);
    }
    long target = (long) Math.ceil(pool / kind.meanDensity());
    long placed = 0;
    while (placed < target) {
      List<Integer> free = eligible.stream().filter(i -> !used[i]).toList();
      if (free.isEmpty()) {
        break;
      }
      int seed = free.get(rnd.nextInt(free.size()));
      int size = kind.minCells() + rnd.nextInt(kind.maxCells() - kind.minCells() + 1);
      double density =
          kind.minDensity() + rnd.nextDouble() * (kind.maxDensity() - kind.minDensity());
      List<Integer> patch = new ArrayList<>(List.of(seed));
      used[seed] = true;
      List<Integer> frontier = new ArrayList<>();
      addNeighbours(seed, col, row, at, used, frontier);
      while (patch.size() < size && !frontier.isEmpty()) {
        int next = frontier.remove(rnd.nextInt(frontier.size()));
        if (used[next]) {
          continue;
        }
        used[next] = true;
        patch.add(next);
        addNeighbours(next, col, row, at, used, frontier);
      }
      for (int i : patch) {
        w[i] = density * share[i];
      }
      placed += patch.size();
    }
    return w;
  }

  private static void addNeighbours(
      int i, int[] col, int[] row, Map<Long, Integer> at, boolean[] used, List<Integer> frontier) {
    int[][] d = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
    for (int[] s : d) {
      Integer n = at.get(key(col[i] + s[0], row[i] + s[1]));
      if (n != null && !used[n] && !frontier.contains(n)) {
        frontier.add(n);
      }
    }
  }

  private static long key(int c, int r) {
    return ((long) c << 32) ^ (r & 0xffffffffL);
  }
}
