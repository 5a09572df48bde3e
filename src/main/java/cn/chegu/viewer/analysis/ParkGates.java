package cn.chegu.viewer.analysis;

import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.TravelMode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Where a park is reached from: points of a square grid inside the park (at least {@link
 * #MIN_SPACING_METERS} apart, coarser so that there are at most {@link #MAX_GATES}) and its
 * interior point, kept when they lie within the walk mode's snap distance of a walkable road. A
 * trip "to the park" ends at the nearest of them: the park is reached where its ground is.
 */
final class ParkGates {

  static final double MIN_SPACING_METERS = 400;
  static final int MAX_GATES = 400;

  private ParkGates() {}

  static List<Coordinate> of(Geometry parkMetric, RoadGraph graph, TravelMode walk) {
    double spacing =
        Math.max(MIN_SPACING_METERS, Math.sqrt(parkMetric.getArea() / MAX_GATES) * 1.01);
    PreparedGeometry inside = PreparedGeometryFactory.prepare(parkMetric);
    GeometryFactory gf = parkMetric.getFactory();
    List<Coordinate> candidates = new ArrayList<>();
    candidates.add(parkMetric.getInteriorPoint().getCoordinate());
    Envelope e = parkMetric.getEnvelopeInternal();
    for (double x = e.getMinX() + spacing / 2; x < e.getMaxX(); x += spacing) {
      for (double y = e.getMinY() + spacing / 2; y < e.getMaxY(); y += spacing) {
        Coordinate c = new Coordinate(x, y);
        if (inside.contains(gf.createPoint(c))) {
          candidates.add(c);
        }
      }
    }
    List<Coordinate> out = new ArrayList<>();
    for (Coordinate c : candidates) {
      if (graph.locator(walk).locate(c).connectorMeters() <= walk.snapMaxMeters()) {
        out.add(c);
      }
    }
    return out.isEmpty() ? candidates.subList(0, 1) : out;
  }
}
