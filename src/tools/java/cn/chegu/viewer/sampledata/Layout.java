package cn.chegu.viewer.sampledata;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * The "one core, two clusters, one axis, two belts" layout (§3.1(一)) and the eight industrial parks
 * (§3.1(二)), hand-digitised schematically and clipped to the zone.
 */
final class Layout {

  private Layout() {}

  static List<Feature> layout(Geometry zone) {
    Geometry zoneM = Geo.toMetric(zone);
    List<Feature> out = new ArrayList<>();
    String ref = "§3.1(一)";
    out.add(
        area(
            "layout-core",
            "经开新区·军山新城",
            "Junshan New City (development core)",
            ref,
            "core",
            Geo.polygon(
                114.0550, 30.3700, 114.0900, 30.3550, 114.1350, 30.3750, 114.1650, 30.4100,
                114.1700, 30.4400, 114.1350, 30.4500, 114.0800, 30.4300, 114.0500, 30.4050),
            zone));
    out.add(
        area(
            "layout-cluster-1",
            "沌口城",
            "Zhuankou City",
            ref,
            "cluster",
            Geo.polygon(
                114.0650, 30.4650, 114.1400, 30.4550, 114.1900, 30.4550, 114.2300, 30.4850,
                114.2350, 30.5050, 114.1900, 30.5350, 114.1200, 30.5420, 114.0800, 30.5200),
            zone));
    out.add(
        area(
            "layout-cluster-2",
            "纱帽城",
            "Shamao City",
            ref,
            "cluster",
            Geo.polygon(
                114.0200, 30.2650, 114.0600, 30.2450, 114.0900, 30.2700, 114.0950, 30.3300,
                114.0800, 30.3500, 114.0350, 30.3500, 114.0150, 30.3100),
            zone));
    Geometry axis = Geo.line(NamedRoads.CHEGU);
    out.add(
        Feature.of(
            axis,
            Feature.props(
                "layout-axis",
                "车谷大道产业创新发展轴",
                "Chegu Avenue industrial-innovation axis",
                "plan; digitised",
                ref,
                1000,
                "existing"),
            "element",
            "axis"));
    out.add(
        Feature.of(
            clip(Geo.toLonLat(Geo.toMetric(axis).buffer(1000)), zone),
            Feature.props(
                "layout-axis-corridor",
                "车谷大道产业创新发展轴（走廊）",
                "Chegu Avenue axis corridor",
                "plan; digitised",
                ref,
                1000,
                "existing"),
            "element",
            "axis_corridor"));
    Geometry river =
        Geo.toMetric(Geo.line(java.util.Arrays.copyOfRange(Boundaries.SE_EDGE, 0, 36)));
    out.add(
        Feature.of(
            Geo.toLonLat(Geo.polygonal(river.buffer(2000).intersection(zoneM), 1e4)),
            Feature.props(
                "layout-belt-1",
                "长江左岸产城融合发展带",
                "Yangtze Left-Bank industry–city belt",
                "plan; digitised",
                ref,
                1000,
                "planned"),
            "element",
            "belt"));
    Geometry dongfeng = Geo.toMetric(Geo.line(NamedRoads.DONGFENG));
    out.add(
        Feature.of(
            Geo.toLonLat(Geo.polygonal(dongfeng.buffer(1500).intersection(zoneM), 1e4)),
            Feature.props(
                "layout-belt-2",
                "东风大道先进制造发展带",
                "Dongfeng Avenue advanced-manufacturing belt",
                "plan; digitised",
                ref,
                1000,
                "planned"),
            "element",
            "belt"));
    return out;
  }

  static List<Feature> parks(Geometry zone) {
    Object[][] parks = {
      {
        "先进制造产业区",
        "Advanced Manufacturing Industrial Zone",
        "mature",
        Geo.polygon(114.0650, 30.4700, 114.1150, 30.4650, 114.1250, 30.4950, 114.0850, 30.5150)
      },
      {
        "商务城",
        "Business City",
        "mature",
        Geo.polygon(114.1850, 30.4850, 114.2150, 30.4850, 114.2250, 30.5000, 114.1900, 30.5100)
      },
      {
        "汽车及零部件产业园",
        "Auto & Auto Parts Industrial Park",
        "mature",
        Geo.polygon(114.1300, 30.4650, 114.1700, 30.4550, 114.1800, 30.4800, 114.1400, 30.4900)
      },
      {
        "经开新区·军山新城",
        "Junshan New City",
        "emerging",
        Geo.polygon(
            114.0850, 30.3850, 114.1300, 30.3800, 114.1550, 30.4150, 114.1250, 30.4350, 114.0900,
            30.4200)
      },
      {
        "通用航空及卫星产业园",
        "General Aviation & Satellite Industrial Park",
        "emerging",
        Geo.polygon(114.0450, 30.2450, 114.0700, 30.2450, 114.0750, 30.2700, 114.0450, 30.2720)
      },
      {
        "港口物流园",
        "Port Logistics Park",
        "port",
        Geo.polygon(
            114.0850, 30.3300, 114.1000, 30.3350, 114.1250, 30.3650, 114.1100, 30.3720, 114.0850,
            30.3500)
      },
      {
        "综合保税区",
        "Comprehensive Bonded Zone",
        "bonded",
        Geo.polygon(114.1400, 30.4380, 114.1650, 30.4300, 114.1720, 30.4450, 114.1450, 30.4520)
      },
      {
        "现代农业发展示范区",
        "Modern Agriculture Demonstration Zone",
        "agriculture",
        Geo.polygon(
            113.8300, 30.2600, 113.8900, 30.2700, 113.9700, 30.3150, 113.9800, 30.3500, 113.9200,
            30.3550, 113.8500, 30.3200, 113.8100, 30.2900)
      }
    };
    List<Feature> out = new ArrayList<>();
    for (int i = 0; i < parks.length; i++) {
      Object[] p = parks[i];
      out.add(
          Feature.of(
              clip((Geometry) p[3], zone),
              Feature.props(
                  "park-" + (i + 1),
                  (String) p[0],
                  (String) p[1],
                  "plan; digitised",
                  "§3.1(二)",
                  1000,
                  "existing"),
              "park_no",
              i + 1,
              "group",
              p[2]));
    }
    return out;
  }

  private static Feature area(
      String id, String zh, String en, String ref, String element, Geometry g, Geometry zone) {
    return Feature.of(
        clip(g, zone),
        Feature.props(id, zh, en, "plan; digitised", ref, 1000, "planned"),
        "element",
        element);
  }

  static Geometry clip(Geometry lonLat, Geometry zone) {
    return Geo.largest(lonLat.intersection(zone));
  }
}
