package cn.chegu.viewer.network;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;
import org.locationtech.jts.operation.union.UnionStrategy;

/**
 * Service areas as network buffers: the reachable parts of edges, buffered by {@code offsetMeters}
 * and unioned.
 *
 * <p>For an edge {@code (u,v)} with forward cost {@code c_f} and backward cost {@code c_b} and a
 * limit {@code T}, the part reachable from {@code u} is the first {@code (T - t(u)) / c_f} of its
 * length, from {@code v} the last {@code (T - t(v)) / c_b} (a one-way edge has {@code c_b = ∞} in
 * drive modes, so nothing is reached backwards). When the two parts meet the whole edge is taken.
 * Parts are cut with {@link LengthIndexedLine#extractLine}. Sources attached mid-edge add the part
 * of their own edge around the split point, and their connector lines.
 *
 * <p>Parts are grouped into spatially compact chunks of up to {@value #CHUNK_PARTS} (the leaves of
 * an {@link STRtree} of their envelopes); each chunk is buffered as ONE MultiLineString by {@link
 * BufferOp} (a buffer of a collection is the union of the buffers, in one noding pass) with {@value
 * #QUADRANT_SEGMENTS} segments per quarter circle and an input simplification of {@value
 * #SIMPLIFY_FACTOR} × offset, and the chunk buffers are unioned by {@link CascadedPolygonUnion}.
 * Measured on the sample, 12-minute ambulance area (1,929 parts, 630 block holes), same machine
 * load: per-part buffers at 4 segments + cascaded union (the former method) 253 ms; ONE buffer of
 * everything 707 ms (the noding of all offset curves at once grows faster than linear); per-part at
 * 2 segments + simplification 146 ms; chunks of 16: 123 ms, of 64: 127 ms, of 256: 192 ms. On a
 * 10-minute drive (568 parts) 2 segments instead of 4 cut 40 % and simplification 0.1–0.3 another
 * 35–50 %; merging parts into long lines ({@code LineMerger}), a Douglas–Peucker pass or snapping
 * to a 10–25 m grid did not help. The result differs from the 4-segment union by &lt; 0.5 % of the
 * area (symmetric difference), all within the offset's rounded corners; nothing outside the network
 * buffer is added (it is never a hull). The remaining cost is JTS noding the offset curves of every
 * reachable edge: an isochrone reaching a thousand edges has as many block-shaped holes.
 *
 * <p>The walk offset stands for the short walk off the road (to a door, across a plot); 50–100 m is
 * typical. It is a drawing parameter: coverage counts use travel times, not these polygons.
 */
public final class ServiceAreaOp {

  /** Segments per quarter circle of the rounded ends and joins. */
  static final int QUADRANT_SEGMENTS = 2;

  /** Input simplification tolerance as a fraction of the offset (JTS default 0.01). */
  static final double SIMPLIFY_FACTOR = 0.2;

  /** Parts per buffered chunk (STRtree node capacity). */
  static final int CHUNK_PARTS = 16;

  /** The retry when the union of chunk buffers fails: snap-rounding at 1 mm (always robust). */
  private static final UnionStrategy SNAP_ROUNDED_UNION =
      new UnionStrategy() {
        private final PrecisionModel millimetres = new PrecisionModel(1000);

        @Override
        public Geometry union(Geometry a, Geometry b) {
          return OverlayNG.overlay(a, b, OverlayNG.UNION, millimetres);
        }

        @Override
        public boolean isFloatingPrecision() {
          return false;
        }
      };

  private final double offsetMeters;

  /**
   * @param offsetMeters buffer distance around reachable road parts, metres (&gt; 0)
   */
  public ServiceAreaOp(double offsetMeters) {
    if (!(offsetMeters > 0) || Double.isInfinite(offsetMeters)) {
      throw new IllegalArgumentException("offsetMeters must be positive, was " + offsetMeters);
    }
    this.offsetMeters = offsetMeters;
  }

  /** One service area per band, in band order; bands beyond the tree's limit are rejected. */
  public List<ServiceArea> compute(ShortestPathTree tree, List<Duration> bands) {
    List<ServiceArea> out = new ArrayList<>(bands.size());
    for (Duration band : bands) {
      out.add(new ServiceArea(band, compute(tree, band)));
    }
    return out;
  }

