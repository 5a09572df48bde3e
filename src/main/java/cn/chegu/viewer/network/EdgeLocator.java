package cn.chegu.viewer.network;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.ItemDistance;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Finds the nearest edge (of the road classes it indexes, e.g. those a travel mode may use) of a
 * point with an {@link STRtree} over edge envelopes and locates the split point on it with {@link
 * LengthIndexedLine}. Thread-safe once built.
 */
public final class EdgeLocator {

  private final RoadGraph graph;
  private final STRtree tree = new STRtree();

  private final int size;

  /** Points located at most (the demand cells of a city, a few times over); then no caching. */
  static final int MAX_CACHED = 1 << 20;

  /**
   * Locations already found, by the point's exact coordinates: every standard's recompute locates
   * the same demand cells on the same graph, so each is located once per graph and set of road
   * classes. Bounded by {@link #MAX_CACHED}; a lookup returns what {@link #locate} would compute.
   */
  private final Map<PointKey, EdgeLocation> cache = new ConcurrentHashMap<>();

  /** A point's exact coordinates, with a hash that mixes all their bits (round grids collide). */
  /** MurmurHash3's 64-bit finaliser: every input bit changes about half the output bits. */
  static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xFF51AFD7ED558CCDL;
    k ^= k >>> 33;
    k *= 0xC4CEB9FE1A85EC53L;
    return k ^ (k >>> 33);
  }

  private record PointKey(long x, long y) {
    PointKey(Coordinate c) {
      this(Double.doubleToLongBits(c.x), Double.doubleToLongBits(c.y));
    }

    @Override
    public int hashCode() {
      return (int) mix(mix(x) + y);
    }
  }

  /** Indexes the edges whose class is in {@code classes}. */
  EdgeLocator(RoadGraph graph, Set<RoadClass> classes) {
    this.graph = graph;
    int n = 0;
    for (int e = 0; e < graph.edgeCount(); e++) {
      if (classes.contains(graph.edgeClass(e))) {
        tree.insert(graph.edgeLine(e).getEnvelopeInternal(), e);
        n++;
      }
    }
    this.size = n;
    tree.build();
  }

  /**
   * The split point of {@code p} on its nearest indexed edge.
   *
   * @throws IllegalStateException when no edge is indexed
   */
  public EdgeLocation locate(Coordinate p) {
    if (size == 0) {
      throw new IllegalStateException("the road graph has no usable edges to attach to");
    }
    PointKey key = new PointKey(p);
    EdgeLocation known = cache.get(key);
    if (known == null) {
      known = nearest(p);
      if (cache.size() < MAX_CACHED) {
        cache.putIfAbsent(key, known);
      }
    }
    // the split point is a mutable Coordinate: every caller gets its own
    return new EdgeLocation(
        known.edge(), known.fraction(), known.splitPoint().copy(), known.connectorMeters());
  }

  private EdgeLocation nearest(Coordinate p) {
    var point = graph.factory().createPoint(p);
    ItemDistance distance =
        (ItemBoundable a, ItemBoundable b) -> {
          int ia = (Integer) a.getItem();
          int edge = ia >= 0 ? ia : (Integer) b.getItem();
          return graph.edgeLine(edge).distance(point);
        };
    int edge = (Integer) tree.nearestNeighbour(new Envelope(p), -1, distance);
    LineString line = graph.edgeLine(edge);
    Coordinate split = DistanceOp.nearestPoints(line, point)[0];
    double along = new LengthIndexedLine(line).indexOf(split);
    double length = graph.edgeLengthMeters(edge);
    double fraction = length > 0 ? Math.min(1, Math.max(0, along / length)) : 0;
    return new EdgeLocation(edge, fraction, split, split.distance(p));
  }
}
