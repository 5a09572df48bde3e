package cn.chegu.viewer.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Facilities: every facility the plan names (§9.3, §9.4), the real ones of REFERENCE-POINTS.md at
 * their coordinates, and modelled community facilities.
 *
 * <p>Modelled placement rule (seeded): for each type a count is derived from a residents-per-
 * facility ratio (e.g. one community health centre per 40,000, one primary school per 20,000).
 * Facilities are placed greedily: each goes to the population cell whose surrounding residents
 * (2020, within the type's radius) not yet served is largest, jittered by up to ±150 m; those
 * residents then count as served. For the basic types of {@link #everySubdistrict} the first seven
 * placements are each restricted to one sub-district, so every 街道 has one. Ratios are below the
 * national standards in rural areas on purpose, so coverage is realistic: the dense north is mostly
 * covered, the rural south-west not.
 */
final class Facilities {

  /** Modelled types: code, zh label, en label, residents per facility, radius m, capacity, unit. */
  private static final Object[][] MODELLED = {
    {"community_health_center", "社区卫生服务中心", "Community health centre", 45_000, 2000, 30, "beds"},
    {"community_health_station", "社区卫生服务站", "Community health station", 12_000, 800, null, null},
    {"kindergarten", "幼儿园", "Kindergarten", 9_000, 500, 270, "places"},
    {"primary_school", "小学", "Primary school", 20_000, 800, 1_800, "places"},
    {"middle_school", "初中", "Middle school", 35_000, 1_200, 1_500, "places"},
    {"high_school", "高中", "High school", 90_000, 3_000, 2_400, "places"},
    {"park", "社区公园", "Community park", 18_000, 500, null, null},
    {"culture", "文化站", "Cultural station", 60_000, 1_500, null, null},
    {"sports", "社区体育中心", "Community sports centre", 50_000, 1_500, null, null},
  };

  private Facilities() {}

  static List<Feature> features(List<Feature> population) {
    List<Feature> out = new ArrayList<>();
    NamedFacilities.addTo(out);
    List<double[]> cells = new ArrayList<>();
    List<String> subOf = new ArrayList<>();
    for (Feature f : population) {
      Coordinate c = Geo.toMetric(f.geometry()).getCentroid().getCoordinate();
      subOf.add((String) f.properties().get("subdistrict"));
      cells.add(new double[] {c.x, c.y, ((Number) f.properties().get("residents")).doubleValue()});
    }
    double total = cells.stream().mapToDouble(c -> c[2]).sum();
    STRtree index = new STRtree();
    for (int i = 0; i < cells.size(); i++) {
      index.insert(
          new Envelope(cells.get(i)[0], cells.get(i)[0], cells.get(i)[1], cells.get(i)[1]), i);
    }
    Random rnd = new Random(9_3L);
    for (Object[] t : MODELLED) {
      int count = (int) Math.round(total / (int) t[3]);
      double radius = (int) t[4];
      double[] unserved = cells.stream().mapToDouble(c -> c[2]).toArray();
      int[][] nbr = neighbours(cells, index, radius);
      String code = (String) t[0];
      for (int k = 1; k <= count; k++) {
        int best = -1;
        double bestSum = -1;
        String onlyIn =
            everySubdistrict(code) && k <= Boundaries.SUBDISTRICTS.size()
                ? (String) Boundaries.SUBDISTRICTS.get(k - 1)[0]
                : null;
        for (int i = 0; i < cells.size(); i++) {
          if (unserved[i] <= 0 || (onlyIn != null && !onlyIn.equals(subOf.get(i)))) {
            continue;
          }
          double s = 0;
          for (int j : nbr[i]) {
            s += unserved[j];
          }
          if (s > bestSum) {
            best = i;
            bestSum = s;
          }
        }
        if (best < 0) {
          break;
        }
        double[] at = cells.get(best);
        for (int j : nbr[best]) {
          unserved[j] = 0;
        }
        double x = at[0] + (rnd.nextDouble() - 0.5) * 300;
        double y = at[1] + (rnd.nextDouble() - 0.5) * 300;
        Coordinate ll = cn.chegu.viewer.io.MetricProjection.UTM_50N.toLonLat(x, y);
        out.add(
            Feature.of(
                Geo.point(ll.x, ll.y),
                Feature.props(
                    "fac-" + code + "-" + k,
                    t[1] + " " + k,
                    t[2] + " " + k,
                    "modelled",
                    planRef(code),
                    300,
                    "existing"),
                "type",
                code,
                "capacity",
                t[5],
                "capacity_unit",
                t[6]));
      }
    }
    return out;
  }

  /** For each cell, the indices (ascending) of the cells within {@code radius} metres. */
  private static int[][] neighbours(List<double[]> cells, STRtree index, double radius) {
    int[][] out = new int[cells.size()][];
    for (int i = 0; i < cells.size(); i++) {
      double[] c = cells.get(i);
      List<Integer> hits = new ArrayList<>();
      for (Object o :
          index.query(new Envelope(c[0] - radius, c[0] + radius, c[1] - radius, c[1] + radius))) {
        int j = (Integer) o;
        if (near(c, cells.get(j), radius)) {
          hits.add(j);
        }
      }
      out[i] = hits.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
    return out;
  }

  /**
   * Types of which every sub-district gets at least one (its first seven placements are each
   * restricted to one sub-district): the basic services every 街道 has, even rural ones.
   */
  private static boolean everySubdistrict(String code) {
    return List.of(
            "community_health_center", "kindergarten", "primary_school", "middle_school", "culture")
        .contains(code);
  }

  private static boolean near(double[] a, double[] b, double r) {
    double dx = a[0] - b[0];
    double dy = a[1] - b[1];
    return dx * dx + dy * dy <= r * r;
  }

  private static String planRef(String code) {
    if (code.startsWith("community_health")) {
      return "§9.3";
    }
    if (code.equals("park")) {
      return "§8.1";
    }
    if (code.equals("culture") || code.equals("sports")) {
      return "§9.4";
    }
    return "§9.2";
  }
}
