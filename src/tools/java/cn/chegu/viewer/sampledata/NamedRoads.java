package cn.chegu.viewer.sampledata;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.buffer.OffsetCurve;

/**
 * The expressways and trunk roads the plan names (§1.1 built, §3.2(二) planned), hand-digitised
 * schematically. Where no alignment is known the line follows the plan's description (e.g. 左岸大道 ≈
 * 1.2 km inland of the river edge, 沿江高速 ≈ 3 km inland).
 */
final class NamedRoads {

  /** One named road: transport {@code kind}, routing {@code roadClass}, geometry in lon/lat. */
  record NamedRoad(
      String key,
      String nameZh,
      String nameEn,
      String kind,
      String roadClass,
      int speedKmh,
      String status,
      String planRef,
      Geometry lonLat) {}

  private NamedRoads() {}

  static final double[] DONGFENG = {
    114.2350, 30.5300, 114.1900, 30.5180, 114.1608, 30.5026, 114.1200, 30.4800, 114.0800, 30.4550,
    114.0520, 30.4420
  };

  static final double[] CHEGU = {
    114.1650, 30.5370, 114.1580, 30.5000, 114.1450, 30.4650, 114.1250, 30.4300, 114.1050, 30.3950,
    114.0850, 30.3600, 114.0750, 30.3400
  };

