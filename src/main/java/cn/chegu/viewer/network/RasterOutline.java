package cn.chegu.viewer.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns a grid of "inside" cells, given as runs per row ({@link RowRuns}), into polygons, in three
 * steps:
 *
 * <ol>
 *   <li><b>saddles</b>: where two inside cells touch only at a corner, an outside cell of that 2×2
 *       window is set inside, so rings never touch themselves or each other;
 *   <li><b>enclosed blocks</b>: outside regions (4-connected) that do not reach the grid's edge are
 *       set inside when no larger than {@code maxHoleCells}: a block whose whole boundary is
 *       reached is drawn filled, not as a hole;
 *   <li><b>tracing</b>: each cell side with inside on its left and outside on its right is a
 *       directed boundary edge (found per run, in straight pieces); following them gives closed
 *       rings, counter-clockwise around inside (shells) and clockwise around outside (holes).
 *       Vertices are the midpoints of the cell sides (as marching squares draws them: stairs become
 *       45° lines), then Douglas–Peucker at {@code simplifyMeters}. A hole belongs to the shell of
 *       the 4-connected inside region on its left.
 * </ol>
 *
 * Cost: linear in the number of runs (about the length of the boundary in cells), not in the number
 * of cells; a test checks that it draws exactly what the former cell-by-cell version drew.
 */
final class RasterOutline {

  private final int width;
  private final int height;
  private final double originX;
  private final double originY;
  private final double cell;

  RasterOutline(int width, int height, double originX, double originY, double cell) {
    this.width = width;
    this.height = height;
    this.originX = originX;
    this.originY = originY;
    this.cell = cell;
  }

  /** The polygon(s) of the {@code true} cells of a row-major grid (row 0 at {@code originY}). */
  Geometry outline(
      boolean[] inside, int maxHoleCells, double simplifyMeters, GeometryFactory factory) {
    return outline(RowRuns.of(inside, width, height), maxHoleCells, simplifyMeters, factory);
  }

  /**
   * The polygon(s) of the inside cells; {@code inside} is changed in place by steps 1 and 2. Cells
   * on the grid's border must be outside.
   */
  Geometry outline(
      RowRuns inside, int maxHoleCells, double simplifyMeters, GeometryFactory factory) {
    removeSaddles(inside);
    fillEnclosed(inside, maxHoleCells);
    return trace(inside, simplifyMeters, factory);
  }