  /** The network buffer of everything reachable within {@code limit}. */
  public Geometry compute(ShortestPathTree tree, Duration limit) {
    double limitSeconds = limit.toMillis() / 1000.0;
    if (limitSeconds > tree.limitSeconds()) {
      throw new IllegalArgumentException(
          "band " + limit + " exceeds the tree's search limit of " + tree.limitSeconds() + " s");
    }
    List<LineString> parts = reachableParts(tree, limitSeconds);
    GeometryFactory f = tree.graph().factory();
    if (parts.isEmpty()) {
      return f.createPolygon();
    }
    BufferParameters params = new BufferParameters(QUADRANT_SEGMENTS);
    params.setSimplifyFactor(SIMPLIFY_FACTOR);
    if (parts.size() <= CHUNK_PARTS) {
      return buffer(f, parts, params);
    }
    STRtree index = new STRtree(CHUNK_PARTS);
    for (LineString part : parts) {
      index.insert(part.getEnvelopeInternal(), part);
    }
    List<Geometry> buffers = new ArrayList<>();
    bufferLeaves(index.itemsTree(), f, params, buffers);
    try {
      return CascadedPolygonUnion.union(buffers);
    } catch (TopologyException e) {
      // a road piece cut a hair (1e-11 m) from a node can make a chunk's buffer invalid, which
      // defeats the overlay: repair the chunks and snap-round the union to the millimetre
      List<Geometry> fixed = new ArrayList<>(buffers.size());
      for (Geometry b : buffers) {
        fixed.add(GeometryFixer.fix(b));
      }
      return CascadedPolygonUnion.union(fixed, SNAP_ROUNDED_UNION);
    }
  }

  /** Buffers the items of every leaf of an {@link STRtree#itemsTree()} as one chunk. */
  private void bufferLeaves(
      List<?> node, GeometryFactory f, BufferParameters params, List<Geometry> out) {
    List<LineString> leaf = new ArrayList<>();
    for (Object child : node) {
      if (child instanceof List<?> list) {
        bufferLeaves(list, f, params, out);
      } else {
        leaf.add((LineString) child);
      }
    }
    if (!leaf.isEmpty()) {
      out.add(buffer(f, leaf, params));
    }
  }

  private Geometry buffer(GeometryFactory f, List<LineString> lines, BufferParameters params) {
    return BufferOp.bufferOp(
        f.createMultiLineString(lines.toArray(new LineString[0])), offsetMeters, params);
  }

  /** The reachable pieces of road (and connectors) within {@code limitSeconds}, as lines. */
  public List<LineString> reachableParts(ShortestPathTree tree, double limitSeconds) {
    RoadGraph g = tree.graph();
    RoadGraph.EdgeCosts costs = g.costs(tree.mode());
    double[] fwd = costs.forwardSeconds();
    double[] bwd = costs.backwardSeconds();
    List<LineString> parts = new ArrayList<>();
    for (int e = 0; e < g.edgeCount(); e++) {
      double len = g.edgeLengthMeters(e);
      double a = share(limitSeconds - tree.secondsAt(g.edgeFrom(e)), fwd[e]);
      double b = share(limitSeconds - tree.secondsAt(g.edgeTo(e)), bwd[e]);
      if (a + b >= 1) {
        parts.add(g.edgeLine(e));
        continue;
      }
      LengthIndexedLine line = new LengthIndexedLine(g.edgeLine(e));
      if (a > 0) {
        parts.add((LineString) line.extractLine(0, a * len));
      }
      if (b > 0) {
        parts.add((LineString) line.extractLine((1 - b) * len, len));
      }
    }
    for (int k = 0; k < tree.attachedCount(); k++) {
      EdgeLocation loc = tree.attached(k);
      double remaining = limitSeconds - tree.attachedStartSeconds(k);
      if (remaining < 0) {
        continue;
      }
      int e = loc.edge();
      double len = g.edgeLengthMeters(e);
      double ahead = Math.min(1 - loc.fraction(), share(remaining, fwd[e]));
      double behind = Math.min(loc.fraction(), share(remaining, bwd[e]));
      LengthIndexedLine line = new LengthIndexedLine(g.edgeLine(e));
      double start = (loc.fraction() - behind) * len;
      double end = (loc.fraction() + ahead) * len;
      if (end > start) {
        parts.add((LineString) line.extractLine(start, end));
      }
      double connectorSeconds = tree.mode().connectorSeconds(loc.connectorMeters());
      double startSeconds = tree.attachedStartSeconds(k) - connectorSeconds;
      if (loc.connectorMeters() > 0 && startSeconds <= limitSeconds) {
        // the facility's own access leg to this road, as far as the time allows
        Coordinate split = loc.splitPoint();
        Coordinate facility = tree.sourcePoint(tree.attachedSource(k));
        double part = Math.min(1, share(limitSeconds - startSeconds, connectorSeconds));
        Coordinate reached =
            new Coordinate(
                facility.x + part * (split.x - facility.x),
                facility.y + part * (split.y - facility.y));
        if (part > 0) {
          parts.add(g.factory().createLineString(new Coordinate[] {facility, reached}));
        }
      }
    }
    return parts;
  }

  /** Fraction of an edge covered with {@code remaining} seconds at cost {@code cost}, 0..1. */
  private static double share(double remaining, double cost) {
    if (!(remaining > 0) || cost == Double.POSITIVE_INFINITY) {
      return 0;
    }
    return cost <= 0 ? 1 : Math.min(1, remaining / cost);
  }
}
