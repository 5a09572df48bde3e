package cn.chegu.viewer.sampledata;

import cn.chegu.viewer.io.MetricProjection;
import cn.chegu.viewer.sampledata.SampleParameters.FacilityModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Facilities: the hand-placed ones (every facility the plan names, §9.3, §9.4, and the real ones of
 * the surveyed reference points at their coordinates — the features of {@code facilities.geojson}
 * whose {@code source} is not {@code modelled}, kept as they are) followed by the modelled
 * community facilities, made here. Every number of the rule is in {@code
 * gis-data/model-parameters.json} ({@link SampleParameters.Facilities}).
 *
 * <p>Modelled placement rule. A population cell is <em>built-up</em> when its centre lies in the
 * development core or a cluster (layout layer), otherwise <em>rural</em>.
 *
 * <ol>
 *   <li><b>Count</b>, per sub-district and type: the GB 50180-2018 life-circle level of the type
 *       gives a service population [P<sub>min</sub>, P<sub>max</sub>] — 5-minute 5,000–12,000
 *       (kindergarten); 10-minute 15,000–25,000 (primary school, community health station,
 *       community park); 15-minute 50,000–100,000 (middle school, community health centre, culture
 *       station, sports centre). With R = the sub-district's 2020 residents in built-up cells, n =
 *       ⌈R / P<sub>max</sub>⌉ (the fewest facilities none of which serves more than the GB upper
 *       bound), and n = 0 when R &lt; P<sub>min</sub> (too few for one catchment; GB has no
 *       facility of that level there). High schools are district-level (no GB life circle): one per
 *       90,000 built-up residents of the whole zone.
 *   <li><b>Position</b>: a seeded residents-weighted k-means ({@link WeightedKMeans}, Lloyd's, a
 *       fixed number of iterations) of the built-up cell centres of the sub-district with k = n —
 *       each facility at the residents' centre of its catchment — then snapped to the nearest road
 *       vertex, so that it is on the network.
 *   <li><b>Rural</b> cells get the village-level minimum rural China has: one kindergarten and one
 *       primary school per township seat (the reference centre of a sub-district that lies outside
 *       the built-up area), at the residents' centre of the rural cells of that sub-district within
 *       {@code seatRadiusM} of the seat, snapped likewise. Other rural residents get no modelled
 *       community facility.
 *   <li><b>Capacity</b> from the residents of the catchment (the k-means cluster): kindergarten
 *       places ≈ 0.03 × residents, primary 0.08, middle 0.04, high school 0.03; community health
 *       centres 30 beds; others null. {@code capacity_source} states the rule ("modelled: …").
 * </ol>
 */
final class Facilities {

  private Facilities() {}

  /**
   * @param in the hand-digitised inputs (placed facilities, built-up area, sub-districts, seats)
   * @param population the population layer (lon/lat)
   * @param roads the roads layer (lon/lat), whose vertices facilities are snapped to
   */
  static List<Feature> features(
      ModelInputs in,
      List<Feature> population,
      List<Feature> roads,
      SampleParameters.Facilities p) {
    List<Feature> out = new ArrayList<>(in.placedFacilities());
    List<Geometry> builtUp = in.builtUp();
    PreparedGeometry built =
        PreparedGeometryFactory.prepare(Geo.toMetric(Geo.GF.buildGeometry(builtUp).union()));
    List<Cell> cells = new ArrayList<>();
    for (Feature f : population) {
      Coordinate c = Geo.toMetric(f.geometry()).getCentroid().getCoordinate();
      cells.add(
          new Cell(
              c.x,
              c.y,
              ((Number) f.properties().get("residents")).doubleValue(),
              (String) f.properties().get("subdistrict"),
              built.contains(Geo.GF.createPoint(c))));
    }
    STRtree vertices = roadVertices(roads);
    List<String> names = in.subdistrictNames();
    for (FacilityModel t : p.types()) {
      List<double[]> sites = new ArrayList<>(); // x, y, residents served
      if (t.code().equals("high_school")) {
        sites.addAll(place(t, cells.stream().filter(Cell::builtUp).toList(), 0, p.seed()));
      } else {
        for (int s = 0; s < names.size(); s++) {
          String sub = names.get(s);
          sites.addAll(
              place(
                  t,
                  cells.stream().filter(c -> c.builtUp() && c.sub().equals(sub)).toList(),
                  s,
                  p.seed()));
          if (p.seatTypes().contains(t.code())) {
            sites.addAll(seat(sub, in.seat(sub), cells, built, p.seatRadiusM()));
          }
        }
      }
      int k = 0;
      for (double[] site : sites) {
        k++;
        Coordinate v = snap(vertices, site[0], site[1]);
        Coordinate ll = MetricProjection.UTM_50N.toLonLat(v.x, v.y);
        Object capacity =
            t.perResident() < 0
                ? (Object) (int) -t.perResident()
                : t.perResident() > 0 ? (Object) (int) Math.round(site[2] * t.perResident()) : null;
        out.add(
            Feature.of(
                Geo.point(ll.x, ll.y),
                Feature.props(
                    "fac-" + t.code() + "-" + k,
                    t.zh() + " " + k,
                    t.en() + " " + k,
                    ModelInputs.MODELLED,
                    t.planRef(),
                    p.accuracyM(),
                    "existing"),
                "type",
                t.code(),
                "capacity",
                capacity,
                "capacity_unit",
                t.unit(),
                "capacity_source",
                capacitySource(t),
                "capacity_source_zh",
                capacitySourceZh(t)));
      }
    }
    return out;
  }

