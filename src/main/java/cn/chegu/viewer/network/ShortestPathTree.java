package cn.chegu.viewer.network;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * The result of one multi-source Dijkstra over a {@link RoadGraph}: for every node the least travel
 * time from any source, the source that achieves it (its nearest facility) and the distance
 * travelled.
 *
 * <p>Sources and targets are off-network points joined by a connector to <em>every</em> edge usable
 * by the mode within its snap distance ({@link Attachment}, {@link EdgeLocator#attach}, {@link
 * TravelMode}); a source attached at fraction {@code f} of edge {@code (u,v)} starts node {@code v}
 * at {@code delay + connector + (1-f)·cost(u→v)} and node {@code u} at {@code delay + connector +
 * f·cost(v→u)}; a direction the mode may not drive (one-way) is part of the access leg instead (see
 * {@code stretch}). A target's time is the least over its attachments. Points farther than the snap
 * distance from every usable road start and are reached nowhere. The graph is never mutated. All
 * sources are settled together by one binary-heap Dijkstra, O((V+E) log V); search stops at the
 * time limit, leaving farther nodes at {@code +Infinity}. The search runs in a pooled {@link
 * SearchWorkspace} (no whole-graph arrays per search) and keeps {@link NodeLabels} of the reached
 * nodes only.
 */
public final class ShortestPathTree {

  private final RoadGraph graph;
  private final TravelMode mode;
  private final RoadGraph.EdgeCosts costs;
  private final double limitSeconds;
  private final List<Coordinate> sourcePoints;
  private final List<Attachment> sourceAttachments;
  // one entry per (source, attached edge): flattened, so an edge lookup finds them all
  private final List<EdgeLocation> attached;
  private final int[] attachedSource;
  private final double[] attachedStartSeconds;
  private final double[] sourceStartSeconds;
  private final SourcesByEdge sourcesByEdge;
  private NodeLabels labels;

  private ShortestPathTree(
      RoadGraph graph,
      TravelMode mode,
      List<Coordinate> sourcePoints,
      List<Attachment> sources,
      double[] delaySeconds,
      double limitSeconds) {
    this.graph = graph;
    this.mode = mode;
    this.costs = graph.costs(mode);
    this.sourcePoints = List.copyOf(sourcePoints);
    this.sourceAttachments = List.copyOf(sources);
    this.limitSeconds = limitSeconds;
    List<EdgeLocation> flat = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    sourceStartSeconds = new double[sources.size()];
    for (int i = 0; i < sources.size(); i++) {
      Attachment a = sources.get(i);
      // a source farther than the snap distance from every usable road is off the network, and
      // one without a finite start time is left out
      boolean starts = !a.isEmpty() && Double.isFinite(delaySeconds[i]);
      sourceStartSeconds[i] =
          starts
              ? delaySeconds[i] + mode.connectorSeconds(a.nearestMeters())
              : Double.POSITIVE_INFINITY;
      for (EdgeLocation loc : starts ? a.edges() : List.<EdgeLocation>of()) {
        flat.add(loc);
        owner.add(i);
      }
    }
    this.attached = List.copyOf(flat);
    this.attachedSource = owner.stream().mapToInt(Integer::intValue).toArray();
    this.attachedStartSeconds = new double[flat.size()];
    for (int k = 0; k < flat.size(); k++) {
      attachedStartSeconds[k] =
          delaySeconds[owner.get(k)] + mode.connectorSeconds(flat.get(k).connectorMeters());
    }
    this.sourcesByEdge = new SourcesByEdge(this.attached);
    SearchWorkspace w = graph.workspaces().take();
    try {
      run(w);
      // nodes pushed but beyond the limit are left out for a clean contract
      labels = NodeLabels.of(w, graph.nodeCount(), limitSeconds);
    } finally {
      graph.workspaces().give(w);
    }
  }

