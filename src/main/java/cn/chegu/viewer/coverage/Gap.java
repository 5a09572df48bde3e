package cn.chegu.viewer.coverage;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * A gap: a cluster of contiguous uncovered cells that hold residents (see {@link GapOp}).
 *
 * @param rank 1 = most residents
 * @param polygon the union of the gap's cells, metres (a Polygon, or a MultiPolygon when cells
 *     touch only at corners)
 * @param residents residents of its cells
 * @param cellCount number of cells
 * @param areaM2 the cells' own area, m² (point cells count 0)
 * @param areas the sub-districts its cells belong to, most residents first
 * @param centroid the residents' mean position moved to the nearest of its cells' centres, metres
 * @param nearestFacility the facility (in the answer's set) reached soonest from any of its cells,
 *     or {@code null} when none is reachable
 * @param minutesToNearest minutes to {@code nearestFacility}, {@code +Infinity} when none
 * @param bestSite the road node inside the gap where one new facility would newly cover most
 *     residents, or {@code null} when not evaluated or none lies inside
 * @param bestSiteResidents residents one new facility at {@code bestSite} would newly cover (any
 *     uncovered cell in reach, not only this gap's)
 * @param cellIds ids of its cells
 */
public record Gap(
    int rank,
    Geometry polygon,
    long residents,
    int cellCount,
    double areaM2,
    List<String> areas,
    Coordinate centroid,
    ServicePoint nearestFacility,
    double minutesToNearest,
    Coordinate bestSite,
    long bestSiteResidents,
    List<String> cellIds) {

  public Gap {
    areas = List.copyOf(areas);
    cellIds = List.copyOf(cellIds);
  }

  /** The same gap with its best site evaluated. */
  public Gap withBestSite(Coordinate site, long newlyCovered) {
    return new Gap(
        rank,
        polygon,
        residents,
        cellCount,
        areaM2,
        areas,
        centroid,
        nearestFacility,
        minutesToNearest,
        site,
        newlyCovered,
        cellIds);
  }
}
