package cn.chegu.viewer.sampledata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The zone outline and its seven sub-districts.
 *
 * <p>The south-east edge is a sourced reference polyline with one extra vertex that bows the edge ≈
 * 200 m out so that 邓南's reference centre, which lies ≈ 90 m beyond the given line, falls inside.
 * The north and west edges are hand-digitised (west along the 东荆河).
 *
 * <p>Sub-districts: each has hand-placed seed points (its reference centre plus points over its
 * stated extent); a Voronoi diagram of all seeds is computed in metres, cells are unioned per
 * sub-district and intersected with the zone. This tiles the zone by construction, and every
 * reference centre, being a seed, lies in its own polygon.
 *
 * <p>邓南 has seeds along the river up to ≈ 114.01 E, so that it spans its reference extent
 * (113.81–114.01 E) along the Yangtze, while 东荆's seeds stay inland, north-west of 纱帽.
 */
final class Boundaries {

  /** South-east edge, north-east to south-west, as given (lon, lat). */
  static final double[] SE_EDGE = {
    114.2326, 30.4923, 114.2276, 30.4854, 114.2214, 30.4780, 114.2129, 30.4688, 114.1991, 30.4588,
    114.1935, 30.4554, 114.1814, 30.4422, 114.1741, 30.4266, 114.1664, 30.4136, 114.1511, 30.3927,
    114.1308, 30.3681, 114.1186, 30.3556, 114.1015, 30.3443, 114.0912, 30.3273, 114.0861, 30.3123,
    114.0828, 30.2954, 114.0812, 30.2821, 114.0785, 30.2716, 114.0725, 30.2572, 114.0660, 30.2462,
    114.0606, 30.2362, 114.0558, 30.2315, 114.0496, 30.2282, 114.0408, 30.2293, 114.0326, 30.2365,
    114.0277, 30.2455, 114.0190, 30.2617, 114.0075, 30.2758, 113.9966, 30.2847, 113.9783, 30.2975,
    113.9633, 30.3065, 113.9482, 30.3068, 113.9353, 30.3032, 113.9213, 30.2946, 113.8993, 30.2746,
    113.8783, 30.2424, 113.8627, 30.2228, 113.8513, 30.2037, 113.8535, 30.1901, 113.8396, 30.1898,
    113.8211, 30.1866, 113.8126, 30.1942, 113.8069, 30.2080, 113.8004, 30.2025, 113.7860, 30.2081,
    113.7614, 30.2179
  };

  /** Index after which the bulge vertex for 邓南's centre is inserted. */
  private static final int BULGE_AFTER = 32;

  private static final double[] BULGE = {113.9275, 30.2955};

  /** West (东荆河) and north edges, south-west to north-east, closing the ring. */
  private static final double[] WEST_NORTH = {
    113.7500, 30.2330, 113.7560, 30.2560, 113.7720, 30.2760, 113.7950, 30.2950, 113.8200, 30.3150,
    113.8500, 30.3380, 113.8800, 30.3580, 113.9150, 30.3720, 113.9600, 30.3800, 114.0000, 30.3870,
    114.0300, 30.4020, 114.0450, 30.4250, 114.0500, 30.4500, 114.0560, 30.4800, 114.0700, 30.5100,
    114.0900, 30.5300, 114.1200, 30.5400, 114.1600, 30.5390, 114.1900, 30.5320, 114.2150, 30.5180,
    114.2360, 30.5020
  };

  /** Sub-districts: name_zh, name_en, code, then seed points (first = reference centre). */
  static final List<Object[]> SUBDISTRICTS =
      List.of(
          new Object[] {
            "沌口街道",
            "Zhuankou Subdistrict",
            "420114070",
            new double[] {
              114.1756, 30.4885, 114.2100, 30.4900, 114.2000, 30.4700, 114.1900, 30.4560,
              114.1650, 30.4700, 114.2200, 30.5050, 114.1950, 30.5080, 114.1500, 30.4600
            }
          },
          new Object[] {
            "沌阳街道",
            "Zhuanyang Subdistrict",
            null,
            new double[] {
              114.1282, 30.4881, 114.0800, 30.5000, 114.1000, 30.5300, 114.1500, 30.5300,
              114.1900, 30.5280, 114.0700, 30.4600, 114.1000, 30.4550, 114.1600, 30.5150
            }
          },
          new Object[] {
            "军山街道",
            "Junshan Subdistrict",
            null,
            new double[] {
              114.1100, 30.4000, 114.1650, 30.4350, 114.1400, 30.4200, 114.1300, 30.3800,
              114.1000, 30.3600, 114.0700, 30.4100, 114.0450, 30.4150, 114.1350, 30.4450,
              114.0800, 30.3800
            }
          },
          new Object[] {
            "纱帽街道",
            "Shamao Subdistrict",
            "420113001",
            new double[] {
              114.0494, 30.3092, 114.0850, 30.3400, 114.0700, 30.3200, 114.0700, 30.2800,
              114.0550, 30.2400, 114.0350, 30.2600, 114.0400, 30.2900, 114.0650, 30.3350
            }
          },
          new Object[] {
            "邓南街道",
            "Dengnan Subdistrict",
            "420113002",
            new double[] {
              113.9269, 30.2972, 113.9000, 30.2800, 113.8800, 30.2500, 113.8600, 30.2200, 113.8400,
              30.1950, 113.9430, 30.3030, 113.9600, 30.3010, 113.9850, 30.2890, 114.0050, 30.2730
            }
          },
          new Object[] {
            "东荆街道",
            "Dongjing Subdistrict",
            "420113003",
            new double[] {
              113.9499, 30.3205, 114.0200, 30.3500, 114.0500, 30.3700, 113.9900, 30.3700,
              113.9000, 30.3500, 113.8500, 30.3250, 113.9900, 30.3400, 114.0200, 30.3350,
              113.8800, 30.3000
            }
          },
          new Object[] {
            "湘口街道",
            "Xiangkou Subdistrict",
            "420113004",
            new double[] {
              113.8029, 30.2463, 113.7700, 30.2300, 113.7800, 30.2600, 113.8300, 30.2650, 113.8300,
              30.2200, 113.8050, 30.2150, 113.8150, 30.2850
            }
          });

