package cn.chegu.viewer.siting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;

/** A uniform grid hash of indexed points: neighbours within a radius without O(n^2) scans. */
final class GridIndex {

  private final double cellSize;
  private final Map<Long, List<Integer>> cells = new HashMap<>();

  GridIndex(double cellSize) {
    this.cellSize = cellSize;
  }

  private long key(long cx, long cy) {
    return (cx << 32) ^ (cy & 0xffffffffL);
  }

  void add(int id, double x, double y) {
    cells
        .computeIfAbsent(
            key((long) Math.floor(x / cellSize), (long) Math.floor(y / cellSize)),
            k -> new ArrayList<>(4))
        .add(id);
  }

  /** Ids of {@code points} (indexed by id) within {@code radius} of (x, y). */
  int[] within(double x, double y, double radius, Coordinate[] points) {
    long x0 = (long) Math.floor((x - radius) / cellSize);
    long x1 = (long) Math.floor((x + radius) / cellSize);
    long y0 = (long) Math.floor((y - radius) / cellSize);
    long y1 = (long) Math.floor((y + radius) / cellSize);
    double r2 = radius * radius;
    int[] out = new int[8];
    int n = 0;
    for (long cx = x0; cx <= x1; cx++) {
      for (long cy = y0; cy <= y1; cy++) {
        List<Integer> ids = cells.get(key(cx, cy));
        if (ids == null) {
          continue;
        }
        for (int id : ids) {
          double dx = points[id].x - x;
          double dy = points[id].y - y;
          if (dx * dx + dy * dy <= r2) {
            if (n == out.length) {
              out = java.util.Arrays.copyOf(out, 2 * n);
            }
            out[n++] = id;
          }
        }
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
