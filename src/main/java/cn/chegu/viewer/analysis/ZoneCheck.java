package cn.chegu.viewer.analysis;

import cn.chegu.viewer.io.MetricProjection;
import cn.chegu.viewer.store.FeatureStore;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.stereotype.Component;

/**
 * Refuses positions outside the zone, with the same margin as the point query {@code
 * /api/coverage/at} ({@value AnalysisDataLoader#ZONE_MARGIN_METERS} m) — e.g. a facility or
 * candidate site at [0, 0] from a client that lost its coordinates. Reads only the {@code zone}
 * layer (re-read when the loaded dataset changes), not the whole analysis snapshot.
 */
@Component
public class ZoneCheck {

  private final FeatureStore store;
  private final GeometryFactory geometry = new GeometryFactory();
  private volatile Cached cached;

  private record Cached(String dataset, PreparedGeometry zone) {}

  public ZoneCheck(FeatureStore store) {
    this.store = store;
  }

  /**
   * @param what named in the message, e.g. "candidates[3]"
   * @throws OutsideZoneException when the WGS84 point lies outside the zone and its margin
   */
  public void require(String what, double lon, double lat) {
    var p = geometry.createPoint(MetricProjection.UTM_50N.toMetric(lon, lat));
    if (!zone().contains(p)) {
      throw new OutsideZoneException(
          what
              + ": the point "
              + lon
              + ","
              + lat
              + " lies outside the zone (more than "
              + (int) AnalysisDataLoader.ZONE_MARGIN_METERS
              + " m beyond its edge)");
    }
  }

  private PreparedGeometry zone() {
    String dataset = store.datasetChecksum("gis-data").orElse("");
    Cached c = cached;
    if (c == null || !c.dataset().equals(dataset)) {
      Geometry zone =
          MetricProjection.UTM_50N.toMetric(store.allFeatures("zone").get(0).geometry());
      c =
          new Cached(
              dataset,
              PreparedGeometryFactory.prepare(zone.buffer(AnalysisDataLoader.ZONE_MARGIN_METERS)));
      cached = c;
    }
    return c.zone();
  }
}
