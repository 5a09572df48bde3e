package cn.chegu.viewer.coverage;

import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * A population cell.
 *
 * @param id feature id
 * @param geometry polygon or point, metres
 * @param residents residents of the chosen year (≥ 0)
 * @param area sub-district name the cell belongs to ("" when none)
 */
public record DemandCell(String id, Geometry geometry, long residents, String area) {

  public DemandCell {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(geometry, "geometry");
    if (residents < 0) {
      throw new IllegalArgumentException("residents must be ≥ 0, was " + residents + " in " + id);
    }
    area = area == null ? "" : area;
  }

  /** The point that stands for the cell: its interior point (the centroid for convex cells). */
  public Coordinate location() {
    return geometry.getInteriorPoint().getCoordinate();
  }
}
