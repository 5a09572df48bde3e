package cn.chegu.viewer.analysis;

import cn.chegu.viewer.area.Area;
import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.store.FeatureStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.stereotype.Component;

/**
 * The one "is this position in the zone?" rule: inside the current area's {@code zone} layer grown
 * by {@value AnalysisDataLoader#ZONE_MARGIN_METERS} m, in the area's metric CRS — the margin the
 * point query {@code /api/coverage/at} allows. Refuses e.g. a facility or candidate site at [0, 0]
 * from a client that lost its coordinates. Reads only the {@code zone} layer (per area, re-read
 * after every data change), not the whole analysis snapshot.
 */
@Component
public class ZoneCheck {

  private final FeatureStore store;
  private final CoverageService coverage;
  private final GeometryFactory geometry = new GeometryFactory();
  private final Map<String, Cached> cached = new ConcurrentHashMap<>();

  private record Cached(long version, PreparedGeometry zone) {}

  public ZoneCheck(FeatureStore store, CoverageService coverage) {
    this.store = store;
    this.coverage = coverage;
  }

  /**
   * @param what named in the message, e.g. "candidates[3]"
   * @throws OutsideZoneException when the WGS84 point lies outside the zone and its margin
   */
  public void require(String what, double lon, double lat) {
    if (!contains(lon, lat)) {
      throw new OutsideZoneException(outside(what, lon, lat));
    }
  }

  /** Whether the WGS84 point lies inside the current area's zone and its margin. */
  public boolean contains(double lon, double lat) {
    Area area = AreaScope.current();
    return zone(area).contains(geometry.createPoint(area.projection().toMetric(lon, lat)));
  }

  /** The message of a refusal ({@code what}: null for none). */
  static String outside(String what, double lon, double lat) {
    return (what == null ? "" : what + ": ")
        + "the point "
        + lon
        + ","
        + lat
        + " lies outside the zone (more than "
        + (int) AnalysisDataLoader.ZONE_MARGIN_METERS
        + " m beyond its edge)";
  }

  private PreparedGeometry zone(Area area) {
    long version = coverage.version();
    Cached c = cached.get(area.id());
    if (c == null || c.version() != version) {
      Geometry zone = area.projection().toMetric(unionOfZone());
      c =
          new Cached(
              version,
              PreparedGeometryFactory.prepare(zone.buffer(AnalysisDataLoader.ZONE_MARGIN_METERS)));
      cached.put(area.id(), c);
    }
    return c.zone();
  }

  private Geometry unionOfZone() {
    var features = store.allFeatures("zone");
    if (features.size() == 1) {
      return features.get(0).geometry();
    }
    return geometry.buildGeometry(features.stream().map(f -> f.geometry()).toList()).union();
  }
}
