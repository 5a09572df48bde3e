package cn.chegu.viewer.coverage;

import cn.chegu.viewer.facility.FacilityType;
import java.util.Objects;
import org.locationtech.jts.geom.Point;

/**
 * A facility as a point.
 *
 * @param id feature id
 * @param type facility type
 * @param name display name (may be empty)
 * @param point location, metres
 */
public record ServicePoint(String id, FacilityType type, String name, Point point) {

  public ServicePoint {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(point, "point");
    name = name == null ? "" : name;
  }
}
