package cn.chegu.viewer.report;

import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rules behind a report's numbers, each with its source, in plain sentences. */
final class ReportRules {

  private ReportRules() {}

  static List<String> of(
      ServiceStandard s,
      CoverageMethod method,
      PopulationYear year,
      FacilitySet set,
      boolean scenario,
      Plan plan) {
    List<String> rules = new ArrayList<>();
    rules.add(
        "Standard "
            + s.code()
            + " ("
            + s.nameZh()
            + " / "
            + s.nameEn()
            + "): facility types "
            + s.types().stream().map(FacilityType::code).sorted().toList()
            + ", rule "
            + s.rule().name().toLowerCase()
            + ", mode "
            + s.mode().name().toLowerCase()
            + ", "
            + trim(s.minutes())
            + " min at "
            + trim(s.speedKmh())
            + " km/h, dispatch delay "
            + trim(s.dispatchDelay().toMillis() / 60_000.0)
            + " min, straight-line radius "
            + trim(s.euclideanRadiusMeters())
            + " m.");
    if (method == CoverageMethod.NETWORK) {
      rules.add(
          "Method network: travel time over the road graph from each population cell's centre to"
              + " the nearest facility of the standard; a cell is covered when that time is within"
              + " the standard's minutes.");
    } else {
      rules.add(
          "Method euclidean: a cell is covered when its centre lies within the standard's"
              + " straight-line radius of a facility (the circle the plan draws).");
    }
    rules.add("Population: " + year.year() + " " + plan.populationNote() + ".");
    rules.add(
        "Facilities: set '"
            + set.code()
            + "' = status in "
            + set.statuses().stream().sorted().toList()
            + " (coverage counts the facilities the coverage service holds for the set).");
    rules.add(
        "Shares: covered / total residents, rounded to 4 decimals as GET /api/coverage answers;"
            + " printed with one decimal, never 100.0 % unless every resident is covered.");
    rules.add(
        "Gaps: contiguous uncovered populated cells within one sub-district, dissolved and ranked"
            + " by residents (rank 1 = most).");
    if (scenario) {
      rules.add(
          "Scenario: the baseline facilities with the scenario's edits (add / move / remove);"
              + " delta = scenario covered minus baseline covered, per sub-district.");
    }
    rules.add("Indicators: " + plan.indicatorsNote() + ".");
    for (Map.Entry<String, String> e : plan.sources(s.code(), s.sources()).entrySet()) {
      rules.add("Source of " + e.getKey() + ": " + e.getValue());
    }
    return rules;
  }

  static String trim(double v) {
    return v == Math.rint(v)
        ? Long.toString((long) v)
        : Double.toString(Math.round(v * 100) / 100.0);
  }
}
