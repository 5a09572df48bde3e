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
 * @param capacitySourceZh the same in Chinese ({@code capacity_source_zh}); empty when the data
 *     give none (the map then shows {@code capacitySource})
 */
public record SupplyPoint(
    String id,
    String name,
    Point point,
    double capacity,
    boolean capacityModelled,
    String capacitySource,
    String capacitySourceZh) {

  /** A supply point whose source has no Chinese form. */
  public SupplyPoint(
      String id,
      String name,
      Point point,
      double capacity,
      boolean capacityModelled,
      String capacitySource) {
    this(id, name, point, capacity, capacityModelled, capacitySource, "");
  }

  public SupplyPoint {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(point, "point");
    name = name == null ? "" : name;
    capacitySource = capacitySource == null ? "" : capacitySource;
    capacitySourceZh = capacitySourceZh == null ? "" : capacitySourceZh;
    if (!(capacity >= 0) || Double.isInfinite(capacity)) {
      throw new IllegalArgumentException("capacity must be ≥ 0, was " + capacity + " in " + id);
    }
  }
}
