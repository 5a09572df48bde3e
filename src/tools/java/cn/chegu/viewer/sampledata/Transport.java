package cn.chegu.viewer.sampledata;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Transport layer: metro lines 3/6/16 and stations (OpenStreetMap coordinates where given; Line 16
 * south of 沌口 placed along the river corridor to the airport), T1 tram, railways, named expressways
 * and trunk roads, bridges, port areas and the general aviation airport.
 */
final class Transport {

  /** Stations: name_zh, name_en, lines, lon, lat, source. */
  static final Object[][] STATIONS = {
    {"三角湖", "Sanjiaohu", "3", 114.1741, 30.5188, "reference point"},
    {"体育中心", "Tiyu Zhongxin", "3", 114.1656, 30.5086, "reference point"},
    {"东风公司", "Dongfeng Gongsi", "3,6", 114.1608, 30.5026, "reference point"},
    {"沌阳大道", "Zhuanyang Dadao", "3", 114.1519, 30.4923, "reference point"},
    {"车城东路", "Chechengdong Lu", "6", 114.1746, 30.4980, "reference point"},
    {"江城大道", "Jiangcheng Dadao", "6", 114.1969, 30.4989, "reference point"},
    {"老关村", "Laoguancun", "6,16", 114.2206, 30.4952, "reference point"},
    {"国博中心南", "Guobo Zhongxin South", "6,12,16", 114.2310, 30.5065, "reference point"},
    {"南太子湖", "Nantaizihu", "16", 114.2146, 30.4791, "reference point"},
    {"沌口", "Zhuankou", "16", 114.1998, 30.4645, "reference point"},
    {"小军山", "Xiaojunshan", "16", 114.1650, 30.4400, "digitised"},
    {"枫林", "Fenglin", "16", 114.1550, 30.4200, "digitised"},
    {"大军山", "Dajunshan", "16", 114.1400, 30.4000, "digitised"},
    {"桂子湖", "Guizihu", "16", 114.1200, 30.3800, "digitised"},
    {"马影河", "Mayinghe", "16", 114.1050, 30.3660, "digitised"},
    {"协子河", "Xiezihe", "16", 114.0900, 30.3520, "digitised"},
    {"湾湖", "Wanhu", "16", 114.0800, 30.3350, "digitised"},
    {"周家河", "Zhoujiahe", "16", 114.0720, 30.3180, "digitised"},
    {"纱帽", "Shamao", "16", 114.0680, 30.3020, "digitised"},
    {"通航机场", "Tonghang Jichang (airport)", "16", 114.0640, 30.2620, "digitised"},
  };

  static final double[] AIRPORT = {114.0628, 30.2552};

  private Transport() {}

