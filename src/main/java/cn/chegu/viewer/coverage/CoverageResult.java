package cn.chegu.viewer.coverage;

import java.util.List;

/**
 * Coverage of a standard by a method.
 *
 * @param standardCode the standard's code
 * @param method euclidean or network
 * @param cells per-cell results, in input order
 * @param totalResidents sum of residents
 * @param coveredResidents residents in covered cells
 * @param share covered / total (0 when total is 0)
 * @param byArea per area, sorted by area name
 * @param computeMillis wall time of the computation
 */
public record CoverageResult(
    String standardCode,
    CoverageMethod method,
    List<CellCoverage> cells,
    long totalResidents,
    long coveredResidents,
    double share,
    List<AreaCoverage> byArea,
    long computeMillis) {

  public CoverageResult {
    cells = List.copyOf(cells);
    byArea = List.copyOf(byArea);
  }

  public long uncoveredResidents() {
    return totalResidents - coveredResidents;
  }
}