  /** Where a modelled capacity comes from (the rule above), or null when there is none. */
  private static String capacitySource(FacilityModel t) {
    if (t.perResident() < 0) {
      return "modelled: " + (int) -t.perResident() + " " + t.unit() + " assumed per facility";
    }
    if (t.perResident() > 0) {
      return "modelled: "
          + t.perResident()
          + " "
          + t.unit()
          + " per 2020 resident of its k-means catchment";
    }
    return null;
  }

  /** The same rule in Chinese (shown in the map's Chinese mode), or null when there is none. */
  private static String capacitySourceZh(FacilityModel t) {
    String unit = "beds".equals(t.unit()) ? "床" : "个学位";
    if (t.perResident() < 0) {
      return "模型推算：每处设施假定 " + (int) -t.perResident() + " " + unit;
    }
    if (t.perResident() > 0) {
      return "模型推算：按其 k 均值服务范围内 2020 年每位居民 " + t.perResident() + " " + unit;
    }
    return null;
  }

  /** A population cell: centre in metres, 2020 residents, sub-district, built-up or rural. */
  private record Cell(double x, double y, double residents, String sub, boolean builtUp) {}

  /** The k-means sites {x, y, residents served} of one type over {@code cells}. */
  private static List<double[]> place(FacilityModel t, List<Cell> cells, int stream, long seed) {
    double total = cells.stream().mapToDouble(Cell::residents).sum();
    if (total < t.min() || total == 0) {
      return List.of();
    }
    int n = (int) Math.ceil(total / t.max());
    double[][] xy = cells.stream().map(c -> new double[] {c.x(), c.y()}).toArray(double[][]::new);
    double[] w = cells.stream().mapToDouble(Cell::residents).toArray();
    Random rnd = new Random(seed * 1_000_003L + t.code().hashCode() * 31L + stream);
    WeightedKMeans.Result r = WeightedKMeans.cluster(xy, w, n, rnd);
    double[] served = new double[n];
    for (int i = 0; i < w.length; i++) {
      served[r.assignment()[i]] += w[i];
    }
    List<double[]> out = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      out.add(new double[] {r.centres()[j][0], r.centres()[j][1], served[j]});
    }
    return out;
  }

  /**
   * The village-level site of sub-district {@code s}'s township seat: the residents' centre of its
   * rural cells within {@code radiusM} of the seat (reference centre); none when the seat is
   * built-up or has no rural residents around it.
   */
  private static List<double[]> seat(
      String sub, Point seat, List<Cell> cells, PreparedGeometry built, double radiusM) {
    Coordinate c = Geo.toMetric(seat.getX(), seat.getY());
    if (built.contains(Geo.GF.createPoint(c))) {
      return List.of();
    }
    double sx = 0;
    double sy = 0;
    double sw = 0;
    for (Cell cell : cells) {
      if (!cell.builtUp()
          && cell.sub().equals(sub)
          && Math.hypot(cell.x() - c.x, cell.y() - c.y) <= radiusM) {
        sx += cell.residents() * cell.x();
        sy += cell.residents() * cell.y();
        sw += cell.residents();
      }
    }
    return sw == 0 ? List.of() : List.<double[]>of(new double[] {sx / sw, sy / sw, sw});
  }

  private static STRtree roadVertices(List<Feature> roads) {
    STRtree index = new STRtree();
    for (Feature f : roads) {
      for (Coordinate c : Geo.toMetric(f.geometry()).getCoordinates()) {
        index.insert(new Envelope(c), c);
      }
    }
    index.build();
    return index;
  }

  /** The road vertex nearest to (x, y). */
  private static Coordinate snap(STRtree vertices, double x, double y) {
    Coordinate p = new Coordinate(x, y);
    return (Coordinate)
        vertices.nearestNeighbour(
            new Envelope(p),
            p,
            (a, b) -> ((Coordinate) a.getItem()).distance((Coordinate) b.getItem()));
  }
}
