package cn.chegu.viewer.coverage;

import cn.chegu.viewer.facility.FacilityType;
import java.util.List;

/**
 * Coverage of one demand cell.
 *
 * @param cellId demand cell id
 * @param area sub-district
 * @param residents residents of the cell
 * @param facilityId nearest (deciding) facility id, or {@code null} when none is reachable
 * @param minutes travel time, {@code +Infinity} when unreachable
 * @param distanceMeters distance, {@code +Infinity} when unreachable
 * @param covered whether the standard is met
 * @param missingTypes types not within the standard (multi-type standards), else empty
 */
public record CellCoverage(
    String cellId,
    String area,
    long residents,
    String facilityId,
    double minutes,
    double distanceMeters,
    boolean covered,
    List<FacilityType> missingTypes) {

  public CellCoverage {
    missingTypes = List.copyOf(missingTypes);
  }
}
