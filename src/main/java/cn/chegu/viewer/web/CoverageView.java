package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.analysis.Timings;
import cn.chegu.viewer.coverage.AreaCoverage;
import cn.chegu.viewer.coverage.CellCoverage;
import cn.chegu.viewer.coverage.CoverageResult;
import cn.chegu.viewer.facility.FacilityType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Coverage as the API shows it. {@code missingByType}: for multi-type standards (the 15-minute life
 * circle), residents for whom each type is not within reach. {@code delta}: for a scenario, covered
 * residents minus the baseline's, per area (null for the baseline itself). {@code timings}: the
 * wall time from the request's arrival and its phases.
 */
record CoverageView(
    String standard,
    String method,
    int year,
    long totalResidents,
    long coveredResidents,
    double share,
    List<AreaCoverage> byArea,
    Map<String, Long> missingByType,
    List<AreaDelta> delta,
    long computeMillis,
    String populationNote,
    Map<String, Object> timings) {

  /** The same answer with the request's wall-clock account (read now). */
  CoverageView with(Timings t) {
    return new CoverageView(
        standard,
        method,
        year,
        totalResidents,
        coveredResidents,
        share,
        byArea,
        missingByType,
        delta,
        computeMillis,
        populationNote,
        t.toMap());
  }

  /** Change against the baseline in one area. */
  record AreaDelta(String area, long coveredBefore, long coveredAfter, long change) {}

  static CoverageView of(CoverageResult r, PopulationYear year, CoverageResult baseline) {
    Map<String, Long> missing = new TreeMap<>();
    for (CellCoverage c : r.cells()) {
      for (FacilityType t : c.missingTypes()) {
        missing.merge(t.code(), c.residents(), Long::sum);
      }
    }
    List<AreaDelta> delta = null;
    if (baseline != null) {
      Map<String, AreaCoverage> before =
          baseline.byArea().stream()
              .collect(Collectors.toMap(AreaCoverage::area, Function.identity()));
      delta =
          r.byArea().stream()
              .map(
                  a -> {
                    long b = before.containsKey(a.area()) ? before.get(a.area()).covered() : 0;
                    return new AreaDelta(a.area(), b, a.covered(), a.covered() - b);
                  })
              .toList();
    }
    return new CoverageView(
        r.standardCode(),
        r.method().code(),
        year.year(),
        r.totalResidents(),
        r.coveredResidents(),
        round4(r.share()),
        r.byArea().stream()
            .map(a -> new AreaCoverage(a.area(), a.total(), a.covered(), round4(a.share())))
            .toList(),
        missing,
        delta,
        r.computeMillis(),
        "population is modelled (seeded generator calibrated to the 2020 census total), not surveyed",
        null);
  }

  private static double round4(double share) {
    return Math.round(share * 10_000) / 10_000.0;
  }

  static Double finiteOrNull(double v, int scale) {
    return Double.isFinite(v) ? Math.round(v * scale) / (double) scale : null;
  }
}
