package cn.chegu.viewer.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.noding.snap.SnappingNoder;

/**
 * Builds a {@link RoadGraph} from road lines: nodes every line end and every intersection, snapping
 * vertices that lie within {@code toleranceMeters} of each other.
 *
 * <p>Noding uses JTS's {@link SnappingNoder} with snap tolerance {@code toleranceMeters}: input
 * vertices closer than the tolerance are merged (a KD-tree of snapped points; the first vertex
 * wins), segments are intersected in a monotone-chain index ({@code MCIndexNoder}), and every
 * intersection or vertex lying within the tolerance of another segment becomes a shared node there.
 * Hence ends closer than the tolerance meet, an end within the tolerance of a line makes a T
 * junction, and crossing lines get a shared node. Vertices move by at most {@code toleranceMeters}.
 * Lines that overlap become parallel edges. Line pieces that collapse to a point are dropped.
 *
 * <p>Measured on synthetic grids of long unnoded streets (bench {@code NetworkBench}):
 * snap-rounding ({@code SnapRoundingNoder}) grew ≈ 400× from 5,300 to 550,000 edges (59 ms → 21–30
 * s); the snapping noder ≈ 10× per 10× (≈ 100 ms → 0.3 s at 55,000 edges), i.e. near n·log n.
 */
public final class RoadGraphBuilder {

  private static final long SHUFFLE_SEED = 20_260_101L;

  private final double toleranceMeters;

  /**
   * @param toleranceMeters snap tolerance in metres (&gt; 0), e.g. 0.5–2 m for digitised roads
   */
  public RoadGraphBuilder(double toleranceMeters) {
    if (!(toleranceMeters > 0) || Double.isInfinite(toleranceMeters)) {
      throw new IllegalArgumentException(
          "toleranceMeters must be positive, was " + toleranceMeters);
    }
    this.toleranceMeters = toleranceMeters;
  }

  public double toleranceMeters() {
    return toleranceMeters;
  }

