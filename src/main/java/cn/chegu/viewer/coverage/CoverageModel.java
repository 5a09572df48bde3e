package cn.chegu.viewer.coverage;

import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.network.Attachment;
import cn.chegu.viewer.network.EdgeLocator;
import cn.chegu.viewer.network.Reach;
import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.ShortestPathTree;
import cn.chegu.viewer.network.TravelMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A standard prepared for one set of facilities and one method, answering "how is this point
 * served?" for any number of points. Immutable once built; thread-safe for queries.
 *
 * <p>Facilities are grouped: one group of all served types for {@code ANY_TYPE} standards, one
 * group per type for {@code EVERY_TYPE}. Network: one multi-source Dijkstra per group (unlimited,
 * so uncovered points still get their time). Euclidean: one STRtree of points per group.
 */
public final class CoverageModel {

  private static final double EPS_SECONDS = 1e-6;

  private final ServiceStandard standard;
  private final CoverageMethod method;
  private final RoadGraph graph;
  private final TravelMode mode;
  private final EdgeLocator locator; // network method only: looked up once, not per point
  private final List<FacilityType> groupTypes = new ArrayList<>(); // null entry = all types
  private final List<List<ServicePoint>> groups = new ArrayList<>();
  private final List<ShortestPathTree> trees = new ArrayList<>();
  private final List<STRtree> indexes = new ArrayList<>();

  /**
   * @param graph the road graph; required for {@link CoverageMethod#NETWORK}, ignored otherwise
   * @param facilities all facilities (those of other types are ignored)
   */
  public CoverageModel(
      RoadGraph graph,
      List<ServicePoint> facilities,
      ServiceStandard standard,
      CoverageMethod method) {
    this.standard = Objects.requireNonNull(standard, "standard");
    this.method = Objects.requireNonNull(method, "method");
    if (method == CoverageMethod.NETWORK && graph == null) {
      throw new IllegalArgumentException("the network method needs a road graph");
    }
    this.graph = graph;
    this.mode = travelMode(standard);
    this.locator = method == CoverageMethod.NETWORK ? graph.locator(mode) : null;
    if (standard.rule() == ServiceStandard.Rule.EVERY_TYPE) {
      standard.types().stream()
          .sorted()
          .forEach(
              t -> {
                groupTypes.add(t);
                groups.add(facilities.stream().filter(f -> f.type() == t).toList());
              });
    } else {
      groupTypes.add(null);
      groups.add(facilities.stream().filter(f -> standard.types().contains(f.type())).toList());
    }
    for (List<ServicePoint> group : groups) {
      if (method == CoverageMethod.NETWORK) {
        List<Coordinate> points = group.stream().map(f -> f.point().getCoordinate()).toList();
        trees.add(ShortestPathTree.grow(graph, mode, points, standard.dispatchDelay(), null));
      } else {
        STRtree index = new STRtree();
        for (ServicePoint f : group) {
          index.insert(f.point().getEnvelopeInternal(), f);
        }
        index.build();
        indexes.add(index);
      }
    }
  }

  /** The network travel mode of a standard. */
  public static TravelMode travelMode(ServiceStandard s) {
    TravelMode mode =
        switch (s.mode()) {
          case WALK -> TravelMode.walk(s.speedKmh());
          case DRIVE ->
              new TravelMode(
                  TravelMode.Kind.DRIVE, TravelMode.DEFAULT_WALK_SPEED_KMH, s.roadSpeedFactor());
          case AMBULANCE -> TravelMode.ambulance(s.roadSpeedFactor());
        };
    return mode.withAccess(s.accessSpeedKmh(), s.snapMaxMeters());
  }

  public ServiceStandard standard() {
    return standard;
  }

  public CoverageMethod method() {
    return method;
  }

  /** The shortest-path trees, one per facility group (network method only; else empty). */
  public List<ShortestPathTree> trees() {
    return List.copyOf(trees);
  }

  /** How a point (metres) is served. */
  public PointCoverage at(Coordinate p) {
    Attachment loc =
        method == CoverageMethod.NETWORK ? locator.attach(p, mode.snapMaxMeters()) : null;
    double limitSeconds = standard.time().toMillis() / 1000.0;
    List<FacilityType> missing = new ArrayList<>();
    ServicePoint decider = null;
    double worstSeconds = -1;
    double worstMeters = 0;
    boolean covered = true;
    for (int g = 0; g < groups.size(); g++) {
      ServicePoint nearest;
      double seconds;
      double meters;
      boolean ok;
      if (method == CoverageMethod.NETWORK) {
        Reach r = trees.get(g).reach(loc);
        nearest = r.reachable() ? groups.get(g).get(r.source()) : null;
        seconds = r.seconds();
        meters = r.meters();
        ok = seconds <= limitSeconds + EPS_SECONDS;
      } else {
        nearest = nearest(indexes.get(g), p);
        meters =
            nearest == null
                ? Double.POSITIVE_INFINITY
                : nearest.point().getCoordinate().distance(p);
        seconds =
            standard.dispatchDelay().toMillis() / 1000.0 + meters / (standard.speedKmh() / 3.6);
        ok = meters <= standard.euclideanRadiusMeters();
      }
      if (!ok) {
        covered = false;
        if (groupTypes.get(g) != null) {
          missing.add(groupTypes.get(g));
        }
      }
      if (nearest != null && seconds > worstSeconds) {
        worstSeconds = seconds;
        worstMeters = meters;
        decider = nearest;
      }
    }
    if (decider == null) {
      return new PointCoverage(
          null, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, false, missing);
    }
    return new PointCoverage(decider, worstSeconds / 60.0, worstMeters, covered, missing);
  }

  private static ServicePoint nearest(STRtree index, Coordinate p) {
    if (index.isEmpty()) {
      return null;
    }
    return (ServicePoint)
        index.nearestNeighbour(
            new Envelope(p),
            null,
            (a, b) -> {
              Object item = a.getItem() != null ? a.getItem() : b.getItem();
              return ((ServicePoint) item).point().getCoordinate().distance(p);
            });
  }
}
