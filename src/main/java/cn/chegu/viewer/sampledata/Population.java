package cn.chegu.viewer.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Modelled population on a 250 m grid aligned to UTM 50N (cell corners at multiples of 250 m).
 *
 * <p>Rule: a cell's weight is (land share of the cell, i.e. clipped area minus lakes, over 250²) ×
 * (background + Σ Gaussian kernels {@code peak · exp(-d²/2σ²)} around hand-placed centres: 沌口, 沌阳,
 * 三角湖, the Junshan core, 纱帽, the 东荆/邓南/湘口 towns, plus 60 seeded village kernels of σ = 400 m in the
 * rural south-west) × seeded noise in [0.75, 1.25). The 2020 totals are apportioned by largest
 * remainder separately to old Hannan (纱帽, 东荆, 邓南, 湘口: 145,103) and to the three northern
 * sub-districts (336,235), giving exactly 481,338; cells with 0 residents are dropped. The 2025
 * weights use kernels in which the Junshan core, 沌阳 west and 纱帽 grow (the plan's "百万人口"),
 * apportioned to exactly 1,000,000 over the kept cells.
 */
final class Population {

  static final double CELL_M = 250;
  static final int TOTAL_2020 = 481_338;
  static final int HANNAN_2020 = 145_103;
  static final int TOTAL_2025 = 1_000_000;
  static final long SEED = 481338L;

  /** Kernels: lon, lat, peak 2020, peak 2025, sigma m. */
  private static final double[][] KERNELS = {
    {114.1800, 30.4900, 1.00, 1.10, 2500},
    {114.1300, 30.4900, 0.85, 1.00, 3000},
    {114.1650, 30.5150, 0.70, 0.75, 1800},
    {114.0900, 30.4800, 0.25, 0.60, 2500},
    {114.1100, 30.4050, 0.30, 1.20, 3200},
    {114.0600, 30.3100, 0.75, 0.95, 2000},
    {113.9500, 30.3250, 0.20, 0.22, 1200},
    {113.9270, 30.2990, 0.20, 0.22, 1200},
    {113.8030, 30.2460, 0.18, 0.20, 1200},
  };

  private static final double BACKGROUND = 0.004;

  private Population() {}

  /** A cell before apportionment. */
  private record Cell(
      int col, int row, Geometry metric, String subdistrict, double w2020, double w2025) {}

  static List<Feature> features(Geometry zoneLonLat, List<Geometry> subsMetric, Geometry lakes) {
    Geometry zoneM = Geo.toMetric(zoneLonLat);
    PreparedGeometry zoneP = PreparedGeometryFactory.prepare(zoneM);
    List<PreparedGeometry> subs =
        subsMetric.stream().map(PreparedGeometryFactory::prepare).toList();
    Random rnd = new Random(SEED);
    List<double[]> kernels = new ArrayList<>();
    for (double[] k : KERNELS) {
      Coordinate c = Geo.toMetric(k[0], k[1]);
      kernels.add(new double[] {c.x, c.y, k[2], k[3], k[4]});
    }
    Geometry rural = subsMetric.get(4).union(subsMetric.get(5)).union(subsMetric.get(6));
    Envelope re = rural.getEnvelopeInternal();
    PreparedGeometry ruralP = PreparedGeometryFactory.prepare(rural);
    while (kernels.size() < KERNELS.length + 60) {
      double x = re.getMinX() + rnd.nextDouble() * re.getWidth();
      double y = re.getMinY() + rnd.nextDouble() * re.getHeight();
      if (ruralP.contains(Geo.GF.createPoint(new Coordinate(x, y)))) {
        double peak = 0.05 + 0.1 * rnd.nextDouble();
        kernels.add(new double[] {x, y, peak, peak * 1.05, 400});
      }
    }
    Envelope e = zoneM.getEnvelopeInternal();
    int c0 = (int) Math.floor(e.getMinX() / CELL_M);
    int r0 = (int) Math.floor(e.getMinY() / CELL_M);
    int c1 = (int) Math.ceil(e.getMaxX() / CELL_M);
    int r1 = (int) Math.ceil(e.getMaxY() / CELL_M);
    List<Cell> cells = new ArrayList<>();
    for (int r = r1 - 1; r >= r0; r--) {
      for (int c = c0; c < c1; c++) {
        Geometry box =
            Geo.GF.toGeometry(
                new Envelope(c * CELL_M, (c + 1) * CELL_M, r * CELL_M, (r + 1) * CELL_M));
        double noise = 0.75 + 0.5 * rnd.nextDouble();
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
        double share = Math.max(0, land) / (CELL_M * CELL_M);
        Point centre =
            zoneP.contains(box.getCentroid()) ? box.getCentroid() : cell.getInteriorPoint();
        int sub = 0;
        while (sub < subs.size() - 1 && !subs.get(sub).intersects(centre)) {
          sub++;
        }
        double k20 = BACKGROUND;
        double k25 = BACKGROUND;
        for (double[] k : kernels) {
          double d2 = sq(centre.getX() - k[0]) + sq(centre.getY() - k[1]);
          double g = Math.exp(-d2 / (2 * k[4] * k[4]));
          k20 += k[2] * g;
          k25 += k[3] * g;
        }
        cells.add(
            new Cell(
                c,
                r,
                cell,
                (String) Boundaries.SUBDISTRICTS.get(sub)[0],
                share * k20 * noise,
                share * k25 * noise));
      }
    }
    int n = cells.size();
    double[] hannanW = new double[n];
    double[] northW = new double[n];
    for (int i = 0; i < n; i++) {
      boolean hannan = Boundaries.HANNAN.contains(cells.get(i).subdistrict());
      (hannan ? hannanW : northW)[i] = cells.get(i).w2020();
    }
    long[] a = Apportion.largestRemainder(hannanW, HANNAN_2020);
    long[] b = Apportion.largestRemainder(northW, TOTAL_2020 - HANNAN_2020);
    List<Cell> kept = new ArrayList<>();
    List<Long> res = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (a[i] + b[i] > 0) {
        kept.add(cells.get(i));
        res.add(a[i] + b[i]);
      }
    }
    long[] r25 =
        Apportion.largestRemainder(kept.stream().mapToDouble(Cell::w2025).toArray(), TOTAL_2025);
    List<Feature> out = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Cell c = kept.get(i);
      String id = "pop-" + c.col() + "-" + c.row();
      out.add(
          Feature.of(
              Geo.toLonLat(c.metric()),
              Feature.props(id, "", "", "modelled", "§9.6", 250, "existing"),
              "residents",
              res.get(i),
              "residents_2025",
              r25[i],
              "subdistrict",
              c.subdistrict()));
    }
    return out;
  }

  private static double sq(double v) {
    return v * v;
  }
}
