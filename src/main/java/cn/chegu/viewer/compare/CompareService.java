package cn.chegu.viewer.compare;

import cn.chegu.viewer.analysis.CoverageService;
import cn.chegu.viewer.coverage.CoverageDiff;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.CoverageResult;
import cn.chegu.viewer.scenario.ScenarioService;
import org.springframework.stereotype.Service;

/** Computes both sides of a comparison and their difference. */
@Service
public class CompareService {

  private final CoverageService coverage;
  private final ScenarioService scenarios;

  public CompareService(CoverageService coverage, ScenarioService scenarios) {
    this.coverage = coverage;
    this.scenarios = scenarios;
  }

  public CoverageDiff compare(String standard, CoverageMethod method, Side a, Side b) {
    coverage.standards().get(standard); // unknown standard: 404 before any work
    return CoverageDiff.of(
        side(standard, method, a),
        coverage.data().cells().get(a.year()),
        side(standard, method, b),
        coverage.data().cells().get(b.year()));
  }

  private CoverageResult side(String standard, CoverageMethod method, Side s) {
    if (s.scenarioId() != null) {
      // a scenario's edits apply over the baseline of s.facilities()
      return coverage.coverage(
          standard,
          method,
          s.year(),
          s.facilities(),
          scenarios.effectiveFacilities(s.scenarioId()));
    }
    return coverage.coverage(standard, method, s.year(), s.facilities());
  }
}