  /**
   * Repeated sweeps, rows bottom-up and each row left to right, until one finds no saddle: the 2×2
   * window at (x, y) is a saddle when (x, y) and (x+1, y+1) differ from (x+1, y) and (x, y+1); the
   * fix sets the outside cell of row y inside. A saddle needs a run start or end of row y + 1 at x
   * + 1, so a sweep visits those only, in order, against the current row y.
   */
  private void removeSaddles(RowRuns in) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int y = 0; y + 1 < height; y++) {
        for (int j = 0, n = in.count(y + 1); j < n; j++) {
          int s = in.start(y + 1, j); // (s-1, y+1) outside, (s, y+1) inside
          if (s >= 1 && in.contains(s - 1, y) && !in.contains(s, y)) {
            changed |= in.set(s, y);
          }
          int e = in.end(y + 1, j); // (e-1, y+1) inside, (e, y+1) outside
          if (e <= width - 1 && !in.contains(e - 1, y) && in.contains(e, y)) {
            changed |= in.set(e - 1, y);
          }
        }
      }
    }
  }

  /** Sets inside every 4-connected outside region off the border of at most maxCells cells. */
  private void fillEnclosed(RowRuns in, int maxCells) {
    GridRuns runs = new GridRuns(in, false);
    long[] size = new long[runs.count];
    boolean[] border = new boolean[runs.count];
    for (int i = 0; i < runs.count; i++) {
      int r = runs.root(i);
      size[r] += runs.end[i] - runs.start[i];
      border[r] |= runs.onBorder(i);
    }
    for (int y = 0; y < height; y++) {
      int n = in.count(y);
      boolean[] joinNext = null; // joinNext[k]: the gap after inside run k is filled
      int k = 0;
      for (int i = runs.rowFirst[y]; i < runs.rowFirst[y + 1]; i++) {
        int r = runs.root(i);
        if (border[r] || size[r] > maxCells) {
          continue;
        }
        // off the border, the gap lies between two inside runs of the row
        while (in.end(y, k) != runs.start[i]) {
          k++;
        }
        if (joinNext == null) {
          joinNext = new boolean[n];
        }
        joinNext[k] = true;
      }
      if (joinNext == null) {
        continue;
      }
      int[] merged = new int[2 * n];
      int m = 0;
      for (k = 0; k < n; k++) {
        if (k > 0 && joinNext[k - 1]) {
          merged[2 * m - 1] = in.end(y, k);
        } else {
          merged[2 * m] = in.start(y, k);
          merged[2 * m + 1] = in.end(y, k);
          m++;
        }
      }
      in.setRuns(y, merged, m);
    }
  }

  // directions of boundary edges: 0 = +x, 1 = +y, 2 = -x, 3 = -y
  private static final int[] DX = {1, 0, -1, 0};
  private static final int[] DY = {0, 1, 0, -1};

  /**
   * Traces the rings. The boundary is made of pieces, each a straight run of cell sides: per run of
   * a row its left side (-y) and right side (+y), and per pair of rows y-1, y the stretches where
   * exactly one of them is inside (+x under inside, -x over inside). Every grid vertex starts at
   * most one piece (no saddles), so a ring is followed piece by piece through a hash of start
   * vertices. Each ring starts at its lowest-then-leftmost vertex (a corner), and rings are listed
   * in that order, as a row-major scan of the vertices would find them.
   */
  private Geometry trace(RowRuns in, double simplifyMeters, GeometryFactory f) {
    int vw = width + 1;
    Pieces pieces = new Pieces();
    for (int y = 0; y < height; y++) {
      for (int i = 0, n = in.count(y); i < n; i++) {
        int s = in.start(y, i);
        int e = in.end(y, i);
        pieces.add((y + 1) * vw + s, y * vw + s, 3, 1);
        pieces.add(y * vw + e, (y + 1) * vw + e, 1, 1);
      }
    }
    for (int y = 0; y <= height; y++) {
      horizontal(in, y, vw, pieces);
    }
    VertexIndex startAt = new VertexIndex(pieces.count);
    for (int p = 0; p < pieces.count; p++) {
      startAt.put(pieces.from[p], p);
    }
    GridRuns component = new GridRuns(in, true);
    Rings rings = new Rings();
    List<long[]> order = new ArrayList<>(); // {first vertex, ring id}
    List<int[]> ringPieces = new ArrayList<>();
    boolean[] done = new boolean[pieces.count];
    int[] ring = new int[64];
    for (int p0 = 0; p0 < pieces.count; p0++) {
      if (done[p0]) {
        continue;
      }
      int count = 0;
      int first = 0;
      int p = p0;
      do {
        done[p] = true;
        if (count == ring.length) {
          ring = Arrays.copyOf(ring, count * 2);
        }
        if (count == 0 || pieces.from[p] < pieces.from[ring[first]]) {
          first = count;
        }
        ring[count++] = p;
        p = startAt.get(pieces.to[p]);
      } while (p != p0);
      int[] rotated = new int[count];
      for (int k = 0; k < count; k++) {
        rotated[k] = ring[(first + k) % count];
      }
      order.add(new long[] {pieces.from[rotated[0]], ringPieces.size()});
      ringPieces.add(rotated);
    }
    order.sort((a, b) -> Long.compare(a[0], b[0]));
    for (long[] o : order) {
      int[] rp = ringPieces.get((int) o[1]);
      int v0 = pieces.from[rp[0]];
      int comp = component.root(leftRun(component, v0, pieces.dir[rp[0]], vw));
      // vertices: the midpoints of the first and last side of each straight stretch
      CoordinateList pts = new CoordinateList();
      int k = 0;
      while (k < rp.length) {
        int dir = pieces.dir[rp[k]];
        int v = pieces.from[rp[k]];
        int len = 0;
        while (k < rp.length && pieces.dir[rp[k]] == dir) {
          len += pieces.len[rp[k++]];
        }
        int x = v % vw;
        int y = v / vw;
        pts.add(point(x + DX[dir] * 0.5, y + DY[dir] * 0.5), false);
        if (len > 1) {
          pts.add(point(x + DX[dir] * (len - 0.5), y + DY[dir] * (len - 0.5)), false);
        }
      }
      pts.closeRing();
      rings.add(pts.toCoordinateArray(), comp, simplifyMeters, f);
    }
    return rings.polygons(f);
  }

  /**
   * The horizontal pieces on vertex row y: where row y (above) is inside and row y-1 (below) is
   * not, the bottom sides run +x; where only row y-1 is inside, its top sides run -x.
   */
  private void horizontal(RowRuns in, int y, int vw, Pieces pieces) {
    int na = y < height ? in.count(y) : 0;
    int nb = y > 0 ? in.count(y - 1) : 0;
    int ia = 0;
    int ib = 0;
    int x = 0;
    while (ia < na || ib < nb) {
      // state at x: the next change of either row
      boolean above = ia < na && in.start(y, ia) <= x;
      boolean below = ib < nb && in.start(y - 1, ib) <= x;
      int nextA = ia < na ? (above ? in.end(y, ia) : in.start(y, ia)) : Integer.MAX_VALUE;
      int nextB = ib < nb ? (below ? in.end(y - 1, ib) : in.start(y - 1, ib)) : Integer.MAX_VALUE;
      int next = Math.min(nextA, nextB);
      if (above && !below) {
        pieces.add(y * vw + x, y * vw + next, 0, next - x);
      } else if (below && !above) {
        pieces.add(y * vw + next, y * vw + x, 2, next - x);
      }
      x = next;
      if (above && nextA == next) {
        ia++;
      }
      if (below && nextB == next) {
        ib++;
      }
    }
  }

  /** Straight boundary pieces: start and end vertex, direction, length in sides. */
  private static final class Pieces {
    int count;
    int[] from = new int[256];
    int[] to = new int[256];
    int[] dir = new int[256];
    int[] len = new int[256];

    void add(int fromVertex, int toVertex, int direction, int sides) {
      if (count == from.length) {
        from = Arrays.copyOf(from, count * 2);
        to = Arrays.copyOf(to, count * 2);
        dir = Arrays.copyOf(dir, count * 2);
        len = Arrays.copyOf(len, count * 2);
      }
      from[count] = fromVertex;
      to[count] = toVertex;
      dir[count] = direction;
      len[count++] = sides;
    }
  }

  /** Open-addressing map from a vertex to the piece starting there. */
  private static final class VertexIndex {
    private final int[] keys; // vertex + 1, 0 = empty
    private final int[] values;
    private final int mask;

    VertexIndex(int n) {
      int cap = Integer.highestOneBit(Math.max(4, n * 2 + 1)) << 1;
      keys = new int[cap];
      values = new int[cap];
      mask = cap - 1;
    }

    private int slot(int vertex) {
      int h = (vertex * 0x9E3779B1) & mask;
      while (keys[h] != 0 && keys[h] != vertex + 1) {
        h = (h + 1) & mask;
      }
      return h;
    }

    void put(int vertex, int piece) {
      int s = slot(vertex);
      if (keys[s] != 0) {
        throw new IllegalStateException("two boundary pieces leave vertex " + vertex);
      }
      keys[s] = vertex + 1;
      values[s] = piece;
    }

    int get(int vertex) {
      int s = slot(vertex);
      if (keys[s] == 0) {
        throw new IllegalStateException("no boundary piece leaves vertex " + vertex);
      }
      return values[s];
    }
  }

  /**
   * The rings of a grid in scan order, simplified and sorted into shells (counter-clockwise) and
   * holes; a hole goes to the shell of the same 4-connected inside region.
   */
  static final class Rings {
    private final List<LinearRing> shells = new ArrayList<>();
    private final List<Integer> shellComponent = new ArrayList<>();
    private final List<LinearRing> holes = new ArrayList<>();
    private final List<Integer> holeComponent = new ArrayList<>();

    /** Adds a closed ring of the inside region {@code component}; dropped if it collapses. */
    void add(Coordinate[] ring, int component, double simplifyMeters, GeometryFactory f) {
      if (simplifyMeters > 0) {
        ring = simplifyRing(ring, simplifyMeters);
      }
      if (ring.length < 4) {
        return;
      }
      LinearRing lr = f.createLinearRing(ring);
      if (Area.ofRingSigned(ring) < 0) { // JTS: negative = counter-clockwise
        shells.add(lr);
        shellComponent.add(component);
      } else {
        holes.add(lr);
        holeComponent.add(component);
      }
    }

    Geometry polygons(GeometryFactory f) {
      Map<Integer, Integer> shellOf = new HashMap<>();
      List<List<LinearRing>> holesOf = new ArrayList<>();
      for (int s = 0; s < shells.size(); s++) {
        shellOf.put(shellComponent.get(s), s);
        holesOf.add(new ArrayList<>());
      }
      for (int h = 0; h < holes.size(); h++) {
        Integer s = shellOf.get(holeComponent.get(h));
        if (s != null) {
          holesOf.get(s).add(holes.get(h));
        }
      }
      Polygon[] polygons = new Polygon[shells.size()];
      for (int s = 0; s < shells.size(); s++) {
        polygons[s] = f.createPolygon(shells.get(s), holesOf.get(s).toArray(new LinearRing[0]));
      }
      if (polygons.length == 0) {
        return f.createPolygon();
      }
      return polygons.length == 1 ? polygons[0] : f.createMultiPolygon(polygons);
    }
  }

  /**
   * Douglas–Peucker on a closed ring, split at the vertex farthest from the first so that both
   * halves have a proper chord.
   */
  static Coordinate[] simplifyRing(Coordinate[] ring, double tolerance) {
    int n = ring.length - 1; // distinct vertices
    if (n < 4) {
      return ring;
    }
    int far = 0;
    double farDist = -1;
    for (int i = 1; i < n; i++) {
      double d = ring[0].distance(ring[i]);
      if (d > farDist) {
        farDist = d;
        far = i;
      }
    }
    boolean[] keep = new boolean[n + 1];
    keep[0] = true;
    keep[far] = true;
    keep[n] = true;
    int[] stack = new int[2 * (n + 2)];
    int sp = 0;
    stack[sp++] = 0;
    stack[sp++] = far;
    stack[sp++] = far;
    stack[sp++] = n;
    double tol2 = tolerance * tolerance;
    while (sp > 0) {
      int b = stack[--sp];
      int a = stack[--sp];
      double best = -1;
      int at = -1;
      for (int i = a + 1; i < b; i++) {
        double d = segmentDistance2(ring[i], ring[a], ring[b]);
        if (d > best) {
          best = d;
          at = i;
        }
      }
      if (at >= 0 && best > tol2) {
        keep[at] = true;
        stack[sp++] = a;
        stack[sp++] = at;
        stack[sp++] = at;
        stack[sp++] = b;
      }
    }
    List<Coordinate> out = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      if (keep[i]) {
        out.add(ring[i]);
      }
    }
    return out.toArray(new Coordinate[0]);
  }

  private static double segmentDistance2(Coordinate p, Coordinate a, Coordinate b) {
    double dx = b.x - a.x;
    double dy = b.y - a.y;
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2;
    t = Math.max(0, Math.min(1, t));
    double ex = a.x + t * dx - p.x;
    double ey = a.y + t * dy - p.y;
    return ex * ex + ey * ey;
  }

  /** The run of the inside cell on the left of the boundary edge leaving vertex v in dir. */
  static int leftRun(GridRuns runs, int v, int dir, int vw) {
    int x = v % vw;
    int y = v / vw;
    return switch (dir) {
      case 0 -> runs.runAt(x, y);
      case 1 -> runs.runAt(x - 1, y);
      case 2 -> runs.runAt(x - 1, y - 1);
      default -> runs.runAt(x, y - 1);
    };
  }

  /** Grid vertex coordinates (in cells) to metres. */
  private Coordinate point(double vx, double vy) {
    return new Coordinate(originX + vx * cell, originY + vy * cell);
  }
}
