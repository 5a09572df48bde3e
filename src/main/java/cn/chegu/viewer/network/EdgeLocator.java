package cn.chegu.viewer.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.ItemDistance;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Finds, for a point, the edges (of the road classes it indexes, e.g. those a travel mode may use)
 * it joins: every one within a snap distance ({@link #attach}, the rule every analysis uses), or
 * only the nearest ({@link #locate}, for diagnostics), with an {@link STRtree} over edge envelopes,
 * and the split point on each. Thread-safe once built.
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

  /** A point and a snap distance (the attachments depend on both). */
  private record AttachKey(long x, long y, long max) {
    AttachKey(Coordinate c, double maxMeters) {
      this(
          Double.doubleToLongBits(c.x),
          Double.doubleToLongBits(c.y),
          Double.doubleToLongBits(maxMeters));
    }

    @Override
    public int hashCode() {
      return (int) mix(mix(mix(x) + y) + max);
    }
  }

  /** Attachments already found, bounded by {@link #MAX_CACHED} like {@link #cache}. */
  private final Map<AttachKey, Attachment> attachments = new ConcurrentHashMap<>();

  /** Indexes the edges {@code indexed} accepts. */
  EdgeLocator(RoadGraph graph, IntPredicate indexed) {
    this.graph = graph;
    int n = 0;
    for (int e = 0; e < graph.edgeCount(); e++) {
      if (indexed.test(e)) {
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

  /**
   * Every indexed edge whose nearest point lies within {@code maxMeters} of {@code p}, nearest
   * first (ties by edge id), each with its split point; {@link Attachment#NONE} when there is none.
   * See {@link Attachment} for why every edge and not only the nearest.
   */
  public Attachment attach(Coordinate p, double maxMeters) {
    AttachKey key = new AttachKey(p, maxMeters);
    Attachment known = attachments.get(key);
    if (known == null) {
      known = within(p, maxMeters);
      if (attachments.size() < MAX_CACHED) {
        attachments.putIfAbsent(key, known);
      }
    }
    return known;
  }

  private Attachment within(Coordinate p, double maxMeters) {
    if (size == 0) {
      return Attachment.NONE;
    }
    Envelope near = new Envelope(p);
    near.expandBy(maxMeters);
    List<EdgeLocation> out = new ArrayList<>();
    for (Object o : tree.query(near)) {
      EdgeLocation loc = project(p, (Integer) o);
      if (loc.connectorMeters() <= maxMeters) {
        out.add(loc);
      }
    }
    if (out.isEmpty()) {
      return Attachment.NONE;
    }
    out.sort(
        Comparator.comparingDouble(EdgeLocation::connectorMeters)
            .thenComparingInt(EdgeLocation::edge));
    return new Attachment(out);
  }

  /**
   * The nearest point of edge {@code e} to {@code p}: segment by segment, the first of equally near
   * points along the line, as {@code DistanceOp} and {@code LengthIndexedLine} would give it.
   */
  private EdgeLocation project(Coordinate p, int e) {
    Coordinate[] pts = graph.edgeLine(e).getCoordinates();
    double best = Double.POSITIVE_INFINITY;
    double bestAlong = 0;
    double bx = pts[0].x;
    double by = pts[0].y;
    double walked = 0;
    for (int k = 0; k + 1 < pts.length; k++) {
      Coordinate a = pts[k];
      Coordinate b = pts[k + 1];
      double dx = b.x - a.x;
      double dy = b.y - a.y;
      double len2 = dx * dx + dy * dy;
      double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0;
      t = Math.max(0, Math.min(1, t));
      double x = a.x + t * dx;
      double y = a.y + t * dy;
      double d = Math.hypot(p.x - x, p.y - y);
      if (d < best) {
        best = d;
        bx = x;
        by = y;
        bestAlong = walked + t * Math.sqrt(len2);
      }
      walked += Math.sqrt(len2);
    }
    double length = graph.edgeLengthMeters(e);
    double fraction = length > 0 ? Math.min(1, Math.max(0, bestAlong / length)) : 0;
    return new EdgeLocation(e, fraction, new Coordinate(bx, by), best);
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
