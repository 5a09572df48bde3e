package cn.chegu.viewer.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * Gap polygons: the uncovered cells of a {@link CoverageResult} dissolved (unioned) into connected
 * polygons, each with its residents, ranked by residents (ties: more cells first). Cells touching
 * along an edge or a corner merge when their union does. Point cells are drawn as circles of {@code
 * pointCellRadiusMeters}.
 */
public final class GapOp {

  private final double pointCellRadiusMeters;

  /**
   * @param pointCellRadiusMeters radius drawn around point-shaped cells (e.g. 125 m)
   */
  public GapOp(double pointCellRadiusMeters) {
    this.pointCellRadiusMeters = pointCellRadiusMeters;
  }

  /** Gaps, rank 1 first; cells of {@code result} are matched to {@code cells} by id. */
  public List<Gap> compute(CoverageResult result, List<DemandCell> cells) {
    Map<String, DemandCell> byId = new HashMap<>();
    for (DemandCell c : cells) {
      byId.put(c.id(), c);
    }
    List<DemandCell> uncovered = new ArrayList<>();
    List<Geometry> shapes = new ArrayList<>();
    for (CellCoverage cc : result.cells()) {
      DemandCell c = byId.get(cc.cellId());
      if (!cc.covered() && c != null) {
        uncovered.add(c);
        Geometry g = c.geometry();
        shapes.add(g.getDimension() < 2 ? g.buffer(pointCellRadiusMeters, 8) : g);
      }
    }
    if (shapes.isEmpty()) {
      return List.of();
    }
    Geometry union = CascadedPolygonUnion.union(shapes);
    int n = union.getNumGeometries();
    STRtree index = new STRtree();
    List<PreparedGeometry> prepared = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Geometry part = union.getGeometryN(i);
      prepared.add(PreparedGeometryFactory.prepare(part));
      index.insert(part.getEnvelopeInternal(), i);
    }
    long[] residents = new long[n];
    int[] counts = new int[n];
    for (DemandCell c : uncovered) {
      Geometry p = c.geometry().getFactory().createPoint(c.location());
      for (Object o : index.query(p.getEnvelopeInternal())) {
        int i = (Integer) o;
        if (prepared.get(i).covers(p)) {
          residents[i] += c.residents();
          counts[i]++;
          break;
        }
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer>comparingLong(i -> -residents[i]).thenComparingInt(i -> -counts[i]));
    List<Gap> gaps = new ArrayList<>(n);
    int rank = 1;
    for (int i : order) {
      gaps.add(new Gap(rank++, (Polygon) union.getGeometryN(i), residents[i], counts[i]));
    }
    return gaps;
  }
}
