package cn.chegu.viewer.analysis;

import cn.chegu.viewer.facility.FacilitySet;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A transit isochrone.
 *
 * @param area WGS84 (multi)polygon reached within {@code minutes}
 * @param residents residents of the cells reached by walk + transit
 * @param walkResidents residents reached by walking alone in the same minutes (never more)
 * @param stops stops reached in time, with their travel times (percentile and best, minutes)
 * @param rules the rules in words
 */
public record TransitIsochrone(
    Geometry area,
    int minutes,
    long residents,
    long walkResidents,
    List<StopReached> stops,
    List<String> rules,
    FacilitySet facilities,
    PopulationYear year,
    long computeMillis) {

  /** A stop reached: travel time from the origin, the rules' percentile and the best. */
  public record StopReached(
      String id, String name, double lon, double lat, double minutes, double bestMinutes) {}
}