  /** Names of the old Hannan sub-districts (2020 census: 145,103 residents). */
  static final List<String> HANNAN = List.of("纱帽街道", "东荆街道", "邓南街道", "湘口街道");

  private Boundaries() {}

  /** The south-east edge as given, a LineString in lon/lat. */
  static LineString seEdge() {
    return Geo.line(SE_EDGE);
  }

  /** The zone outline in lon/lat. */
  static Polygon zone() {
    List<Double> ring = new ArrayList<>();
    for (int i = 0; i < SE_EDGE.length; i += 2) {
      ring.add(SE_EDGE[i]);
      ring.add(SE_EDGE[i + 1]);
      if (i / 2 == BULGE_AFTER) {
        ring.add(BULGE[0]);
        ring.add(BULGE[1]);
      }
    }
    for (double v : WEST_NORTH) {
      ring.add(v);
    }
    return Geo.polygon(ring.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** The sub-district polygons in metres (UTM 50N), in {@link #SUBDISTRICTS} order. */
  static List<Geometry> subdistrictsMetric(Geometry zoneMetric) {
    Map<Coordinate, Integer> owner = new HashMap<>();
    List<Coordinate> sites = new ArrayList<>();
    for (int s = 0; s < SUBDISTRICTS.size(); s++) {
      double[] seeds = (double[]) SUBDISTRICTS.get(s)[3];
      for (int i = 0; i < seeds.length; i += 2) {
        Coordinate c = Geo.toMetric(seeds[i], seeds[i + 1]);
        owner.put(c, s);
        sites.add(c);
      }
    }
    VoronoiDiagramBuilder vb = new VoronoiDiagramBuilder();
    vb.setSites(sites);
    vb.setClipEnvelope(zoneMetric.getEnvelopeInternal());
    Geometry cells = vb.getDiagram(Geo.GF);
    List<List<Geometry>> parts = new ArrayList<>();
    SUBDISTRICTS.forEach(s -> parts.add(new ArrayList<>()));
    for (int i = 0; i < cells.getNumGeometries(); i++) {
      Geometry cell = cells.getGeometryN(i);
      parts.get(owner.get((Coordinate) cell.getUserData())).add(cell);
    }
    List<Geometry> out = new ArrayList<>();
    for (List<Geometry> p : parts) {
      Geometry union = UnaryUnionOp.union(p);
      out.add(Geo.polygonal(union.intersection(zoneMetric), 1.0));
    }
    return out;
  }

  /** Features of the {@code zone} and {@code subdistricts} layers. */
  static List<Feature> zoneFeatures(Geometry zone) {
    return List.of(
        Feature.of(
            zone,
            Feature.props(
                "zone-1",
                "武汉经济技术开发区（汉南区）",
                "Wuhan Economic & Technological Development Zone (incl. Hannan District)",
                "reference point; digitised",
                "§3.1(一)",
                500,
                "existing")));
  }

  static List<Feature> subdistrictFeatures(List<Geometry> metric) {
    List<Feature> out = new ArrayList<>();
    for (int s = 0; s < SUBDISTRICTS.size(); s++) {
      Object[] d = SUBDISTRICTS.get(s);
      out.add(
          Feature.of(
              Geo.toLonLat(metric.get(s)),
              Feature.props(
                  "subdistrict-" + (s + 1),
                  (String) d[0],
                  (String) d[1],
                  "reference point; digitised",
                  "",
                  1000,
                  "existing"),
              "code",
              d[2]));
    }
    return out;
  }
}
