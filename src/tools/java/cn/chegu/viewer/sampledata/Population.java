package cn.chegu.viewer.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Modelled population on a 250 m grid aligned to UTM 50N (cell corners at multiples of 250 m).
 *
 * <p>Rule: residents live in residential compounds (小区) between the factories, in villages, and a
 * sparse remainder. A cell's land share is its clipped area minus lakes over 250². A cell is
 * <em>urban</em> when its centre lies in the layout's core or a cluster or within {@value
 * #TOWN_RADIUS_M} m of the seat of a rural sub-district (邓南, 东荆, 湘口 — the old towns);
 * <em>industrial</em> when its centre lies in a manufacturing park ({@link #INDUSTRIAL}). Per
 * sub-district, the 2020 total ({@link #TOTALS_2020}, the totals of the earlier kernel model, which
 * give 481,338 and old Hannan 145,103 exactly) is split into three pools — compounds, villages,
 * remainder: 88 % / 5 % / 7 % in 沌口, 沌阳, 军山, 纱帽 and 35 % / 45 % / 20 % in the rural 邓南, 东荆, 湘口.
 *
 * <ul>
 *   <li>Compounds: seeded patches of 2–12 urban, non-industrial cells with land share ≥ 0.75, one
 *       density of 1,500–2,500 residents per cell (24,000–40,000/km², Chinese high-rise 小区) per
 *       patch, drawn until they hold the pool at the mean density ({@link Compounds}).
 *   <li>Villages: seeded patches of 1–4 non-urban, non-industrial cells with land share ≥ 0.5,
 *       100–400 residents per cell.
 *   <li>Remainder: every cell of the sub-district in proportion to its land share, × 0.1 in the
 *       manufacturing parks (dormitories, guards).
 * </ul>
 *
 * Each pool is apportioned by largest remainder over its weights (a pool with no eligible cell goes
 * to the remainder); cells with 0 residents are dropped. 2025 ({@link #TOTALS_2025}, 1,000,000):
 * existing cells grow by 10 % (min(T<sub>2025</sub>, 1.1 T<sub>2020</sub>) apportioned over the
 * 2020 residents) and the rest of the sub-district's 2025 total goes to new compound patches on
 * kept urban cells not yet in a compound — mostly in the Junshan core and 沌口/沌阳, as the plan's
 * "百万人口" growth.
 */
final class Population {

  static final double CELL_M = SampleParameters.CELL_M;
  static final int TOTAL_2020 = SampleParameters.TOTAL_2020;
  static final int HANNAN_2020 = SampleParameters.HANNAN_2020;
  static final int TOTAL_2025 = SampleParameters.TOTAL_2025;
  static final long SEED = SampleParameters.POPULATION_SEED;

  /** Radius of an old town around a rural sub-district seat, metres. */
  static final double TOWN_RADIUS_M = SampleParameters.TOWN_RADIUS_M;

  /** Manufacturing parks (parks layer names) that hold almost nobody. */
  static final List<String> INDUSTRIAL =
      List.of("先进制造产业区", "汽车及零部件产业园", "综合保税区", "港口物流园", "通用航空及卫星产业园");

  /** 2020 and 2025 residents per sub-district, in {@link Boundaries#SUBDISTRICTS} order. */
  static final long[] TOTALS_2020 = SampleParameters.TOTALS_2020;

  static final long[] TOTALS_2025 = SampleParameters.TOTALS_2025;

  /** Sub-districts (indices) whose seat is an old town outside the layout: 邓南, 东荆, 湘口. */
  static final int[] RURAL = {4, 5, 6};

  private static final double GROWTH_EXISTING = SampleParameters.GROWTH_EXISTING;
  private static final double REMAINDER_INDUSTRIAL = SampleParameters.REMAINDER_INDUSTRIAL;

  private Population() {}

  /** The old towns around the rural sub-district seats, metres. */
  static List<Geometry> townsMetric() {
    List<Geometry> out = new ArrayList<>();
    for (int s : RURAL) {
      double[] ref = (double[]) Boundaries.SUBDISTRICTS.get(s)[3];
      out.add(Geo.metricPoint(ref[0], ref[1]).buffer(TOWN_RADIUS_M, 16));
    }
    return out;
  }

  /**
   * @param builtUp the core and cluster polygons (lon/lat)
   * @param industrial the manufacturing park polygons (lon/lat)
   */
  static List<Feature> features(
      Geometry zoneLonLat,
      List<Geometry> subsMetric,
      Geometry lakes,
      List<Geometry> builtUp,
      List<Geometry> industrial) {
    Grid g = Grid.of(zoneLonLat, subsMetric, lakes, urbanArea(builtUp), industrialArea(industrial));
    int n = g.size();
    long[] r20 = new long[n];
    long[] r25 = new long[n];
    boolean[] used = new boolean[n];
    Random rnd = new Random(SEED);
    for (int s = 0; s < Boundaries.SUBDISTRICTS.size(); s++) {
      boolean rural = s >= RURAL[0];
      List<Integer> compoundCells = new ArrayList<>();
      List<Integer> villageCells = new ArrayList<>();
      List<Integer> all = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (g.sub[i] != s || g.share[i] <= 0) {
          continue;
        }
        all.add(i);
        if (!g.industrial[i] && g.urban[i] && g.share[i] >= 0.75) {
          compoundCells.add(i);
        } else if (!g.industrial[i] && !g.urban[i] && g.share[i] >= 0.5) {
          villageCells.add(i);
        }
      }
      long total = TOTALS_2020[s];
      long compounds = Math.round(total * (rural ? 0.35 : 0.88));
      long villages = Math.round(total * (rural ? 0.45 : 0.05));
      double[] wc =
          Compounds.place(
              compoundCells, g.col, g.row, g.share, used, compounds, Compounds.COMPOUND, rnd);
      double[] wv =
          Compounds.place(
              villageCells, g.col, g.row, g.share, used, villages, Compounds.VILLAGE, rnd);
      double[] wr = new double[n];
      for (int i : all) {
        wr[i] = g.share[i] * (g.industrial[i] ? REMAINDER_INDUSTRIAL : 1);
      }
      long rest = total;
      rest -= add(r20, wc, compounds);
      rest -= add(r20, wv, villages);
      add(r20, wr, rest);
      // 2025: existing cells grow, the rest goes to new compounds on kept urban cells.
      long existing = Math.min(TOTALS_2025[s], Math.round(GROWTH_EXISTING * total));
      long fresh = TOTALS_2025[s] - existing;
      List<Integer> freeCells = compoundCells.stream().filter(i -> r20[i] > 0).toList();
      double[] wn =
          Compounds.place(freeCells, g.col, g.row, g.share, used, fresh, Compounds.COMPOUND, rnd);
      double[] we = new double[n];
      for (int i : all) {
        we[i] = r20[i];
      }
      existing += fresh - add(r25, wn, fresh);
      add(r25, we, existing);
    }
    List<Feature> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (r20[i] > 0) {
        String id = "pop-" + g.col[i] + "-" + g.row[i];
        out.add(
            Feature.of(
                Geo.toLonLat(g.metric.get(i)),
                Feature.props(id, "", "", "modelled", "§9.6", 250, "existing"),
                "residents",
                r20[i],
                "residents_2025",
                r25[i],
                "subdistrict",
                (String) Boundaries.SUBDISTRICTS.get(g.sub[i])[0]));
      }
    }
    return out;
  }

  /**
   * Adds {@code pool} apportioned over {@code w} into {@code into}; returns what was added (0 when
   * no weight is positive).
   */
  private static long add(long[] into, double[] w, long pool) {
    double sum = 0;
    for (double v : w) {
      sum += v;
    }
    if (pool <= 0 || sum <= 0) {
      return 0;
    }
    long[] a = Apportion.largestRemainder(w, pool);
    for (int i = 0; i < a.length; i++) {
      into[i] += a[i];
    }
    return pool;
  }

  private static PreparedGeometry urbanArea(List<Geometry> builtUp) {
    List<Geometry> parts = new ArrayList<>(builtUp.stream().map(Geo::toMetric).toList());
    parts.addAll(townsMetric());
    return PreparedGeometryFactory.prepare(Geo.GF.buildGeometry(parts).union());
  }

  private static PreparedGeometry industrialArea(List<Geometry> parks) {
    return PreparedGeometryFactory.prepare(
        Geo.GF.buildGeometry(parks.stream().map(Geo::toMetric).toList()).union());
  }

  /** The grid cells: column, row, clipped geometry (m), sub-district, land share, flags. */
  private record Grid(
      int[] col,
      int[] row,
      List<Geometry> metric,
      int[] sub,
      double[] share,
      boolean[] urban,
      boolean[] industrial) {

    int size() {
      return col.length;
    }

    static Grid of(
        Geometry zoneLonLat,
        List<Geometry> subsMetric,
        Geometry lakes,
        PreparedGeometry urbanP,
        PreparedGeometry industrialP) {
      Geometry zoneM = Geo.toMetric(zoneLonLat);
      PreparedGeometry zoneP = PreparedGeometryFactory.prepare(zoneM);
      List<PreparedGeometry> subs =
          subsMetric.stream().map(PreparedGeometryFactory::prepare).toList();
      Envelope e = zoneM.getEnvelopeInternal();
      int c0 = (int) Math.floor(e.getMinX() / CELL_M);
      int r0 = (int) Math.floor(e.getMinY() / CELL_M);
      int c1 = (int) Math.ceil(e.getMaxX() / CELL_M);
      int r1 = (int) Math.ceil(e.getMaxY() / CELL_M);
      List<int[]> cr = new ArrayList<>();
      List<Geometry> geoms = new ArrayList<>();
      List<double[]> attrs = new ArrayList<>(); // sub, share, urban, industrial
      for (int r = r1 - 1; r >= r0; r--) {
        for (int c = c0; c < c1; c++) {
          Geometry box =
              Geo.GF.toGeometry(
                  new Envelope(c * CELL_M, (c + 1) * CELL_M, r * CELL_M, (r + 1) * CELL_M));
          if (!zoneP.intersects(box)) {
            continue;
          }
          Geometry cell =
              zoneP.containsProperly(box) ? box : Geo.polygonal(box.intersection(zoneM), 1);
          if (cell.isEmpty()) {
            continue;
          }
          double land =
              cell.getArea() - (lakes.intersects(cell) ? lakes.intersection(cell).getArea() : 0);
          Point centre =
              zoneP.contains(box.getCentroid()) ? box.getCentroid() : cell.getInteriorPoint();
          int sub = 0;
          while (sub < subs.size() - 1 && !subs.get(sub).intersects(centre)) {
            sub++;
          }
          cr.add(new int[] {c, r});
          geoms.add(cell);
          attrs.add(
              new double[] {
                sub,
                Math.max(0, land) / (CELL_M * CELL_M),
                urbanP.contains(centre) ? 1 : 0,
                industrialP.contains(centre) ? 1 : 0
              });
        }
      }
      int n = cr.size();
      Grid g =
          new Grid(
              new int[n],
              new int[n],
              geoms,
              new int[n],
              new double[n],
              new boolean[n],
              new boolean[n]);
      for (int i = 0; i < n; i++) {
        g.col[i] = cr.get(i)[0];
        g.row[i] = cr.get(i)[1];
        double[] a = attrs.get(i);
        g.sub[i] = (int) a[0];
        g.share[i] = a[1];
        g.urban[i] = a[2] > 0;
        g.industrial[i] = a[3] > 0;
      }
      return g;
    }
  }
}
