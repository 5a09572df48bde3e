package cn.chegu.viewer.coverage;

import cn.chegu.viewer.facility.FacilityType;
import java.util.List;

/**
 * Coverage of one location.
 *
 * @param facility the nearest facility (for {@code EVERY_TYPE} standards: the farthest of the
 *     nearest reachable facilities per type, the one that decides; a type with no reachable
 *     facility shows in {@code missingTypes}), or {@code null} when none is reachable
 * @param minutes travel time to {@code facility} incl. connectors and delay (Euclidean: delay +
 *     distance / speed); {@code +Infinity} when unreachable
 * @param distanceMeters distance travelled (network) or straight-line distance (Euclidean)
 * @param covered whether the standard is met
 * @param missingTypes for {@code EVERY_TYPE} standards: the types not within the standard
 */
public record PointCoverage(
    ServicePoint facility,
    double minutes,
    double distanceMeters,
    boolean covered,
    List<FacilityType> missingTypes) {

  public PointCoverage {
    missingTypes = List.copyOf(missingTypes);
  }
}
