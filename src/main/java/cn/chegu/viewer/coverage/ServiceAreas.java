package cn.chegu.viewer.coverage;

import cn.chegu.viewer.budget.WorkBudget;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.network.EuclideanCircles;
import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.ServiceArea;
import cn.chegu.viewer.network.ServiceAreaOp;
import cn.chegu.viewer.network.ServiceAreaOutline;
import cn.chegu.viewer.network.ShortestPathTree;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Service-area polygons of a standard, in time bands (e.g. 5/10/15 min), by either method.
 *
 * <ul>
 *   <li>network: network buffers ({@link ServiceAreaOp}) of one multi-source tree over all served
 *       facilities, grown to the largest band; for {@code EVERY_TYPE} standards, the intersection
 *       of the per-type areas (where every required type is within the band). Drawn exactly, or for
 *       the map as a {@link ServiceAreaOutline} (one raster of all trees: the intersection is the
 *       latest arrival per cell), see {@link AreaOutline}.
 *   <li>euclidean: circles of radius {@code euclideanRadius × band / time} (the standard's own
 *       radius at its own time), dispatch delay ignored.
 * </ul>
 */
public final class ServiceAreas {

  private ServiceAreas() {}

  /** Largest enclosed unreached region a {@link AreaOutline#MAP} outline fills: 1 km². */
  public static final double MAP_MAX_HOLE_SQUARE_METERS = 1_000_000;

  /**
   * Exact network buffers ({@link AreaOutline#EXACT}).
   *
   * @param graph road graph (metres); required for the network method
   * @param facilities facilities; those not served by the standard are ignored
   * @param bands time bands, each positive
   * @param offsetMeters walk offset of the network buffer (e.g. 50 m)
   */
  public static List<ServiceArea> compute(
      RoadGraph graph,
      List<ServicePoint> facilities,
      ServiceStandard standard,
      CoverageMethod method,
      List<Duration> bands,
      double offsetMeters) {
    return compute(graph, facilities, standard, method, bands, offsetMeters, AreaOutline.EXACT, 0);
  }

  /**
   * Service areas drawn as {@code outline} asks.
   *
   * @param toleranceMeters grid cell of a {@link AreaOutline#MAP} outline (ignored for exact)
   */
  public static List<ServiceArea> compute(
      RoadGraph graph,
      List<ServicePoint> facilities,
      ServiceStandard standard,
      CoverageMethod method,
      List<Duration> bands,
      double offsetMeters,
      AreaOutline outline,
      double toleranceMeters) {
    if (bands.isEmpty()) {
      return List.of();
    }
    Duration max = Collections.max(bands);
    List<List<Coordinate>> groups = groups(facilities, standard);
    List<ServiceArea> out = new ArrayList<>(bands.size());
    if (method == CoverageMethod.EUCLIDEAN) {
      GeometryFactory f =
          facilities.isEmpty() ? new GeometryFactory() : facilities.get(0).point().getFactory();
      for (Duration band : bands) {
        WorkBudget.check();
        double radius =
            standard.euclideanRadiusMeters() * band.toMillis() / standard.time().toMillis();
        Geometry area = null;
        for (List<Coordinate> g : groups) {
          Geometry circles = EuclideanCircles.union(f, g, radius);
          area = area == null ? circles : area.intersection(circles);
        }
        out.add(new ServiceArea(band, area));
      }
      return out;
    }
    if (graph == null) {
      throw new IllegalArgumentException("the network method needs a road graph");
    }
    List<ShortestPathTree> trees = new ArrayList<>();
    for (List<Coordinate> g : groups) {
      WorkBudget.check();
      trees.add(
          ShortestPathTree.grow(
              graph, CoverageModel.travelMode(standard), g, standard.dispatchDelay(), max));
    }
    if (outline == AreaOutline.MAP) {
      return new ServiceAreaOutline(offsetMeters, toleranceMeters, MAP_MAX_HOLE_SQUARE_METERS)
          .compute(trees, bands);
    }
    ServiceAreaOp op = new ServiceAreaOp(offsetMeters);
    for (Duration band : bands) {
      Geometry area = null;
      for (ShortestPathTree t : trees) {
        WorkBudget.check(); // an exact outline of odd bands may take minutes: stop at the budget
        Geometry a = op.compute(t, band);
        area = area == null ? a : area.intersection(a);
      }
      out.add(new ServiceArea(band, area));
    }
    return out;
  }

  private static List<List<Coordinate>> groups(List<ServicePoint> facilities, ServiceStandard s) {
    List<List<Coordinate>> groups = new ArrayList<>();
    if (s.rule() == ServiceStandard.Rule.EVERY_TYPE) {
      s.types().stream()
          .sorted()
          .forEach(
              t ->
                  groups.add(
                      facilities.stream()
                          .filter(f -> f.type() == t)
                          .map(f -> f.point().getCoordinate())
                          .toList()));
    } else {
      groups.add(
          facilities.stream()
              .filter(f -> s.types().contains(f.type()))
              .map(f -> f.point().getCoordinate())
              .toList());
    }
    return groups;
  }
}
