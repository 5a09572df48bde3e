package cn.chegu.viewer.network;

import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The earliest time at which each cell of a square grid lies within {@code offsetMeters} of a
 * reached point of the network: the raster of the network buffer for every time limit at once (a
 * cell is inside the buffer of band {@code T} iff its time is ≤ {@code T}).
 *
 * <p>Along an edge of length {@code L} the arrival time at distance {@code x} from its from-node is
 * {@code t(x) = min(t_u + x·c_f, t_v + (L−x)·c_b, s_i + |x − x_i|·c)} (from either end, or from a
 * source attached at {@code x_i}; {@code c_f, c_b} are seconds per metre, ∞ where forbidden). The
 * points of a straight segment within {@code r} of a cell centre form one interval {@code [a, b]}
 * of it; each piece of {@code t} is monotone there, so its minimum is at an end: the cell gets
 * {@code min(t_u + a·c_f, t_v + (L−b)·c_b, …)}. This is exact for the centre (no sampling). A
 * facility's connector line takes the time the facility starts (its delay), as {@link
 * ServiceAreaOp} draws it. With several trees (multi-type standards) a cell takes the latest of
 * their times: where every tree has arrived.
 */
final class ArrivalRaster {

  final double originX;
  final double originY;
  final double cell;
  final int width;
  final int height;
  final float[] seconds;

  private ArrivalRaster(Envelope env, double cell) {
    this.cell = cell;
    this.width = Math.max(1, (int) Math.ceil(env.getWidth() / cell)) + 2;
    this.height = Math.max(1, (int) Math.ceil(env.getHeight() / cell)) + 2;
    this.originX = env.getMinX() - cell;
    this.originY = env.getMinY() - cell;
    this.seconds = new float[width * height];
    Arrays.fill(seconds, Float.POSITIVE_INFINITY);
  }

  /**
   * Rasterises the trees up to {@code limitSeconds}; the grid covers what is reached plus the
   * offset, with a one-cell empty margin. The cell grows when the grid would exceed {@code
   * maxCells}.
   */
  static ArrivalRaster of(
      List<ShortestPathTree> trees,
      double limitSeconds,
      double offsetMeters,
      double cellMeters,
      int maxCells) {
    Envelope env = new Envelope();
    for (ShortestPathTree t : trees) {
      env.expandToInclude(reachedExtent(t, limitSeconds));
    }
    if (env.isNull()) {
      return null;
    }
    env.expandBy(offsetMeters);
    double cell = cellMeters;
    while ((env.getWidth() / cell + 3) * (env.getHeight() / cell + 3) > maxCells) {
      cell *= 1.25;
    }
    ArrivalRaster r = new ArrivalRaster(env, cell);
    if (trees.size() == 1) {
      r.stamp(trees.get(0), limitSeconds, offsetMeters);
      return r;
    }
    float[] latest = new float[r.seconds.length];
    for (int k = 0; k < trees.size(); k++) {
      Arrays.fill(r.seconds, Float.POSITIVE_INFINITY);
      r.stamp(trees.get(k), limitSeconds, offsetMeters);
      for (int i = 0; i < latest.length; i++) {
        latest[i] = k == 0 ? r.seconds[i] : Math.max(latest[i], r.seconds[i]);
      }
    }
    System.arraycopy(latest, 0, r.seconds, 0, latest.length);
    return r;
  }

  /**
   * Envelope of what is reached within the limit: the reached stretches of edges (from either end;
   * a long road reached for its first hundred metres adds only those), whole edges that carry a
   * source, and connectors. Null envelope if nothing is reached.
   */
  private static Envelope reachedExtent(ShortestPathTree t, double limitSeconds) {
    RoadGraph g = t.graph();
    RoadGraph.EdgeCosts costs = g.costs(t.mode());
    Envelope env = new Envelope();
    for (int e = 0; e < g.edgeCount(); e++) {
      double tu = t.secondsAt(g.edgeFrom(e));
      double tv = t.secondsAt(g.edgeTo(e));
      if (Math.min(tu, tv) > limitSeconds) {
        continue;
      }
      double len = g.edgeLengthMeters(e);
      double a = reach(limitSeconds - tu, costs.forwardSeconds()[e], len);
      double b = reach(limitSeconds - tv, costs.backwardSeconds()[e], len);
      if (a + b >= len) {
        env.expandToInclude(g.edgeLine(e).getEnvelopeInternal());
        continue;
      }
      Coordinate[] pts = g.edgeLine(e).getCoordinates();
      double x = 0;
      for (int k = 0; k < pts.length; k++) {
        if (k > 0) {
          double seg = pts[k - 1].distance(pts[k]);
          includeCut(env, pts[k - 1], pts[k], x, seg, a);
          includeCut(env, pts[k - 1], pts[k], x, seg, len - b);
          x += seg;
        }
        if ((a > 0 && x <= a) || (b > 0 && x >= len - b)) {
          env.expandToInclude(pts[k]);
        }
      }
    }
    for (int k = 0; k < t.attachedCount(); k++) {
      if (t.attachedStartSeconds(k) <= limitSeconds) {
        env.expandToInclude(t.sourcePoint(t.attachedSource(k)));
        env.expandToInclude(g.edgeLine(t.attached(k).edge()).getEnvelopeInternal());
      }
    }
    return env;
  }

  /** Metres of an edge reached with {@code remaining} seconds at {@code cost} for its length. */
  private static double reach(double remaining, double cost, double len) {
    if (!(remaining >= 0) || cost == Double.POSITIVE_INFINITY) {
      return 0;
    }
    return cost <= 0 ? len : Math.min(len, remaining / cost * len);
  }

