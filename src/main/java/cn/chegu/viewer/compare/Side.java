package cn.chegu.viewer.compare;

import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.facility.FacilitySet;

/**
 * One side of a comparison.
 *
 * @param scenarioId a scenario whose facilities replace the set's, or null for the baseline
 */
public record Side(PopulationYear year, FacilitySet facilities, Long scenarioId) {

  /** "2020 existing", "2025 plan + scenario 3". */
  public String label() {
    return year.year()
        + " "
        + facilities.code()
        + (scenarioId == null ? "" : " + scenario " + scenarioId);
  }
}
