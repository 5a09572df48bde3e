package cn.chegu.viewer.network;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * An immutable road graph in compact arrays: int node ids, edges as parallel arrays, and a CSR
 * (compressed sparse row) adjacency in which each edge appears once at each end. An adjacency entry
 * ("arc") is {@code edge << 1 | reverse}, where {@code reverse = 1} means traversing the edge
 * against its digitised direction. Built by {@link RoadGraphBuilder}.
 *
 * <p>Per-mode edge costs are computed once per {@link TravelMode} and cached (thread-safe); an edge
 * of a class the mode may not use, or closed to it by an access rule (walkers need {@code foot},
 * vehicles {@code motor}, see {@link RoadSegment}), costs {@code +Infinity} both ways and is never
 * snapped to.
 */
public final class RoadGraph {

  private final GeometryFactory factory;
  private final double[] nodeX;
  private final double[] nodeY;
  private final int[] component;
  private final int componentCount;
  private final int[] edgeFrom;
  private final int[] edgeTo;
  private final double[] edgeLength;
  private final double[] edgeSpeedKmh;
  private final boolean[] edgeOneway;
  private final boolean[] edgeFoot;
  private final boolean[] edgeMotor;
  private final RoadClass[] edgeClass;
  private final LineString[] edgeLine;
  private final int[] adjStart;
  private final int[] adjArc;
  private final Map<TravelMode, EdgeCosts> costs = new ConcurrentHashMap<>();
  private final Map<LocatorKey, EdgeLocator> locators = new ConcurrentHashMap<>();
  private final SearchWorkspace.Pool workspaces;

  RoadGraph(
      GeometryFactory factory,
      double[] nodeX,
      double[] nodeY,
      int[] component,
      int componentCount,
      int[] edgeFrom,
      int[] edgeTo,
      double[] edgeLength,
      double[] edgeSpeedKmh,
      boolean[] edgeOneway,
      boolean[] edgeFoot,
      boolean[] edgeMotor,
      RoadClass[] edgeClass,
      LineString[] edgeLine,
      int[] adjStart,
      int[] adjArc) {
    this.factory = factory;
    this.nodeX = nodeX;
    this.nodeY = nodeY;
    this.component = component;
    this.componentCount = componentCount;
    this.edgeFrom = edgeFrom;
    this.edgeTo = edgeTo;
    this.edgeLength = edgeLength;
    this.edgeSpeedKmh = edgeSpeedKmh;
    this.edgeOneway = edgeOneway;
    this.edgeFoot = edgeFoot;
    this.edgeMotor = edgeMotor;
    this.edgeClass = edgeClass;
    this.edgeLine = edgeLine;
    this.adjStart = adjStart;
    this.adjArc = adjArc;
    this.workspaces = new SearchWorkspace.Pool(nodeX.length);
  }

  /** Reusable search workspaces of this graph (see {@link SearchWorkspace}). */
  SearchWorkspace.Pool workspaces() {
    return workspaces;
  }

  /** Forward and backward traversal seconds of every edge; {@code +Infinity} = not allowed. */
  public record EdgeCosts(double[] forwardSeconds, double[] backwardSeconds) {}

  public int nodeCount() {
    return nodeX.length;
  }

  public int edgeCount() {
    return edgeFrom.length;
  }

  public GeometryFactory factory() {
    return factory;
  }

  public Coordinate node(int node) {
    return new Coordinate(nodeX[node], nodeY[node]);
  }

  /** Connected component of a node (ignoring one-way), {@code 0..componentCount-1}. */
  public int componentOf(int node) {
    return component[node];
  }

  public int componentCount() {
    return componentCount;
  }

  public int edgeFrom(int edge) {
    return edgeFrom[edge];
  }

  public int edgeTo(int edge) {
    return edgeTo[edge];
  }

  public double edgeLengthMeters(int edge) {
    return edgeLength[edge];
  }

  public double edgeSpeedKmh(int edge) {
    return edgeSpeedKmh[edge];
  }

  public boolean edgeOneway(int edge) {
    return edgeOneway[edge];
  }

  /** Whether walkers may use the edge (its class aside). */
  public boolean edgeFoot(int edge) {
    return edgeFoot[edge];
  }

  /** Whether motor vehicles may use the edge (its class aside). */
  public boolean edgeMotor(int edge) {
    return edgeMotor[edge];
  }

  /** Whether {@code mode} may use the edge: its class and the edge's access rule. */
  public boolean usable(int edge, TravelMode mode) {
    return mode.allows(edgeClass[edge])
        && (mode.kind() == TravelMode.Kind.WALK ? edgeFoot[edge] : edgeMotor[edge]);
  }

  public RoadClass edgeClass(int edge) {
    return edgeClass[edge];
  }

  /** Edge geometry, digitised from {@link #edgeFrom} to {@link #edgeTo}. */
  public LineString edgeLine(int edge) {
    return edgeLine[edge];
  }

  int adjStart(int node) {
    return adjStart[node];
  }

  int adjEnd(int node) {
    return adjStart[node + 1];
  }

  int arc(int index) {
    return adjArc[index];
  }

  /** Number of edges meeting at a node. */
  public int degree(int node) {
    return adjStart[node + 1] - adjStart[node];
  }

  /** Edge costs for a mode, computed once and cached. */
  public EdgeCosts costs(TravelMode mode) {
    return costs.computeIfAbsent(mode, this::computeCosts);
  }

  private EdgeCosts computeCosts(TravelMode mode) {
    int m = edgeCount();
    double[] fwd = new double[m];
    double[] bwd = new double[m];
    for (int e = 0; e < m; e++) {
      double s =
          usable(e, mode)
              ? edgeLength[e] / (mode.speedOnRoadKmh(edgeSpeedKmh[e]) / 3.6)
              : Double.POSITIVE_INFINITY;
      fwd[e] = s;
      bwd[e] = mode.respectsOneway() && edgeOneway[e] ? Double.POSITIVE_INFINITY : s;
    }
    return new EdgeCosts(fwd, bwd);
  }

  /** The spatial index that finds the nearest edge of any class and access (built on first use). */
  public EdgeLocator locator() {
    return locators.computeIfAbsent(
        new LocatorKey(EnumSet.allOf(RoadClass.class), null),
        key -> new EdgeLocator(this, e -> true));
  }

  /** The spatial index that finds the nearest edge usable by a mode (built on first use). */
  public EdgeLocator locator(TravelMode mode) {
    boolean walk = mode.kind() == TravelMode.Kind.WALK;
    return locators.computeIfAbsent(
        new LocatorKey(mode.roadClasses(), walk),
        key -> new EdgeLocator(this, e -> usable(e, mode)));
  }

  /** Edges a locator indexes: the classes, and walkers' or vehicles' access (null = any). */
  private record LocatorKey(Set<RoadClass> classes, Boolean walk) {}
}