  static List<NamedRoad> all() {
    List<NamedRoad> r = new ArrayList<>();
    String b = "§1.1";
    String p = "§3.2(二)";
    r.add(
        road(
            "g50",
            "沪渝高速（G50）",
            "Shanghai–Chongqing Expressway (G50)",
            "expressway",
            100,
            "existing",
            p,
            Geo.line(114.2400, 30.5250, 114.1650, 30.5150, 114.1000, 30.5080, 114.0400, 30.4980)));
    r.add(
        road(
            "hanhong",
            "汉洪高速",
            "Wuhan–Honghu Expressway",
            "expressway",
            100,
            "existing",
            p,
            Geo.line(
                114.1150, 30.5500, 114.0800, 30.4700, 114.0200, 30.4000, 113.9500, 30.3600,
                113.8600, 30.3100, 113.7400, 30.2350)));
    r.add(
        road(
            "ring4",
            "西四环线",
            "West Fourth Ring Road",
            "expressway",
            80,
            "existing",
            b,
            Geo.line(
                114.1000, 30.5500, 114.1100, 30.5000, 114.1300, 30.4620, 114.1650, 30.4450,
                114.1850, 30.4380)));
    r.add(
        road(
            "outer",
            "外环线（军山长江大桥）",
            "Outer Ring Expressway (Junshan Bridge)",
            "expressway",
            100,
            "existing",
            p,
            Geo.line(114.0350, 30.4400, 114.1000, 30.4200, 114.1500, 30.4050, 114.1700, 30.3950)));
    r.add(
        road(
            "metro-ring",
            "武汉都市区环线高速",
            "Wuhan Metropolitan Ring Expressway",
            "expressway",
            100,
            "planned",
            p,
            Geo.line(
                113.9000, 30.4000, 113.9600, 30.3500, 114.0200, 30.3000, 114.0700, 30.2800,
                114.1000, 30.2700)));
    r.add(
        road(
            "riverside-expwy",
            "沿江高速（武汉至洪湖段）",
            "Riverside Expressway (Wuhan–Honghu)",
            "expressway",
            100,
            "planned",
            p,
            inland(9, 44, 3000)));
    r.add(
        road(
            "jiangcheng-s",
            "江城大道南延线",
            "Jiangcheng Avenue southern extension",
            "expressway",
            80,
            "planned",
            p,
            Geo.line(114.1900, 30.4700, 114.1750, 30.4450, 114.1550, 30.4150, 114.1300, 30.3850)));
    r.add(
        trunk(
            "dongfeng",
            "东风大道（含高架）",
            "Dongfeng Avenue (with viaduct)",
            70,
            "existing",
            b,
            Geo.line(DONGFENG)));
    r.add(trunk("chegu", "车谷大道", "Chegu Avenue", 60, "existing", "§3.1(一)", Geo.line(CHEGU)));
    r.add(
        trunk(
            "jiangcheng",
            "江城大道",
            "Jiangcheng Avenue",
            60,
            "existing",
            p,
            Geo.line(114.1969, 30.5400, 114.1969, 30.4989, 114.1900, 30.4700)));
    r.add(
        trunk(
            "tongshun",
            "通顺大道",
            "Tongshun Avenue",
            60,
            "existing",
            b,
            Geo.line(
                114.1300, 30.4600, 114.1080, 30.4200, 114.0870, 30.3850, 114.0680, 30.3500,
                114.0600, 30.3450)));
    r.add(
        trunk(
            "jingkai",
            "经开大道",
            "Jingkai Avenue",
            60,
            "existing",
            b,
            Geo.line(114.0700, 30.5050, 114.1300, 30.4750, 114.1800, 30.4560)));
    r.add(
        trunk(
            "zuoan", "长江左岸大道", "Yangtze Left-Bank Avenue", 60, "planned", p, inland(3, 19, 1200)));
    r.add(
        trunk(
            "junsha",
            "军纱大道",
            "Junshan–Shamao Avenue",
            60,
            "planned",
            p,
            Geo.line(114.1000, 30.3900, 114.0800, 30.3600, 114.0650, 30.3300, 114.0620, 30.3050)));
    r.add(
        trunk(
            "shamao",
            "纱帽大道",
            "Shamao Avenue",
            50,
            "existing",
            b,
            Geo.line(114.0550, 30.2450, 114.0570, 30.2800, 114.0580, 30.3050, 114.0560, 30.3300)));
    r.add(
        trunk(
            "shamao-n",
            "纱帽大道北延线",
            "Shamao Avenue northern extension",
            60,
            "planned",
            p,
            Geo.line(114.0560, 30.3300, 114.0620, 30.3650, 114.0750, 30.3950)));
    r.add(
        trunk(
            "hannan",
            "汉南大道",
            "Hannan Avenue",
            50,
            "existing",
            p,
            Geo.line(113.9900, 30.3080, 114.0300, 30.3060, 114.0580, 30.3050, 114.0820, 30.3040)));
    r.add(
        trunk(
            "xingcheng",
            "兴城大道",
            "Xingcheng Avenue",
            50,
            "existing",
            p,
            Geo.line(114.0100, 30.3520, 114.0600, 30.3450, 114.0950, 30.3440)));
    r.add(
        trunk(
            "geely",
            "吉利路",
            "Geely Road",
            50,
            "planned",
            p,
            Geo.line(114.0400, 30.3060, 114.0400, 30.3480)));
    r.add(
        trunk(
            "jinhe-n",
            "金河北路",
            "Jinhe North Road",
            50,
            "planned",
            p,
            Geo.line(114.0250, 30.3300, 114.0800, 30.3280)));
    r.add(trunk("binjiang", "滨江大道", "Binjiang Avenue", 50, "planned", p, inland(13, 19, 400)));
    r.add(
        trunk(
            "mayinghe",
            "马影河大道",
            "Mayinghe Avenue",
            60,
            "existing",
            b,
            Geo.line(114.0450, 30.3850, 114.0900, 30.3700, 114.1300, 30.3700)));
    r.add(
        trunk(
            "tanjun",
            "檀军公路",
            "Tanjun Highway",
            60,
            "existing",
            b,
            Geo.line(114.0400, 30.4200, 114.0900, 30.4100, 114.1400, 30.4100)));
    r.add(
        trunk(
            "tonghang",
            "通航大道",
            "Tonghang Avenue (airport road)",
            50,
            "existing",
            b,
            Geo.line(114.0100, 30.2700, 114.0400, 30.2650, 114.0628, 30.2552)));
    r.add(
        trunk(
            "s103",
            "S103省道（升级）",
            "Provincial Road S103 (upgrade)",
            60,
            "planned",
            p,
            Geo.line(
                114.0300, 30.3060, 113.9600, 30.3350, 113.8800, 30.3150, 113.8000, 30.2650,
                113.7550, 30.2450)));
    return r;
  }

  private static NamedRoad road(
      String key,
      String zh,
      String en,
      String roadClass,
      int speed,
      String status,
      String planRef,
      Geometry g) {
    return new NamedRoad(key, zh, en, "expressway", roadClass, speed, status, planRef, g);
  }

  private static NamedRoad trunk(
      String key, String zh, String en, int speed, String status, String planRef, Geometry g) {
    return new NamedRoad(key, zh, en, "trunk_road", "trunk", speed, status, planRef, g);
  }

  /** The river edge between two vertex indices, moved {@code metres} inland (right side). */
  static Geometry inland(int fromVertex, int toVertex, double metres) {
    double[] part = new double[(toVertex - fromVertex + 1) * 2];
    System.arraycopy(Boundaries.SE_EDGE, fromVertex * 2, part, 0, part.length);
    LineString metric = (LineString) Geo.toMetric(Geo.line(part));
    Geometry smooth =
        org.locationtech.jts.simplify.DouglasPeuckerSimplifier.simplify(metric, metres / 4);
    return Geo.toLonLat(OffsetCurve.getCurve(smooth, -metres));
  }
}
