package cn.chegu.viewer.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * Gaps a planner can act on: clusters of contiguous uncovered cells that hold residents, ranked by
 * residents (ties: more cells, then smallest cell id).
 *
 * <ul>
 *   <li>Only settled cells take part: cells holding at least {@code minCellResidents} residents.
 *       Emptier cells (the scattered rural background of the modelled population: 1–12 residents
 *       per 250 m cell) never make or join a gap; their uncovered residents are counted in {@link
 *       Gaps#sparseResidents()}, part of the remainder. An unpopulated remainder is never a gap.
 *   <li>Two cells are contiguous when their geometries lie within {@code touchMeters} of each other
 *       (1 m: edge or corner contact); on a regular grid that is the 8-neighbourhood. Cells of
 *       different sub-districts join; {@link Gap#areas()} lists them.
 *   <li>Clusters of fewer than {@code minResidents} residents are folded into {@link
 *       Gaps#remainderResidents()} (with the sparse cells), so Σ gap residents + remainder =
 *       uncovered residents.
 *   <li>The gap geometry is the union of its cells (the map hatches only those).
 * </ul>
 *
 * The best site of each kept gap is evaluated by a {@link SiteGain} (road nodes inside the gap).
 */
public final class GapOp {

  /** Cells closer than this touch. */
  public static final double TOUCH_METERS = 1.0;

  /**
   * Point-shaped cells stand for a 250 m grid square: a circle of half its diagonal (177 m), so
   * that 8-neighbours touch.
   */
  public static final double POINT_CELL_RADIUS_METERS = 177;

  private final long minResidents;
  private final long minCellResidents;

  /**
   * @param minResidents clusters with fewer residents go to the remainder (≥ 1)
   * @param minCellResidents cells with fewer residents are sparse: never part of a gap (≥ 1)
   */
  public GapOp(long minResidents, long minCellResidents) {
    if (minResidents < 1) {
      throw new IllegalArgumentException("minResidents must be at least 1, was " + minResidents);
    }
    if (minCellResidents < 1) {
      throw new IllegalArgumentException(
          "minCellResidents must be at least 1, was " + minCellResidents);
    }
    this.minResidents = minResidents;
    this.minCellResidents = minCellResidents;
  }

  /**
   * Gaps of {@code result}; cells of the result are matched to {@code cells} by id.
   *
   * @param facilities facilities of the answer's set, to name each gap's nearest one
   * @param gain evaluates one new facility inside a gap; {@code null} = not evaluated
   */
  public Gaps compute(
      CoverageResult result, List<DemandCell> cells, List<ServicePoint> facilities, SiteGain gain) {
    Map<String, DemandCell> byId = new HashMap<>();
    cells.forEach(c -> byId.put(c.id(), c));
    Map<String, ServicePoint> facilityById = new HashMap<>();
    facilities.forEach(f -> facilityById.put(f.id(), f));
    List<DemandCell> uncovered = new ArrayList<>();
    List<CellCoverage> coverage = new ArrayList<>();
    long sparse = 0;
    for (CellCoverage cc : result.cells()) {
      DemandCell c = byId.get(cc.cellId());
      if (cc.covered() || c == null || c.residents() == 0) {
        continue;
      }
      if (c.residents() < minCellResidents) {
        sparse += c.residents();
      } else {
        uncovered.add(c);
        coverage.add(cc);
      }
    }
    List<List<Integer>> clusters = clusters(uncovered);
    List<Gap> kept = new ArrayList<>();
    long remainder = sparse;
    int folded = 0;
    for (List<Integer> cluster : clusters) {
      Gap g = gap(cluster, uncovered, coverage, facilityById);
      if (g.residents() >= minResidents) {
        kept.add(g);
      } else {
        remainder += g.residents();
        folded++;
      }
    }
    kept.sort(
        Comparator.comparingLong(Gap::residents)
            .reversed()
            .thenComparing(Comparator.comparingInt(Gap::cellCount).reversed())
            .thenComparing(g -> g.cellIds().get(0)));
    List<Gap> ranked = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      Gap g = kept.get(i);
      Gap r =
          new Gap(
              i + 1,
              g.polygon(),
              g.residents(),
              g.cellCount(),
              g.areaM2(),
              g.areas(),
              g.centroid(),
              g.nearestFacility(),
              g.minutesToNearest(),
              null,
              0,
              g.cellIds());
      if (gain != null) {
        SiteGain.Best best = gain.best(r.polygon());
        r = r.withBestSite(best.site(), best.newlyCoveredResidents());
      }
      ranked.add(r);
    }
    return new Gaps(ranked, minResidents, minCellResidents, remainder, folded, sparse);
  }

  /** Connected components of touching cells (union-find), each a sorted list of indexes. */
  static List<List<Integer>> clusters(List<DemandCell> cells) {
    int n = cells.size();
    int[] parent = new int[n];
    STRtree index = new STRtree();
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      index.insert(shape(cells.get(i)).getEnvelopeInternal(), i);
    }
    if (n > 0) {
      index.build();
    }
    for (int i = 0; i < n; i++) {
      Geometry gi = shape(cells.get(i));
      Envelope near = new Envelope(gi.getEnvelopeInternal());
      near.expandBy(TOUCH_METERS);
      for (Object o : index.query(near)) {
        int j = (Integer) o;
        if (j > i && gi.isWithinDistance(shape(cells.get(j)), TOUCH_METERS)) {
          union(parent, i, j);
        }
      }
    }
    Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    return new ArrayList<>(byRoot.values());
  }

  private static Gap gap(
      List<Integer> cluster,
      List<DemandCell> cells,
      List<CellCoverage> coverage,
      Map<String, ServicePoint> facilities) {
    List<Geometry> shapes = new ArrayList<>(cluster.size());
    Map<String, Long> areaResidents = new HashMap<>();
    List<String> ids = new ArrayList<>(cluster.size());
    long residents = 0;
    double areaM2 = 0;
    double sx = 0;
    double sy = 0;
    String nearestId = null;
    double nearestMinutes = Double.POSITIVE_INFINITY;
    for (int i : cluster) {
      DemandCell c = cells.get(i);
      CellCoverage cc = coverage.get(i);
      shapes.add(shape(c));
      ids.add(c.id());
      residents += c.residents();
      areaM2 += c.geometry().getArea();
      areaResidents.merge(c.area(), c.residents(), Long::sum);
      Coordinate p = c.location();
      sx += p.x * c.residents();
      sy += p.y * c.residents();
      if (cc.facilityId() != null && cc.minutes() < nearestMinutes) {
        nearestMinutes = cc.minutes();
        nearestId = cc.facilityId();
      }
    }
    ids.sort(Comparator.naturalOrder());
    Coordinate mean = new Coordinate(sx / residents, sy / residents);
    Coordinate centre = null;
    for (int i : cluster) {
      Coordinate p = cells.get(i).location();
      if (centre == null || p.distance(mean) < centre.distance(mean)) {
        centre = p;
      }
    }
    List<String> areas =
        areaResidents.entrySet().stream()
            .sorted(
                Map.Entry.<String, Long>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .toList();
    Geometry union = shapes.size() == 1 ? shapes.get(0) : CascadedPolygonUnion.union(shapes);
    return new Gap(
        0,
        union,
        residents,
        cluster.size(),
        areaM2,
        areas,
        centre,
        nearestId == null ? null : facilities.get(nearestId),
        nearestMinutes,
        null,
        0,
        ids);
  }

  /** The cell's polygon; a point cell as a circle of {@link #POINT_CELL_RADIUS_METERS}. */
  static Geometry shape(DemandCell c) {
    Geometry g = c.geometry();
    return g.getDimension() < 2 ? g.buffer(POINT_CELL_RADIUS_METERS, 8) : g;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
