package cn.chegu.viewer.analysis;

import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.io.MetricProjection;
import cn.chegu.viewer.network.RoadClass;
import cn.chegu.viewer.network.RoadSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * How features of the data contract (WGS84 geometry + properties) become engine inputs in metres: a
 * {@code roads} feature becomes road segments, a {@code population} cell a demand cell. Shared by
 * the store-backed loader and the benchmarks, which read the files directly.
 */
public final class FeatureConversions {

  private static final MetricProjection PROJECTION = MetricProjection.UTM_50N;

  private FeatureConversions() {}

  /**
   * The segments of one road feature ({@code class}, {@code speed_kmh}, {@code oneway}, {@code
   * foot}, {@code motor}).
   */
  public static List<RoadSegment> roadSegments(Geometry lonLat, Map<String, Object> properties) {
    return roadSegments(lonLat, properties, PROJECTION);
  }

  /** The segments of one road feature, in the metric CRS of {@code projection}. */
  public static List<RoadSegment> roadSegments(
      Geometry lonLat, Map<String, Object> properties, MetricProjection projection) {
    Geometry g = projection.toMetric(lonLat);
    RoadClass roadClass =
        RoadClass.valueOf(String.valueOf(properties.get("class")).toUpperCase(Locale.ROOT));
    // a road without its own speed takes its class's design speed (as imports do)
    double speed =
        properties.get("speed_kmh") instanceof Number n && n.doubleValue() > 0
            ? n.doubleValue()
            : roadClass.defaultSpeedKmh();
    boolean oneway = Boolean.TRUE.equals(properties.get("oneway"));
    // access rules (OSM foot=no, access=private, motor_vehicle=no …): absent = open
    boolean foot = !Boolean.FALSE.equals(properties.get("foot"));
    boolean motor = !Boolean.FALSE.equals(properties.get("motor"));
    List<RoadSegment> out = new ArrayList<>(g.getNumGeometries());
    for (int i = 0; i < g.getNumGeometries(); i++) {
      out.add(
          new RoadSegment((LineString) g.getGeometryN(i), roadClass, speed, oneway, foot, motor));
    }
    return out;
  }

  /** One population cell with the residents of {@code year} and its sub-district. */
  public static DemandCell demandCell(
      String id, Geometry lonLat, Map<String, Object> properties, PopulationYear year) {
    return demandCell(id, lonLat, properties, year, PROJECTION);
  }

  /** One population cell, in the metric CRS of {@code projection}. */
  public static DemandCell demandCell(
      String id,
      Geometry lonLat,
      Map<String, Object> properties,
      PopulationYear year,
      MetricProjection projection) {
    Object residents = properties.get(year.property());
    Object area = properties.get("subdistrict");
    return new DemandCell(
        id,
        projection.toMetric(lonLat),
        residents instanceof Number n ? n.longValue() : 0,
        area == null ? "" : area.toString());
  }
}
