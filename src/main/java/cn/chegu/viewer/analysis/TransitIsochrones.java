package cn.chegu.viewer.analysis;

import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.coverage.ServiceAreas;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.network.EdgeLocation;
import cn.chegu.viewer.network.ServiceAreaOutline;
import cn.chegu.viewer.network.ShortestPathTree;
import cn.chegu.viewer.transit.GtfsFeed;
import cn.chegu.viewer.transit.TransitRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.stereotype.Service;

/**
 * Transit isochrones: the area reached within a time by walking and transit from a point (or a
 * park's gates), its residents, and the same for walking alone. The area is the map outline of the
 * combined tree (roads reached, {@link CoverageService#SERVICE_AREA_OFFSET_METERS} walk offset,
 * {@link #CELL_METERS} grid) plus the connector of every source reached in time (so a stop reached
 * is inside its own area even when its road is farther than the offset).
 */
@Service
public class TransitIsochrones {

  /** Grid cell of the outline. */
  static final double CELL_METERS = 25;

  private final TransitService transit;
  private final CoverageService coverage;

  public TransitIsochrones(TransitService transit, CoverageService coverage) {
    this.transit = transit;
    this.coverage = coverage;
  }

  /** Checks a WGS84 point lies in the zone (with its margin) and returns it in metres. */
  public Coordinate inZone(double lon, double lat) {
    return coverage.data().inZone(lon, lat);
  }

  /** The isochrone from origins in metres. */
  public TransitIsochrone compute(
      List<Coordinate> origins,
      int minutes,
      TransitRules rules,
      FacilitySet set,
      PopulationYear year) {
    long start = System.nanoTime();
    Duration limit = Duration.ofMinutes(minutes);
    TransitReach r = transit.reach(origins, set, rules, limit);
    List<DemandCell> cells = transit.cells(year);
    List<EdgeLocation> located = transit.located(set, r.network().walk(), year);
    double seconds = limit.toSeconds();
    long residents = TransitNetwork.residentsWithin(r.combined(), cells, located, seconds);
    long walkResidents = TransitNetwork.residentsWithin(r.walk(), cells, located, seconds);
    Geometry area = outline(r.combined(), limit);
    List<TransitIsochrone.StopReached> stops = new ArrayList<>();
    for (int i = 0; i < r.network().stops().size(); i++) {
      double t = r.stopTimes().percentileSeconds()[i];
      if (t <= seconds) {
        GtfsFeed.Stop s = r.network().timetable().stop(i);
        stops.add(
            new TransitIsochrone.StopReached(
                s.id(),
                s.name(),
                s.lon(),
                s.lat(),
                Math.round(t / 6.0) / 10.0,
                Math.round(r.stopTimes().bestSeconds()[i] / 6.0) / 10.0));
      }
    }
    return new TransitIsochrone(
        AreaScope.current().projection().toLonLat(area),
        minutes,
        residents,
        walkResidents,
        stops,
        rules.describe(),
        set,
        year,
        (System.nanoTime() - start) / 1_000_000);
  }

  /** The outline of a tree within a limit, with the connectors of the sources reached in time. */
  static Geometry outline(ShortestPathTree tree, Duration limit) {
    double offset = CoverageService.SERVICE_AREA_OFFSET_METERS;
    Geometry area =
        new ServiceAreaOutline(offset, CELL_METERS, ServiceAreas.MAP_MAX_HOLE_SQUARE_METERS)
            .compute(tree, List.of(limit))
            .get(0)
            .area();
    GeometryFactory gf = area.getFactory();
    List<Geometry> parts = new ArrayList<>();
    parts.add(area);
    for (int i = 0; i < tree.sourceCount(); i++) {
      if (tree.sourceStartSeconds(i) <= limit.toSeconds()) {
        Coordinate from = tree.sourcePoint(i);
        Coordinate to = tree.sourceAttachment(i).edges().get(0).splitPoint();
        parts.add(gf.createLineString(new Coordinate[] {from, to}).buffer(offset, 4));
      }
    }
    return gf.buildGeometry(parts).union();
  }
}
