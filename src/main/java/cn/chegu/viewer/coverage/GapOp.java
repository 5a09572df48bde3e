package cn.chegu.viewer.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * Gap polygons: the uncovered cells of a {@link CoverageResult} dissolved (unioned) into connected
 * polygons <em>within each area</em> (sub-district), each with its residents, ranked by residents
 * (ties: more cells first). Dissolving per area keeps a gap answerable by one sub-district's
 * office, and stops the whole rural south-west from merging into one unhelpful polygon. Cells
 * touching along an edge or a corner merge when their union does. Point cells are drawn as circles
 * of {@code pointCellRadiusMeters}.
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
    Map<String, List<DemandCell>> uncoveredByArea = new TreeMap<>();
    for (CellCoverage cc : result.cells()) {
      DemandCell c = byId.get(cc.cellId());
      if (!cc.covered() && c != null) {
        uncoveredByArea.computeIfAbsent(c.area(), k -> new ArrayList<>()).add(c);
      }
    }
    List<Gap> unranked = new ArrayList<>();
    uncoveredByArea.forEach((area, uncovered) -> unranked.addAll(dissolve(area, uncovered)));
    unranked.sort(
        Comparator.comparingLong(Gap::residents)
            .reversed()
            .thenComparing(Comparator.comparingInt(Gap::cellCount).reversed()));
    List<Gap> gaps = new ArrayList<>(unranked.size());
    int rank = 1;
    for (Gap g : unranked) {
      gaps.add(new Gap(rank++, g.polygon(), g.residents(), g.cellCount(), g.area()));
    }
    return gaps;
  }

  /** The connected parts of one area's uncovered cells, unranked (rank 0). */
  private List<Gap> dissolve(String area, List<DemandCell> uncovered) {
    List<Geometry> shapes = new ArrayList<>(uncovered.size());
    for (DemandCell c : uncovered) {
      Geometry g = c.geometry();
      shapes.add(g.getDimension() < 2 ? g.buffer(pointCellRadiusMeters, 8) : g);
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
    List<Gap> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Gap(0, (Polygon) union.getGeometryN(i), residents[i], counts[i], area));
    }
    return out;
  }
}
