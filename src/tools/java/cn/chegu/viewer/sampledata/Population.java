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
 * <em>urban</em> when its centre lies in the layout's core or a cluster or within {@link
 * SampleParameters.Population#townRadiusM()} m of the seat of a rural sub-district (邓南, 东荆, 湘口 —
 * the old towns); <em>industrial</em> when its centre lies in a manufacturing park. Per
 * sub-district, the 2020 total (the totals of the earlier kernel model, which give 481,338 and old
 * Hannan 145,103 exactly) is split into three pools — compounds, villages, remainder: 88 % / 5 % /
 * 7 % in 沌口, 沌阳, 军山, 纱帽 and 35 % / 45 % / 20 % in the rural 邓南, 东荆, 湘口.
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
 * to the remainder); cells with 0 residents are dropped. 2025 (1,000,000): existing cells grow by
 * 10 % (min(T<sub>2025</sub>, 1.1 T<sub>2020</sub>) apportioned over the 2020 residents) and the
 * rest of the sub-district's 2025 total goes to new compound patches on kept urban cells not yet in
 * a compound — mostly in the Junshan core and 沌口/沌阳, as the plan's "百万人口" growth.
 *
 * <p>Every number named here is read from {@code gis-data/model-parameters.json} ({@link
 * SampleParameters.Population}); the shapes are read from the layer files ({@link ModelInputs}).
 */
final class Population {

  private Population() {}

  /** The old towns around the seats of the rural sub-districts, metres, in sub-district order. */
  static List<Geometry> townsMetric(ModelInputs in, SampleParameters.Population p) {
    List<Geometry> out = new ArrayList<>();
    for (String name : in.subdistrictNames()) {
      if (subdistrict(p, name).rural()) {
        Point seat = in.seat(name);
        out.add(Geo.metricPoint(seat.getX(), seat.getY()).buffer(p.townRadiusM(), 16));
      }
    }
    return out;
  }

  private static SampleParameters.Subdistrict subdistrict(
      SampleParameters.Population p, String name) {
    SampleParameters.Subdistrict s = p.subdistricts().get(name);
    if (s == null) {
      throw new IllegalArgumentException(
          "model-parameters.json: population.subdistricts has no entry for " + name);
    }
    return s;
  }

  /** The population layer's features. */
  static List<Feature> features(ModelInputs in, SampleParameters.Population p) {
    List<String> names = in.subdistrictNames();
    List<Geometry> subsMetric =
        in.subdistricts().stream().map(f -> Geo.toMetric(f.geometry())).toList();
    List<Geometry> industrial =
        in.parks().stream()
            .filter(f -> p.industrialParks().contains(f.properties().get("name_zh")))
            .map(Feature::geometry)
            .toList();
    Grid g =
        Grid.of(
            in.zone(),
            subsMetric,
            in.lakesMetric(),
            urbanArea(in.builtUp(), townsMetric(in, p)),
            industrialArea(industrial),
            p.cellM());
    int n = g.size();
    long[] r20 = new long[n];
    long[] r25 = new long[n];
    boolean[] used = new boolean[n];
    Random rnd = new Random(p.seed());
    Compounds.Kind compound = p.compound();
    Compounds.Kind village = p.village();
    for (int s = 0; s < names.size(); s++) {
      SampleParameters.Subdistrict sd = subdistrict(p, names.get(s));
      SampleParameters.Pool pool = sd.rural() ? p.pools().rural() : p.pools().urban();
      List<Integer> compoundCells = new ArrayList<>();
      List<Integer> villageCells = new ArrayList<>();
      List<Integer> all = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (g.sub[i] != s || g.share[i] <= 0) {
          continue;
        }
        all.add(i);
        if (!g.industrial[i] && g.urban[i] && g.share[i] >= compound.minLandShare()) {
          compoundCells.add(i);
        } else if (!g.industrial[i] && !g.urban[i] && g.share[i] >= village.minLandShare()) {
          villageCells.add(i);
        }
      }
      long total = sd.residents2020();
      long compounds = Math.round(total * pool.compounds());
      long villages = Math.round(total * pool.villages());
      double[] wc =
          Compounds.place(compoundCells, g.col, g.row, g.share, used, compounds, compound, rnd);
      double[] wv =
          Compounds.place(villageCells, g.col, g.row, g.share, used, villages, village, rnd);
      double[] wr = new double[n];
      for (int i : all) {
        wr[i] = g.share[i] * (g.industrial[i] ? p.remainderIndustrial() : 1);
      }
      long rest = total;
      rest -= add(r20, wc, compounds);
      rest -= add(r20, wv, villages);
      add(r20, wr, rest);
      // 2025: existing cells grow, the rest goes to new compounds on kept urban cells.
      long existing = Math.min(sd.residents2025(), Math.round(p.growthExisting() * total));
      long fresh = sd.residents2025() - existing;
      List<Integer> freeCells = compoundCells.stream().filter(i -> r20[i] > 0).toList();
      double[] wn = Compounds.place(freeCells, g.col, g.row, g.share, used, fresh, compound, rnd);
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
                Feature.props(
                    id, "", "", ModelInputs.MODELLED, "§9.6", (int) p.cellM(), "existing"),
                "residents",
                r20[i],
                "residents_2025",
                r25[i],
                "subdistrict",
                names.get(g.sub[i])));
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

  private static PreparedGeometry urbanArea(List<Geometry> builtUp, List<Geometry> towns) {
    List<Geometry> parts = new ArrayList<>(builtUp.stream().map(Geo::toMetric).toList());
    parts.addAll(towns);
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
        PreparedGeometry industrialP,
        double cellM) {
      Geometry zoneM = Geo.toMetric(zoneLonLat);
      PreparedGeometry zoneP = PreparedGeometryFactory.prepare(zoneM);
      List<PreparedGeometry> subs =
          subsMetric.stream().map(PreparedGeometryFactory::prepare).toList();
      Envelope e = zoneM.getEnvelopeInternal();
      int c0 = (int) Math.floor(e.getMinX() / cellM);
      int r0 = (int) Math.floor(e.getMinY() / cellM);
      int c1 = (int) Math.ceil(e.getMaxX() / cellM);
      int r1 = (int) Math.ceil(e.getMaxY() / cellM);
      List<int[]> cr = new ArrayList<>();
      List<Geometry> geoms = new ArrayList<>();
      List<double[]> attrs = new ArrayList<>(); // sub, share, urban, industrial
      for (int r = r1 - 1; r >= r0; r--) {
        for (int c = c0; c < c1; c++) {
          Geometry box =
              Geo.GF.toGeometry(
                  new Envelope(c * cellM, (c + 1) * cellM, r * cellM, (r + 1) * cellM));
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
                Math.max(0, land) / (cellM * cellM),
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
