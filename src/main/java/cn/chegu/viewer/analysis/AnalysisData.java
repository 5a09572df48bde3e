package cn.chegu.viewer.analysis;

import cn.chegu.viewer.area.Area;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.coverage.ServicePoint;
import cn.chegu.viewer.facility.Facility;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.io.MetricProjection;
import cn.chegu.viewer.network.RoadGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;

/**
 * One immutable snapshot of one planning area's layers, in metres (the area's metric CRS, {@code
 * projection}; EPSG:32650 for 车谷), ready for the engines.
 *
 * @param area the planning area
 * @param projection to and from the metric CRS of every geometry here
 * @param roads the {@code roads} layer, one graph per facility set
 * @param baseline the baseline facilities (WGS84, every status), with status and source
 * @param points the same facilities as service points in metres, same order
 * @param cells demand cells per population year
 * @param zone the zone outline
 * @param zoneWithMargin the zone grown by a margin, for "is this point in the zone?" checks
 * @param water the {@code water} layer's polygons (empty when there is none), where no site goes
 * @param outside the population cells left out because they lie outside the zone
 */
public record AnalysisData(
    Area area,
    MetricProjection projection,
    RoadNetworks roads,
    List<Facility> baseline,
    List<ServicePoint> points,
    Map<PopulationYear, List<DemandCell>> cells,
    Geometry zone,
    PreparedGeometry zoneWithMargin,
    PreparedGeometry water,
    OutsideBoundary outside) {

  public AnalysisData {
    baseline = List.copyOf(baseline);
    points = List.copyOf(points);
    cells = Map.copyOf(cells);
    if (baseline.size() != points.size()) {
      throw new IllegalArgumentException("one service point per facility");
    }
  }

  /** The road graph of what exists today (the default set). */
  public RoadGraph graph() {
    return roads.graph(FacilitySet.EXISTING);
  }

  /** The road graph of a set. */
  public RoadGraph graph(FacilitySet set) {
    return roads.graph(set);
  }

  /** The baseline facilities of a set, as service points in metres. */
  public List<ServicePoint> facilities(FacilitySet set) {
    List<ServicePoint> out = new ArrayList<>();
    for (int i = 0; i < baseline.size(); i++) {
      if (set.includes(baseline.get(i).status())) {
        out.add(points.get(i));
      }
    }
    return out;
  }

  /** The baseline facilities of a set (WGS84). */
  public List<Facility> baseline(FacilitySet set) {
    return baseline.stream().filter(f -> set.includes(f.status())).toList();
  }

  /**
   * A WGS84 query point in metres, refused when it lies outside the zone grown by its margin (a
   * point query, e.g. {@code /api/coverage/at} or a transit isochrone's origin; where a facility
   * may stand is {@link SiteRuleCheck}'s question).
   *
   * @throws OutsideZoneException outside the zone and its margin
   */
  public org.locationtech.jts.geom.Coordinate inZone(double lon, double lat) {
    var p = projection.toMetric(lon, lat);
    if (!zoneWithMargin.contains(new org.locationtech.jts.geom.GeometryFactory().createPoint(p))) {
      throw new OutsideZoneException(
          "the point "
              + lon
              + ","
              + lat
              + " lies outside the zone (more than "
              + (int) AnalysisDataLoader.ZONE_MARGIN_METERS
              + " m beyond its edge)");
    }
    return p;
  }
}
