package cn.chegu.viewer.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * The difference between two coverages over the same cells (two population years, two facility
 * sets, baseline and scenario): per cell whether it <b>gains</b> coverage (not covered in A,
 * covered in B), <b>loses</b> it, or keeps it, with its uncovered residents on both sides; and per
 * area the residents covered on both sides. Cells must be the same grid in the same order (the
 * population layer holds one cell per feature, with a resident count per year).
 *
 * @param totalA residents of side A
 * @param coveredA covered residents of side A
 * @param totalB residents of side B
 * @param coveredB covered residents of side B
 * @param byArea per area, sorted by name
 * @param cells the cells that changed (status or uncovered residents), in input order
 */
public record CoverageDiff(
    long totalA,
    long coveredA,
    long totalB,
    long coveredB,
    List<AreaChange> byArea,
    List<CellChange> cells) {

  /** How a cell's coverage changed from A to B. */
  public enum Change {
    GAIN,
    LOSS,
    SAME
  }

  /** One area on both sides. */
  public record AreaChange(String area, long totalA, long coveredA, long totalB, long coveredB) {
    public long change() {
      return coveredB - coveredA;
    }
  }

  /** One cell that changed; geometry in metres. */
  public record CellChange(
      String cellId,
      Geometry geometry,
      String area,
      Change change,
      long uncoveredA,
      long uncoveredB) {}

  /** Compares side A with side B cell by cell. */
  public static CoverageDiff of(
      CoverageResult a, List<DemandCell> cellsA, CoverageResult b, List<DemandCell> cellsB) {
    if (a.cells().size() != b.cells().size() || cellsA.size() != a.cells().size()) {
      throw new IllegalArgumentException(
          "the two coverages are not over the same cells: "
              + a.cells().size()
              + " vs "
              + b.cells().size());
    }
    Map<String, long[]> areas = new java.util.TreeMap<>();
    List<CellChange> changed = new ArrayList<>();
    for (int i = 0; i < a.cells().size(); i++) {
      CellCoverage ca = a.cells().get(i);
      CellCoverage cb = b.cells().get(i);
      if (!ca.cellId().equals(cb.cellId())) {
        throw new IllegalArgumentException(
            "cell " + i + " differs: " + ca.cellId() + " vs " + cb.cellId());
      }
      long[] sums = areas.computeIfAbsent(ca.area(), k -> new long[4]);
      sums[0] += ca.residents();
      sums[1] += ca.covered() ? ca.residents() : 0;
      sums[2] += cb.residents();
      sums[3] += cb.covered() ? cb.residents() : 0;
      long ua = ca.covered() ? 0 : ca.residents();
      long ub = cb.covered() ? 0 : cb.residents();
      Change change =
          ca.covered() == cb.covered() ? Change.SAME : cb.covered() ? Change.GAIN : Change.LOSS;
      if (change != Change.SAME || ua != ub) {
        changed.add(
            new CellChange(ca.cellId(), cellsA.get(i).geometry(), ca.area(), change, ua, ub));
      }
    }
    Map<String, AreaChange> byArea = new LinkedHashMap<>();
    areas.forEach((k, s) -> byArea.put(k, new AreaChange(k, s[0], s[1], s[2], s[3])));
    return new CoverageDiff(
        a.totalResidents(),
        a.coveredResidents(),
        b.totalResidents(),
        b.coveredResidents(),
        List.copyOf(byArea.values()),
        changed);
  }
}
