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
 * of a class the mode may not use costs {@code +Infinity} both ways.
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
  private final RoadClass[] edgeClass;
  private final LineString[] edgeLine;
  private final int[] adjStart;
  private final int[] adjArc;
  private final Map<TravelMode, EdgeCosts> costs = new ConcurrentHashMap<>();
  private final Map<Set<RoadClass>, EdgeLocator> locators = new ConcurrentHashMap<>();
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
          mode.allows(edgeClass[e])
              ? edgeLength[e] / (mode.speedOnRoadKmh(edgeSpeedKmh[e]) / 3.6)
              : Double.POSITIVE_INFINITY;
      fwd[e] = s;
      bwd[e] = mode.respectsOneway() && edgeOneway[e] ? Double.POSITIVE_INFINITY : s;
    }
    return new EdgeCosts(fwd, bwd);
  }

  /** The spatial index that finds the nearest edge of any class (built on first use). */
  public EdgeLocator locator() {
    return locators.computeIfAbsent(
        EnumSet.allOf(RoadClass.class), classes -> new EdgeLocator(this, classes));
  }

  /** The spatial index that finds the nearest edge usable by a mode (built on first use). */
  public EdgeLocator locator(TravelMode mode) {
    return locators.computeIfAbsent(mode.roadClasses(), classes -> new EdgeLocator(this, classes));
  }
}