  /**
   * Grows the tree from facilities, each joined to every road its mode may use within the snap
   * distance ({@link EdgeLocator#attach}).
   *
   * @param graph the road graph
   * @param mode travel mode (edge costs, connector speed, snap distance)
   * @param sources source points in metres; list index = source index in results
   * @param delay added to every source before travel (e.g. ambulance dispatch), may be zero
   * @param limit stop searching beyond this time; {@code null} = whole graph
   */
  public static ShortestPathTree grow(
      RoadGraph graph, TravelMode mode, List<Coordinate> sources, Duration delay, Duration limit) {
    EdgeLocator locator = graph.locator(mode);
    List<Attachment> located = new ArrayList<>(sources.size());
    for (Coordinate c : sources) {
      located.add(locator.attach(c, mode.snapMaxMeters()));
    }
    return grow(graph, mode, sources, located, delay, limit);
  }

  /** Grows the tree from sources whose attachments are given (one per source point). */
  public static ShortestPathTree grow(
      RoadGraph graph,
      TravelMode mode,
      List<Coordinate> sources,
      List<Attachment> attachments,
      Duration delay,
      Duration limit) {
    if (attachments.size() != sources.size()) {
      throw new IllegalArgumentException("one attachment per source is required");
    }
    double[] delays = new double[sources.size()];
    java.util.Arrays.fill(delays, delay == null ? 0 : delay.toMillis() / 1000.0);
    double limitSeconds = limit == null ? Double.POSITIVE_INFINITY : limit.toMillis() / 1000.0;
    return new ShortestPathTree(graph, mode, sources, attachments, delays, limitSeconds);
  }

  /**
   * Grows the tree from sources that start at different times (e.g. stops reached by transit at
   * their travel times); a source starts at its time plus its connector, like {@link #grow}'s
   * delay. A non-finite start leaves the source out.
   *
   * @param startSeconds per source, same order as {@code sources}
   */
  public static ShortestPathTree growFrom(
      RoadGraph graph,
      TravelMode mode,
      List<Coordinate> sources,
      double[] startSeconds,
      Duration limit) {
    if (startSeconds.length != sources.size()) {
      throw new IllegalArgumentException("one start time per source");
    }
    EdgeLocator locator = graph.locator(mode);
    List<Attachment> located = new ArrayList<>(sources.size());
    for (Coordinate c : sources) {
      located.add(locator.attach(c, mode.snapMaxMeters()));
    }
    double limitSeconds = limit == null ? Double.POSITIVE_INFINITY : limit.toMillis() / 1000.0;
    return new ShortestPathTree(graph, mode, sources, located, startSeconds.clone(), limitSeconds);
  }

  private void run(SearchWorkspace w) {
    MinHeap heap = w.heap;
    for (int k = 0; k < attached.size(); k++) {
      EdgeLocation loc = attached.get(k);
      int e = loc.edge();
      double len = graph.edgeLengthMeters(e);
      double base = attachedStartSeconds[k];
      double baseMeters = loc.connectorMeters();
      relax(
          w,
          graph.edgeTo(e),
          base + stretch(1 - loc.fraction(), len, costs.forwardSeconds()[e], baseMeters),
          baseMeters + (1 - loc.fraction()) * len,
          attachedSource[k]);
      relax(
          w,
          graph.edgeFrom(e),
          base + stretch(loc.fraction(), len, costs.backwardSeconds()[e], baseMeters),
          baseMeters + loc.fraction() * len,
          attachedSource[k]);
    }
    double[] fwd = costs.forwardSeconds();
    double[] bwd = costs.backwardSeconds();
    while (!heap.isEmpty()) {
      double t = heap.peekKey();
      int u = heap.pop();
      if (t > w.seconds[u]) {
        continue; // stale entry (a popped node is labelled in this search)
      }
      if (t > limitSeconds) {
        break;
      }
      for (int k = graph.adjStart(u), end = graph.adjEnd(u); k < end; k++) {
        int arc = graph.arc(k);
        int e = arc >>> 1;
        boolean reverse = (arc & 1) != 0;
        double c = reverse ? bwd[e] : fwd[e];
        if (c == Double.POSITIVE_INFINITY) {
          continue;
        }
        int v = reverse ? graph.edgeFrom(e) : graph.edgeTo(e);
        relax(w, v, t + c, w.meters[u] + graph.edgeLengthMeters(e), w.source[u]);
      }
    }
  }

