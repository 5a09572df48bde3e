package cn.chegu.viewer.coverage;

import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * A population cell. A value class (equality by its four fields) rather than a record so that it
 * can keep its location, computed once: an interior point costs a polygon scan, and a recompute
 * asks for the location of every cell.
 */
public final class DemandCell {

  private final String id;
  private final Geometry geometry;
  private final long residents;
  private final String area;
  private final Coordinate location;

  /**
   * @param id feature id
   * @param geometry polygon or point, metres
   * @param residents residents of the chosen year (≥ 0)
   * @param area sub-district name the cell belongs to ("" when none)
   */
  public DemandCell(String id, Geometry geometry, long residents, String area) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(geometry, "geometry");
    if (residents < 0) {
      throw new IllegalArgumentException("residents must be ≥ 0, was " + residents + " in " + id);
    }
    this.id = id;
    this.geometry = geometry;
    this.residents = residents;
    this.area = area == null ? "" : area;
    this.location = geometry.getInteriorPoint().getCoordinate();
  }

  public String id() {
    return id;
  }

  public Geometry geometry() {
    return geometry;
  }

  public long residents() {
    return residents;
  }

  public String area() {
    return area;
  }

  /**
   * The point that stands for the cell: its interior point (the centroid for convex cells). A copy:
   * callers may not change the cell.
   */
  public Coordinate location() {
    return new Coordinate(location);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DemandCell c
        && id.equals(c.id)
        && geometry.equals(c.geometry)
        && residents == c.residents
        && area.equals(c.area);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, residents, area);
  }

  @Override
  public String toString() {
    return "DemandCell[id=" + id + ", residents=" + residents + ", area=" + area + "]";
  }
}