  /** Adds the point at distance {@code at} along the edge if it falls on segment p–q. */
  private static void includeCut(
      Envelope env, Coordinate p, Coordinate q, double x0, double seg, double at) {
    if (seg > 0 && at > x0 && at < x0 + seg) {
      double f = (at - x0) / seg;
      env.expandToInclude(p.x + f * (q.x - p.x), p.y + f * (q.y - p.y));
    }
  }

  private void stamp(ShortestPathTree t, double limitSeconds, double r) {
    RoadGraph g = t.graph();
    RoadGraph.EdgeCosts costs = g.costs(t.mode());
    double[] fwd = costs.forwardSeconds();
    double[] bwd = costs.backwardSeconds();
    EdgeTime time = new EdgeTime();
    for (int e = 0; e < g.edgeCount(); e++) {
      double len = g.edgeLengthMeters(e);
      time.set(
          t.secondsAt(g.edgeFrom(e)),
          t.secondsAt(g.edgeTo(e)),
          len > 0 ? fwd[e] / len : 0,
          len > 0 ? bwd[e] / len : 0,
          len);
      for (int k : t.attachedOnEdge(e)) {
        time.addSource(t.attachedStartSeconds(k), t.attached(k).fraction() * len);
      }
      if (time.min(0, len) > limitSeconds) {
        continue;
      }
      Coordinate[] pts = g.edgeLine(e).getCoordinates();
      double x0 = 0;
      for (int k = 0; k + 1 < pts.length; k++) {
        double segLen = pts[k].distance(pts[k + 1]);
        stampSegment(pts[k], pts[k + 1], segLen, x0, r, time);
        x0 += segLen;
      }
    }
    for (int k = 0; k < t.attachedCount(); k++) {
      EdgeLocation loc = t.attached(k);
      double start = t.attachedStartSeconds(k) - t.mode().connectorSeconds(loc.connectorMeters());
      if (loc.connectorMeters() > 0 && start <= limitSeconds) {
        // the access leg, timed along its length like an edge driven or walked one way
        time.set(
            start,
            Double.POSITIVE_INFINITY,
            t.mode().connectorSeconds(1),
            0,
            loc.connectorMeters());
        Coordinate a = t.sourcePoint(t.attachedSource(k));
        Coordinate b = loc.splitPoint();
        stampSegment(a, b, a.distance(b), 0, r, time);
      }
    }
  }

  /** Lowers the time of every cell whose centre is within {@code r} of segment a–b. */
  private void stampSegment(
      Coordinate a, Coordinate b, double segLen, double x0, double r, EdgeTime time) {
    double dx = b.x - a.x;
    double dy = b.y - a.y;
    double ux = segLen > 0 ? dx / segLen : 0;
    double uy = segLen > 0 ? dy / segLen : 0;
    int c0 = Math.max(0, (int) Math.floor((Math.min(a.x, b.x) - r - originX) / cell));
    int c1 = Math.min(width - 1, (int) Math.floor((Math.max(a.x, b.x) + r - originX) / cell));
    int r0 = Math.max(0, (int) Math.floor((Math.min(a.y, b.y) - r - originY) / cell));
    int r1 = Math.min(height - 1, (int) Math.floor((Math.max(a.y, b.y) + r - originY) / cell));
    double r2 = r * r;
    for (int row = r0; row <= r1; row++) {
      double cy = originY + (row + 0.5) * cell - a.y;
      int base = row * width;
      for (int col = c0; col <= c1; col++) {
        double cx = originX + (col + 0.5) * cell - a.x;
        double along = cx * ux + cy * uy;
        double across = cx * uy - cy * ux;
        double rest = r2 - across * across;
        if (rest < 0) {
          continue;
        }
        double h = Math.sqrt(rest);
        double lo = Math.max(0, along - h);
        double hi = Math.min(segLen, along + h);
        if (lo > hi) {
          continue;
        }
        float tt = (float) time.min(x0 + lo, x0 + hi);
        if (tt < seconds[base + col]) {
          seconds[base + col] = tt;
        }
      }
    }
  }

  /** The piecewise-linear arrival time along one edge. */
  private static final class EdgeTime {
    private double tu;
    private double tv;
    private double cf;
    private double cb;
    private double len;
    private double[] srcStart = new double[4];
    private double[] srcAt = new double[4];
    private int sources;

    void set(double tu, double tv, double cf, double cb, double len) {
      this.tu = tu;
      this.tv = tv;
      this.cf = cf;
      this.cb = cb;
      this.len = len;
      this.sources = 0;
    }

    void addSource(double start, double at) {
      if (sources == srcStart.length) {
        srcStart = Arrays.copyOf(srcStart, sources * 2);
        srcAt = Arrays.copyOf(srcAt, sources * 2);
      }
      srcStart[sources] = start;
      srcAt[sources++] = at;
    }

    /** Least arrival time over the points {@code a ≤ x ≤ b} of the edge. */
    double min(double a, double b) {
      double best = tu + cost(a, cf);
      best = Math.min(best, tv + cost(len - b, cb));
      for (int i = 0; i < sources; i++) {
        double x = srcAt[i];
        double t = x < a ? cost(a - x, cf) : x > b ? cost(x - b, cb) : 0;
        best = Math.min(best, srcStart[i] + t);
      }
      return best;
    }

    /** Cost of {@code meters} at {@code perMeter}; nothing travelled costs nothing. */
    private static double cost(double meters, double perMeter) {
      return meters <= 0 ? 0 : meters * perMeter;
    }
  }
}