  /** Nodes the roads and builds the graph; an empty list gives an empty graph. */
  public RoadGraph build(List<RoadSegment> roads) {
    GeometryFactory factory =
        roads.isEmpty() ? new GeometryFactory() : roads.get(0).line().getFactory();
    List<SegmentString> input = new ArrayList<>(roads.size());
    for (RoadSegment road : roads) {
      Coordinate[] pts = CoordinateArrays.removeRepeatedPoints(road.line().getCoordinates());
      if (pts.length >= 2) {
        input.add(new NodedSegmentString(pts, road));
      }
    }
    // the noder's KD-tree is not balanced: input in spatial order (a digitised network, a grid)
    // degenerates it; a seeded shuffle of the lines halves the build at 550,000 edges
    Collections.shuffle(input, new Random(SHUFFLE_SEED));
    SnappingNoder noder = new SnappingNoder(toleranceMeters);
    noder.computeNodes(input);
    var noded = noder.getNodedSubstrings();

    NodeIds nodeIds = new NodeIds(noded.size() + 16);
    int cap = noded.size();
    int[] from = new int[cap];
    int[] to = new int[cap];
    double[] length = new double[cap];
    double[] speed = new double[cap];
    boolean[] oneway = new boolean[cap];
    boolean[] foot = new boolean[cap];
    boolean[] motor = new boolean[cap];
    RoadClass[] cls = new RoadClass[cap];
    LineString[] lines = new LineString[cap];
    int m = 0;
    for (Object o : noded) {
      SegmentString s = (SegmentString) o;
      Coordinate[] pts = CoordinateArrays.removeRepeatedPoints(s.getCoordinates());
      if (pts.length < 2) {
        continue;
      }
      RoadSegment road = (RoadSegment) s.getData();
      LineString line = factory.createLineString(pts);
      from[m] = nodeIds.id(pts[0]);
      to[m] = nodeIds.id(pts[pts.length - 1]);
      length[m] = line.getLength();
      speed[m] = road.speedKmh();
      oneway[m] = road.oneway();
      foot[m] = road.foot();
      motor[m] = road.motor();
      cls[m] = road.roadClass();
      lines[m] = line;
      m++;
    }
    int n = nodeIds.count;
    double[] x = java.util.Arrays.copyOf(nodeIds.x, n);
    double[] y = java.util.Arrays.copyOf(nodeIds.y, n);
    from = java.util.Arrays.copyOf(from, m);
    to = java.util.Arrays.copyOf(to, m);
    int[] adjStart = new int[n + 1];
    for (int e = 0; e < m; e++) {
      adjStart[from[e] + 1]++;
      adjStart[to[e] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      adjStart[i + 1] += adjStart[i];
    }
    int[] fill = java.util.Arrays.copyOf(adjStart, n);
    int[] arcs = new int[2 * m];
    for (int e = 0; e < m; e++) {
      arcs[fill[from[e]]++] = e << 1;
      arcs[fill[to[e]]++] = (e << 1) | 1;
    }
    int[] component = new int[n];
    int componentCount = components(n, from, to, component);
    return new RoadGraph(
        factory,
        x,
        y,
        component,
        componentCount,
        from,
        to,
        java.util.Arrays.copyOf(length, m),
        java.util.Arrays.copyOf(speed, m),
        java.util.Arrays.copyOf(oneway, m),
        java.util.Arrays.copyOf(foot, m),
        java.util.Arrays.copyOf(motor, m),
        java.util.Arrays.copyOf(cls, m),
        java.util.Arrays.copyOf(lines, m),
        adjStart,
        arcs);
  }

  /**
   * Node ids by exact coordinate (x, y), numbered in order of first sight: an open-addressing hash
   * on the coordinates' bits. ({@code HashMap<Coordinate, Integer>} took half the build at 550,000
   * edges: {@code Coordinate.hashCode} collides heavily on grids of round coordinates, and
   * colliding keys that are not {@code Comparable} make its bins linear lists.)
   */
  private static final class NodeIds {
    int count;
    double[] x;
    double[] y;
    private int[] table; // id + 1, 0 = empty
    private int mask;

    NodeIds(int expected) {
      x = new double[Math.max(16, expected)];
      y = new double[x.length];
      table = new int[Integer.highestOneBit(Math.max(16, expected) * 2) << 1];
      mask = table.length - 1;
    }

    int id(Coordinate c) {
      long bx = Double.doubleToLongBits(c.x);
      long by = Double.doubleToLongBits(c.y);
      int h = slot(bx, by);
      while (table[h] != 0) {
        int id = table[h] - 1;
        if (Double.doubleToLongBits(x[id]) == bx && Double.doubleToLongBits(y[id]) == by) {
          return id;
        }
        h = (h + 1) & mask;
      }
      if (count == x.length) {
        x = java.util.Arrays.copyOf(x, count * 2);
        y = java.util.Arrays.copyOf(y, count * 2);
      }
      x[count] = c.x;
      y[count] = c.y;
      table[h] = ++count;
      if (2 * count > table.length) {
        grow();
      }
      return count - 1;
    }

    private int slot(long bx, long by) {
      return (int) EdgeLocator.mix(EdgeLocator.mix(bx) + by) & mask;
    }

    private void grow() {
      table = new int[table.length * 2];
      mask = table.length - 1;
      for (int id = 0; id < count; id++) {
        int h = slot(Double.doubleToLongBits(x[id]), Double.doubleToLongBits(y[id]));
        while (table[h] != 0) {
          h = (h + 1) & mask;
        }
        table[h] = id + 1;
      }
    }
  }

  /** Union-find over the undirected edges; labels components 0.. in order of first node. */
  private static int components(int n, int[] from, int[] to, int[] out) {
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int e = 0; e < from.length; e++) {
      int a = find(parent, from[e]);
      int b = find(parent, to[e]);
      if (a != b) {
        parent[a] = b;
      }
    }
    int[] label = new int[n];
    java.util.Arrays.fill(label, -1);
    int count = 0;
    for (int i = 0; i < n; i++) {
      int r = find(parent, i);
      if (label[r] < 0) {
        label[r] = count++;
      }
      out[i] = label[r];
    }
    return count;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
