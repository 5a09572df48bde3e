package cn.chegu.viewer.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Water layer, schematic: the Yangtze as a 1.2 km band just beyond the zone's south-east edge
 * (extended a little past both ends), and the main lakes as seeded wobbly ellipses clipped to the
 * zone.
 */
final class Water {

  /** Lakes: name_zh, name_en, lon, lat, semi-axis east m, semi-axis north m. */
  static final Object[][] LAKES = {
    {"官莲湖", "Guanlian Lake", 113.9750, 30.3550, 2200.0, 1300.0},
    {"南太子湖", "South Taizi Lake", 114.2070, 30.4850, 700.0, 500.0},
    {"三角湖", "Sanjiao Lake", 114.1860, 30.5260, 800.0, 600.0},
    {"硃山湖", "Zhushan Lake", 114.1450, 30.4480, 500.0, 400.0},
    {"万家湖", "Wanjia Lake", 114.1650, 30.4680, 400.0, 350.0},
    {"五湖湿地", "Wuhu Wetland", 113.8700, 30.2750, 1500.0, 900.0},
  };

  private Water() {}

  static List<Feature> features(Geometry zone) {
    Geometry zoneM = Geo.toMetric(zone);
    List<Feature> out = new ArrayList<>();
    double[] edge = Boundaries.SE_EDGE;
    double[] ext = new double[edge.length + 4];
    ext[0] = 114.2450;
    ext[1] = 30.5400;
    System.arraycopy(edge, 0, ext, 2, edge.length);
    ext[ext.length - 2] = 113.7300;
    ext[ext.length - 1] = 30.2300;
    Geometry band = Geo.toMetric(Geo.line(ext)).buffer(1200);
    Geometry river = Geo.largest(band.difference(zoneM.buffer(0.5)));
    out.add(
        Feature.of(
            Geo.toLonLat(river),
            Feature.props(
                "water-yangtze",
                "长江",
                "Yangtze River",
                "plan; reference point; digitised",
                "§3.2(二); §8.1",
                500,
                "existing"),
            "kind",
            "river"));
    Random rnd = new Random(20211231L);
    for (int i = 0; i < LAKES.length; i++) {
      Object[] l = LAKES[i];
      Coordinate c = Geo.toMetric((double) l[2], (double) l[3]);
      int n = 24;
      Coordinate[] ring = new Coordinate[n + 1];
      for (int k = 0; k < n; k++) {
        double a = 2 * Math.PI * k / n;
        double f = 0.85 + 0.3 * rnd.nextDouble();
        ring[k] =
            new Coordinate(
                c.x + f * (double) l[4] * Math.cos(a), c.y + f * (double) l[5] * Math.sin(a));
      }
      ring[n] = new Coordinate(ring[0]);
      Geometry lake = Geo.largest(Geo.GF.createPolygon(ring).intersection(zoneM));
      out.add(
          Feature.of(
              Geo.toLonLat(lake),
              Feature.props(
                  "lake-" + (i + 1),
                  (String) l[0],
                  (String) l[1],
                  "plan; digitised",
                  i == 0 || i == 5 ? "§8.1" : "",
                  500,
                  "existing"),
              "kind",
              "lake"));
    }
    return out;
  }

  /** The lakes only, in metres, for the population model. */
  static Geometry lakesMetric(List<Feature> water) {
    return Geo.GF
        .buildGeometry(
            water.stream()
                .filter(f -> "lake".equals(f.properties().get("kind")))
                .map(f -> Geo.toMetric(f.geometry()))
                .toList())
        .union();
  }
}
