package cn.chegu.viewer.access;

import java.util.Objects;
import org.locationtech.jts.geom.Point;

/**
 * A facility with a capacity.
 *
 * @param id feature id
 * @param name display name (may be empty)
 * @param point location, metres
 * @param capacity S<sub>j</sub> in the type's unit (beds, places), ≥ 0
 * @param capacityModelled true when the capacity is modelled or assumed, not reported
 * @param capacitySource where the capacity comes from
 */
public record SupplyPoint(
    String id,
    String name,
    Point point,
    double capacity,
    boolean capacityModelled,
    String capacitySource) {

  public SupplyPoint {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(point, "point");
    name = name == null ? "" : name;
    capacitySource = capacitySource == null ? "" : capacitySource;
    if (!(capacity >= 0) || Double.isInfinite(capacity)) {
      throw new IllegalArgumentException("capacity must be ≥ 0, was " + capacity + " in " + id);
    }
  }
}
