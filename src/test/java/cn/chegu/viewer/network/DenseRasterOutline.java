package cn.chegu.viewer.network;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * TEST REFERENCE: the former cell-by-cell {@link RasterOutline} (before runs per row), kept to
 * check that the run-based version draws the same rings ({@link RasterOutlineSameAnswerTest}).
 *
 * <p>Turns a boolean grid of "inside" cells into polygons, in three steps:
 *
 * <ol>
 *   <li><b>saddles</b>: where two inside cells touch only at a corner, an outside cell of that 2×2
 *       window is set inside, so rings never touch themselves or each other;
 *   <li><b>enclosed blocks</b>: outside regions (4-connected) that do not reach the grid's edge are
 *       set inside when no larger than {@code maxHoleCells}: a block whose whole boundary is
 *       reached is drawn filled, not as a hole;
 *   <li><b>tracing</b>: each cell side with inside on its left and outside on its right is a
 *       directed boundary edge; following them gives closed rings, counter-clockwise around inside
 *       (shells) and clockwise around outside (holes). Vertices are the midpoints of the cell sides
 *       (as marching squares draws them: stairs become 45° lines), then Douglas–Peucker at {@code
 *       simplifyMeters}. A hole belongs to the shell of the 4-connected inside region on its left.
 * </ol>
 *
 * Cost: linear in the number of cells plus the length of the boundary.
 */
final class DenseRasterOutline {

  private final int width;
  private final int height;
  private final double originX;
  private final double originY;
  private final double cell;

  DenseRasterOutline(int width, int height, double originX, double originY, double cell) {
    this.width = width;
    this.height = height;
    this.originX = originX;
    this.originY = originY;
    this.cell = cell;
  }

  /**
   * The polygon(s) of the inside cells; {@code inside} (row-major, row 0 at {@code originY}) is
   * changed in place by steps 1 and 2. Cells on the grid's border must be outside.
   */
  Geometry outline(
      boolean[] inside, int maxHoleCells, double simplifyMeters, GeometryFactory factory) {
    removeSaddles(inside);
    fillEnclosed(inside, maxHoleCells);
    return trace(inside, simplifyMeters, factory);
  }

  private void removeSaddles(boolean[] in) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int y = 0; y + 1 < height; y++) {
        for (int x = 0; x + 1 < width; x++) {
          int i = y * width + x;
          boolean a = in[i];
          boolean b = in[i + 1];
          boolean c = in[i + width];
          boolean d = in[i + width + 1];
          if (a == d && b == c && a != b) {
            if (a) {
              in[i + 1] = true;
            } else {
              in[i] = true;
            }
            changed = true;
          }
        }
      }
    }
  }

  /** Sets inside every 4-connected outside region off the border of at most maxCells cells. */
  private void fillEnclosed(boolean[] in, int maxCells) {
    GridRuns runs = new GridRuns(RowRuns.of(in, width, height), false);
    long[] size = new long[runs.count];
    boolean[] border = new boolean[runs.count];
    for (int i = 0; i < runs.count; i++) {
      int r = runs.root(i);
      size[r] += runs.end[i] - runs.start[i];
      border[r] |= runs.onBorder(i);
    }
    for (int i = 0; i < runs.count; i++) {
      int r = runs.root(i);
      if (!border[r] && size[r] <= maxCells) {
        int base = runs.row[i] * width;
        Arrays.fill(in, base + runs.start[i], base + runs.end[i], true);
      }
    }
  }

  // directions of boundary edges: 0 = +x, 1 = +y, 2 = -x, 3 = -y
  private static final int[] DX = {1, 0, -1, 0};
  private static final int[] DY = {0, 1, 0, -1};

  private Geometry trace(boolean[] in, double simplifyMeters, GeometryFactory f) {
    int vw = width + 1;
    byte[] out = new byte[vw * (height + 1)]; // outgoing direction + 1 at each vertex, 0 = none
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int i = y * width + x;
        if (!in[i]) {
          continue;
        }
        // inside on the left: bottom side runs +x, right side +y, top side -x, left side -y
        if (y == 0 || !in[i - width]) {
          out[y * vw + x] = 1;
        }
        if (x == width - 1 || !in[i + 1]) {
          out[y * vw + x + 1] = 2;
        }
        if (y == height - 1 || !in[i + width]) {
          out[(y + 1) * vw + x + 1] = 3;
        }
        if (x == 0 || !in[i - 1]) {
          out[(y + 1) * vw + x] = 4;
        }
      }
    }
    GridRuns component = new GridRuns(RowRuns.of(in, width, height), true);
    RasterOutline.Rings rings = new RasterOutline.Rings();
    int[] dirs = new int[256];
    int[] verts = new int[256];
    for (int v0 = 0; v0 < out.length; v0++) {
      if (out[v0] == 0) {
        continue;
      }
      int comp = component.root(RasterOutline.leftRun(component, v0, out[v0] - 1, vw));
      int count = 0;
      int v = v0;
      while (out[v] != 0) {
        int dir = out[v] - 1;
        out[v] = 0;
        if (count == dirs.length) {
          dirs = Arrays.copyOf(dirs, count * 2);
          verts = Arrays.copyOf(verts, count * 2);
        }
        dirs[count] = dir;
        verts[count++] = v;
        v = (v / vw + DY[dir]) * vw + v % vw + DX[dir];
      }
      // vertices: the midpoints of the sides where the direction changes (ends of straight runs)
      CoordinateList pts = new CoordinateList();
      for (int k = 0; k < count; k++) {
        int prev = dirs[(k + count - 1) % count];
        int next = dirs[(k + 1) % count];
        if (dirs[k] != prev || dirs[k] != next) {
          int x = verts[k] % vw;
          int y = verts[k] / vw;
          pts.add(point(x + DX[dirs[k]] * 0.5, y + DY[dirs[k]] * 0.5), false);
        }
      }
      pts.closeRing();
      rings.add(pts.toCoordinateArray(), comp, simplifyMeters, f);
    }
    return rings.polygons(f);
  }

  /** Grid vertex coordinates (in cells) to metres. */
  private Coordinate point(double vx, double vy) {
    return new Coordinate(originX + vx * cell, originY + vy * cell);
  }
}
