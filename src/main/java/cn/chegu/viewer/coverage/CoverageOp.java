package cn.chegu.viewer.coverage;

import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.network.RoadGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes the coverage of a standard: per demand cell the nearest facility, time, distance and
 * whether it is covered; residents covered in total and per area.
 */
public final class CoverageOp {

  private CoverageOp() {}

  /**
   * @param graph road graph in metres; required for the network method, may be null for Euclidean
   * @param facilities facilities (any types; those not served by the standard are ignored)
   * @param cells demand cells in metres
   * @param standard the service standard
   * @param method euclidean or network
   */
  public static CoverageResult compute(
      RoadGraph graph,
      List<ServicePoint> facilities,
      List<DemandCell> cells,
      ServiceStandard standard,
      CoverageMethod method) {
    long start = System.nanoTime();
    return compute(new CoverageModel(graph, facilities, standard, method), cells, start);
  }

  /** Coverage from an already prepared model. */
  public static CoverageResult compute(CoverageModel model, List<DemandCell> cells) {
    return compute(model, cells, System.nanoTime());
  }

  private static CoverageResult compute(CoverageModel model, List<DemandCell> cells, long start) {
    List<CellCoverage> out = new ArrayList<>(cells.size());
    Map<String, long[]> areas = new TreeMap<>();
    long total = 0;
    long covered = 0;
    for (DemandCell cell : cells) {
      PointCoverage pc = model.at(cell.location());
      out.add(
          new CellCoverage(
              cell.id(),
              cell.area(),
              cell.residents(),
              pc.facility() == null ? null : pc.facility().id(),
              pc.minutes(),
              pc.distanceMeters(),
              pc.covered(),
              pc.missingTypes()));
      long[] a = areas.computeIfAbsent(cell.area(), k -> new long[2]);
      a[0] += cell.residents();
      total += cell.residents();
      if (pc.covered()) {
        a[1] += cell.residents();
        covered += cell.residents();
      }
    }
    List<AreaCoverage> byArea = new ArrayList<>(areas.size());
    areas.forEach((name, a) -> byArea.add(new AreaCoverage(name, a[0], a[1], share(a[1], a[0]))));
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new CoverageResult(
        model.standard().code(),
        model.method(),
        out,
        total,
        covered,
        share(covered, total),
        byArea,
        millis);
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
