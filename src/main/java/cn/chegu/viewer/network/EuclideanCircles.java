package cn.chegu.viewer.network;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * Circles of a fixed radius around facilities, unioned: what a plan's "N-minute circle" literally
 * draws, for comparison with the network service area.
 */
public final class EuclideanCircles {

  private static final int QUADRANT_SEGMENTS = 16;

  private EuclideanCircles() {}

  /** Union of circles of {@code radiusMeters} around {@code centres} (metres). */
  public static Geometry union(
      GeometryFactory factory, List<Coordinate> centres, double radiusMeters) {
    if (!(radiusMeters > 0)) {
      throw new IllegalArgumentException("radiusMeters must be positive, was " + radiusMeters);
    }
    if (centres.isEmpty()) {
      return factory.createPolygon();
    }
    List<Geometry> circles = new ArrayList<>(centres.size());
    for (Coordinate c : centres) {
      circles.add(factory.createPoint(c).buffer(radiusMeters, QUADRANT_SEGMENTS));
    }
    return CascadedPolygonUnion.union(circles);
  }
}