  private static void relax(SearchWorkspace w, int v, double t, double m, int src) {
    if (t < w.secondsAt(v)) {
      w.label(v, t, m, src);
      w.heap.push(t, v);
    }
  }

  public RoadGraph graph() {
    return graph;
  }

  public TravelMode mode() {
    return mode;
  }

  public double limitSeconds() {
    return limitSeconds;
  }

  public int sourceCount() {
    return sourcePoints.size();
  }

  /** Where source {@code i} joins the graph (every usable road within the snap distance). */
  public Attachment sourceAttachment(int i) {
    return sourceAttachments.get(i);
  }

  /** Number of (source, attached edge) pairs. */
  public int attachedCount() {
    return attached.size();
  }

  /** The {@code k}-th (source, attached edge) pair's location. */
  public EdgeLocation attached(int k) {
    return attached.get(k);
  }

  /** The source of the {@code k}-th attached pair. */
  public int attachedSource(int k) {
    return attachedSource[k];
  }

  /** Time at which the {@code k}-th attached pair starts at its split point, seconds. */
  public double attachedStartSeconds(int k) {
    return attachedStartSeconds[k];
  }

  /** The source point as given (metres). */
  public Coordinate sourcePoint(int i) {
    return sourcePoints.get(i);
  }

  /**
   * Time at which source {@code i} starts at its nearest split point (delay + connector), seconds;
   * {@code +Infinity} when it joins no road.
   */
  public double sourceStartSeconds(int i) {
    return sourceStartSeconds[i];
  }

  /** Least time to a node, seconds; {@code +Infinity} if unreachable within the limit. */
  public double secondsAt(int node) {
    return labels.seconds(node);
  }

  public double metersAt(int node) {
    return labels.meters(node);
  }

  /** Index of the source nearest to a node in time, or -1. */
  public int sourceAt(int node) {
    return labels.source(node);
  }

  /** How a point (metres) is reached: nearest source, time and distance incl. its connector. */
  public Reach reach(Coordinate point) {
    return reach(graph.locator(mode).attach(point, mode.snapMaxMeters()));
  }

  /**
   * How a point joined to the graph is reached: the best over its attachments (connector included);
   * unreachable when it joins no road. Attach targets with {@code graph.locator(mode).attach(p,
   * mode.snapMaxMeters())}.
   */
  public Reach reach(Attachment target) {
    Reach best = Reach.UNREACHABLE;
    for (EdgeLocation loc : target.edges()) {
      Reach r = reach(loc);
      if (r.seconds() < best.seconds()) {
        best = r;
      }
    }
    return best;
  }

