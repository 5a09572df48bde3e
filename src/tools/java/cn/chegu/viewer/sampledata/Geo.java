package cn.chegu.viewer.sampledata;

import cn.chegu.viewer.io.MetricProjection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/** Small geometry helpers: builders from lon/lat arrays, projection, rounding. */
final class Geo {

  static final GeometryFactory GF = new GeometryFactory();

  /** 6 decimals of a degree (≈ 0.1 m), the precision of every written coordinate. */
  static final PrecisionModel DEGREES_6 = new PrecisionModel(1e6);

  private static final MetricProjection PROJ = MetricProjection.UTM_50N;

  private Geo() {}

  static Coordinate[] coords(double... lonLat) {
    Coordinate[] c = new Coordinate[lonLat.length / 2];
    for (int i = 0; i < c.length; i++) {
      c[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
    }
    return c;
  }

  static LineString line(double... lonLat) {
    return GF.createLineString(coords(lonLat));
  }

  /** A polygon from an open ring of lon/lat pairs (closed here). */
  static Polygon polygon(double... lonLat) {
    Coordinate[] open = coords(lonLat);
    Coordinate[] ring = new Coordinate[open.length + 1];
    System.arraycopy(open, 0, ring, 0, open.length);
    ring[open.length] = new Coordinate(open[0]);
    return GF.createPolygon(ring);
  }

  static Point point(double lon, double lat) {
    return GF.createPoint(new Coordinate(lon, lat));
  }

  static Geometry toMetric(Geometry lonLat) {
    return PROJ.toMetric(lonLat);
  }

  static Geometry toLonLat(Geometry metric) {
    return PROJ.toLonLat(metric);
  }

  static Coordinate toMetric(double lon, double lat) {
    return PROJ.toMetric(lon, lat);
  }

  static Point metricPoint(double lon, double lat) {
    return GF.createPoint(toMetric(lon, lat));
  }

  /** Rounds to 6 decimals keeping polygons valid. */
  static Geometry round(Geometry lonLat) {
    return GeometryPrecisionReducer.reduce(lonLat, DEGREES_6);
  }

  /** The polygonal part of {@code g} without parts smaller than {@code minArea}. */
  static Geometry polygonal(Geometry g, double minArea) {
    List<Polygon> parts = new ArrayList<>();
    for (Object o : PolygonExtracter.getPolygons(g)) {
      Polygon p = (Polygon) o;
      if (p.getArea() >= minArea) {
        parts.add(p);
      }
    }
    parts.sort(Comparator.comparingDouble(Polygon::getArea).reversed());
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return GF.createMultiPolygon(parts.toArray(new Polygon[0]));
  }

  /** The largest polygon of {@code g}. */
  static Polygon largest(Geometry g) {
    Geometry p = polygonal(g, 0);
    return (Polygon) p.getGeometryN(0);
  }
}