  static List<Feature> features() {
    List<Feature> out = new ArrayList<>();
    out.add(metro("3", "existing", "§1.1", new double[] {114.1830, 30.5300}, null, 0, 1, 2, 3));
    out.add(metro("6", "existing", "§1.1", null, new double[] {114.2400, 30.5150}, 2, 4, 5, 6, 7));
    out.add(
        metro(
            "16",
            "under_construction",
            "§3.2(二)",
            null,
            null,
            7,
            6,
            8,
            9,
            10,
            11,
            12,
            13,
            14,
            15,
            16,
            17,
            18,
            19));
    for (int i = 0; i < STATIONS.length; i++) {
      Object[] s = STATIONS[i];
      boolean line16Only = "16".equals(s[2]) && i > 9;
      out.add(
          Feature.of(
              Geo.point((double) s[3], (double) s[4]),
              Feature.props(
                  "station-" + (i + 1),
                  s[0] + "站",
                  s[1] + " Station",
                  (String) s[5],
                  line16Only ? "§3.2(二)" : "§1.1",
                  "reference point".equals(s[5]) ? 300 : 1500,
                  line16Only ? "under_construction" : "existing"),
              "kind",
              "metro_station",
              "lines",
              s[2]));
    }
    out.add(
        other(
            "tram-t1",
            "车谷有轨电车T1线",
            "Chegu Tram Line T1",
            "tram_line",
            "existing",
            "§1.1",
            Geo.line(
                114.1969, 30.4989, 114.1746, 30.4900, 114.1500, 30.4800, 114.1200, 30.4700,
                114.0900, 30.4650)));
    out.add(
        other(
            "rail-port",
            "港口铁路专用线",
            "Port railway spur",
            "railway",
            "planned",
            "§3.2(二)",
            Geo.line(114.0600, 30.4400, 114.0750, 30.3900, 114.0900, 30.3600, 114.1050, 30.3450)));
    out.add(
        other(
            "rail-honghu",
            "武汉至洪湖市域铁路",
            "Wuhan–Honghu suburban railway",
            "railway",
            "planned",
            "§3.2(二)",
            Geo.line(
                114.2300, 30.5000, 114.1700, 30.4600, 114.1300, 30.4100, 114.0900, 30.3500,
                114.0500, 30.3150, 113.9800, 30.3300, 113.9000, 30.3150, 113.8200, 30.2700,
                113.7600, 30.2350)));
    for (NamedRoads.NamedRoad r : NamedRoads.all()) {
      out.add(
          other(
              "road-" + r.key(),
              r.nameZh(),
              r.nameEn(),
              r.kind(),
              r.status(),
              r.planRef(),
              r.lonLat()));
    }
    out.add(
        other(
            "bridge-zhuankou",
            "沌口长江大桥",
            "Zhuankou Yangtze River Bridge",
            "bridge",
            "existing",
            "§1.1",
            Geo.line(114.1850, 30.4380, 114.2050, 30.4280, 114.2250, 30.4180)));
    out.add(
        other(
            "bridge-hannan",
            "汉南过江通道",
            "Hannan Yangtze crossing",
            "bridge",
            "planned",
            "§3.2(二)",
            Geo.line(114.0820, 30.2780, 114.1000, 30.2700, 114.1200, 30.2620)));
    out.add(
        other(
            "port-zhuankou",
            "经开港沌口港区",
            "Jingkai Port, Zhuankou port area",
            "port",
            "existing",
            "§3.2(二)",
            Geo.polygon(
                114.1830, 30.4450, 114.1900, 30.4470, 114.1960, 30.4560, 114.1890, 30.4560)));
    out.add(
        other(
            "port-shamao",
            "经开港纱帽/军山港区",
            "Jingkai Port, Shamao/Junshan port area",
            "port",
            "existing",
            "§3.2(二)",
            Geo.polygon(
                114.0900, 30.3300, 114.0960, 30.3300, 114.1060, 30.3430, 114.0990, 30.3470)));
    out.add(
        other(
            "port-dengnan",
            "邓南港区",
            "Dengnan port area",
            "port",
            "planned",
            "§3.2(二)",
            Geo.polygon(
                113.9000, 30.2780, 113.9190, 30.2950, 113.9130, 30.2990, 113.8950, 30.2830)));
    out.add(
        Feature.of(
            Geo.point(AIRPORT[0], AIRPORT[1]),
            Feature.props(
                "airport-hannan",
                "汉南通用机场",
                "Hannan General Aviation Airport",
                "plan; reference point",
                "§1.1; §3.2(二)",
                500,
                "existing"),
            "kind",
            "airport"));
    return out;
  }

  /** A metro line through the given stations, optionally extended beyond the zone at either end. */
  private static Feature metro(
      String line, String status, String ref, double[] before, double[] after, int... stations) {
    List<Coordinate> c = new ArrayList<>();
    if (before != null) {
      c.add(new Coordinate(before[0], before[1]));
    }
    for (int s : stations) {
      c.add(new Coordinate((double) STATIONS[s][3], (double) STATIONS[s][4]));
    }
    if (after != null) {
      c.add(new Coordinate(after[0], after[1]));
    }
    return Feature.of(
        Geo.GF.createLineString(c.toArray(new Coordinate[0])),
        Feature.props(
            "metro-" + line,
            "地铁" + line + "号线",
            "Metro Line " + line,
            "reference point; digitised",
            ref,
            500,
            status),
        "kind",
        "metro_line",
        "line",
        line);
  }

  private static Feature other(
      String id, String zh, String en, String kind, String status, String ref, Geometry g) {
    return Feature.of(
        g, Feature.props(id, zh, en, "plan; digitised", ref, 1000, status), "kind", kind);
  }
}