  /**
   * How a point joined to one edge is reached (connector included); unreachable when its connector
   * is longer than the mode's snap distance. For the nearest-road rule and hand-made fixtures;
   * analyses use {@link #reach(Attachment)}.
   */
  public Reach reach(EdgeLocation target) {
    if (target.connectorMeters() > mode.snapMaxMeters()) {
      return Reach.UNREACHABLE;
    }
    int e = target.edge();
    double g = target.fraction();
    double len = graph.edgeLengthMeters(e);
    double fwd = costs.forwardSeconds()[e];
    double bwd = costs.backwardSeconds()[e];
    int u = graph.edgeFrom(e);
    int v = graph.edgeTo(e);
    double best = Double.POSITIVE_INFINITY;
    double bestMeters = Double.POSITIVE_INFINITY;
    int bestSource = -1;
    // arrive from the from-node travelling forward, or from the to-node travelling backward
    double connector = target.connectorMeters();
    double viaU = labels.seconds(u) + stretch(g, len, fwd, connector);
    if (viaU < best) {
      best = viaU;
      bestMeters = labels.meters(u) + g * len;
      bestSource = labels.source(u);
    }
    double viaV = labels.seconds(v) + stretch(1 - g, len, bwd, connector);
    if (viaV < best) {
      best = viaV;
      bestMeters = labels.meters(v) + (1 - g) * len;
      bestSource = labels.source(v);
    }
    // a source attached to the same edge may reach the target directly along it
    for (int k : sourcesByEdge.on(e)) {
      EdgeLocation s = attached.get(k);
      double f = s.fraction();
      double access = connector + s.connectorMeters();
      double along = g >= f ? stretch(g - f, len, fwd, access) : stretch(f - g, len, bwd, access);
      double t = attachedStartSeconds[k] + along;
      if (t < best) {
        best = t;
        bestMeters = s.connectorMeters() + Math.abs(g - f) * len;
        bestSource = attachedSource[k];
      }
    }
    if (bestSource < 0 || Double.isInfinite(best)) {
      return Reach.UNREACHABLE;
    }
    return new Reach(bestSource, best + mode.connectorSeconds(connector), bestMeters + connector);
  }

  /**
   * Cost of the stretch of the snapped edge between a split point and an edge end (or another split
   * point): a fraction of the edge's cost in that direction. Where the mode may not travel that way
   * (against a one-way), the stretch becomes part of the access leg: charged at the access speed,
   * allowed only while access leg + stretch stay within the snap distance. So a point's time
   * changes continuously as it moves along the edge towards a node (a zero fraction costs nothing),
   * and a point on a one-way stub out of a dead end gets the same answer however it is located. An
   * edge of a class the mode may not use is never snapped to, so its stretches do not arise.
   *
   * @param accessMeters the access leg already walked or driven to the split point(s)
   */
  private double stretch(
      double fraction, double lengthMeters, double edgeSeconds, double accessMeters) {
    if (fraction <= 0) {
      return 0;
    }
    if (edgeSeconds == Double.POSITIVE_INFINITY) {
      double meters = fraction * lengthMeters;
      return accessMeters + meters <= mode.snapMaxMeters()
          ? mode.connectorSeconds(meters)
          : Double.POSITIVE_INFINITY;
    }
    return fraction * edgeSeconds;
  }

  /** The attached (source, edge) pairs on an edge, as indices {@code k} (for service areas). */
  int[] attachedOnEdge(int edge) {
    return sourcesByEdge.on(edge);
  }

  /**
   * The sources located on each edge, in ascending source order: edges sorted, looked up by binary
   * search (a {@code HashMap<Integer, List<Integer>>} cost a fifth of a coverage recompute, one
   * lookup per demand cell).
   */
  private static final class SourcesByEdge {
    private static final int[] NONE = new int[0];
    private final int[] edges; // distinct, ascending
    private final int[][] sources;

    SourcesByEdge(List<EdgeLocation> located) {
      long[] pairs = new long[located.size()];
      for (int i = 0; i < pairs.length; i++) {
        pairs[i] = ((long) located.get(i).edge() << 32) | i;
      }
      java.util.Arrays.sort(pairs);
      int distinct = 0;
      for (int k = 0; k < pairs.length; k++) {
        if (k == 0 || pairs[k] >>> 32 != pairs[k - 1] >>> 32) {
          distinct++;
        }
      }
      edges = new int[distinct];
      sources = new int[distinct][];
      int d = -1;
      for (int k = 0; k < pairs.length; ) {
        int edge = (int) (pairs[k] >>> 32);
        int end = k;
        while (end < pairs.length && (int) (pairs[end] >>> 32) == edge) {
          end++;
        }
        edges[++d] = edge;
        sources[d] = new int[end - k];
        for (int j = k; j < end; j++) {
          sources[d][j - k] = (int) pairs[j];
        }
        k = end;
      }
    }

    int[] on(int edge) {
      int k = java.util.Arrays.binarySearch(edges, edge);
      return k >= 0 ? sources[k] : NONE;
    }
  }
}
