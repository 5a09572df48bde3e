package cn.chegu.viewer.scenario;

import cn.chegu.viewer.facility.FacilityType;
import java.util.Objects;

/**
 * One edit of a scenario.
 *
 * @param facilityId for ADD the new facility's id ({@code s<scenario>-<n>}); for MOVE and REMOVE
 *     the baseline facility's id
 * @param type the facility type (ADD; for MOVE/REMOVE the baseline's type, may be null)
 * @param name display name (ADD; may be null otherwise)
 * @param lon longitude WGS84 (ADD and MOVE; NaN for REMOVE)
 * @param lat latitude WGS84 (ADD and MOVE; NaN for REMOVE)
 */
public record FacilityEdit(
    Action action, String facilityId, FacilityType type, String name, double lon, double lat) {

  /** What an edit does to the baseline. */
  public enum Action {
    ADD,
    MOVE,
    REMOVE
  }

  public FacilityEdit {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(facilityId, "facilityId");
    if (action == Action.ADD && type == null) {
      throw new IllegalArgumentException("an added facility needs a type");
    }
  }
}
