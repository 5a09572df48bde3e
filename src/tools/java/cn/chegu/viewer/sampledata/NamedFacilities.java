package cn.chegu.viewer.sampledata;

import java.util.List;

/**
 * The facilities the plan names (§9.3 hospitals and the 120 emergency system, §9.4 culture and
 * sports) and the real facilities of the surveyed reference points at their coordinates. Planned
 * facilities without a known site are placed schematically in the sub-district the plan names
 * (source {@code plan; modelled}).
 */
final class NamedFacilities {

  /** The beds of the named hospitals and health centres are not published figures. */
  static final String ASSUMED_CAPACITY =
      "modelled: assumed for the schematic sample, not a published bed count";

  private NamedFacilities() {}

  /** Adds the named facilities to {@code out}. */
  static void addTo(List<Feature> out) {
    String rp = "reference point";
    String pm = "plan; modelled";
    Object[][] named = {
      {
        "hospital",
        "武汉大学重离子医学中心暨汉南区人民医院",
        "Hannan People's Hospital / WHU Heavy-Ion Medical Centre",
        114.0683,
        30.3159,
        "plan; reference point",
        "existing",
        1_000,
        "beds"
      },
      {
        "hospital",
        "武汉亚心总医院",
        "Wuhan Asia General Hospital",
        114.1974,
        30.5032,
        "plan; reference point",
        "existing",
        1_200,
        "beds"
      },
      {
        "hospital",
        "协和医院西院二期",
        "Union Hospital West Campus, phase 2",
        114.1680,
        30.4780,
        pm,
        "planned",
        1_000,
        "beds"
      },
      {
        "hospital",
        "协和西院国际部",
        "Union Hospital West, international department",
        114.1710,
        30.4760,
        pm,
        "existing",
        200,
        "beds"
      },
      {
        "hospital",
        "武汉儿童医院西院暨区妇幼保健院",
        "Wuhan Children's Hospital West / maternal & child health",
        114.1500,
        30.4750,
        pm,
        "planned",
        600,
        "beds"
      },
      {
        "hospital",
        "区精神卫生专科医院",
        "District mental health hospital",
        114.0450,
        30.2900,
        pm,
        "planned",
        300,
        "beds"
      },
      {
        "hospital",
        "区中医医院",
        "District hospital of traditional Chinese medicine",
        114.1050,
        30.3950,
        pm,
        "planned",
        400,
        "beds"
      },
      {
        "hospital",
        "沌阳街二级医院",
        "Zhuanyang second-level hospital",
        114.1150,
        30.4950,
        pm,
        "planned",
        300,
        "beds"
      },
      {
        "hospital",
        "纱帽街二级医院",
        "Shamao second-level hospital",
        114.0550,
        30.3200,
        pm,
        "planned",
        300,
        "beds"
      },
      {
        "hospital",
        "同济国际康复医学中心",
        "Tongji International Rehabilitation Medical Centre",
        114.1200,
        30.4100,
        pm,
        "planned",
        500,
        "beds"
      },
      {
        "community_health_center",
        "军山街卫生院",
        "Junshan sub-district health centre",
        114.0833,
        30.4099,
        rp,
        "existing",
        60,
        "beds"
      },
      {
        "community_health_center",
        "沌口社区卫生服务中心",
        "Zhuankou community health centre",
        114.1858,
        30.4620,
        rp,
        "existing",
        40,
        "beds"
      },
      {
        "emergency_center",
        "区域120急救指挥调度中心",
        "120 emergency command & dispatch centre",
        114.1120,
        30.4030,
        pm,
        "planned",
        null,
        null
      },
      {
        "emergency_subcenter",
        "沌口急救分中心",
        "Zhuankou emergency sub-centre",
        114.1960,
        30.5020,
        pm,
        "planned",
        null,
        null
      },
      {
        "emergency_subcenter",
        "军山急救分中心",
        "Junshan emergency sub-centre",
        114.0850,
        30.4090,
        pm,
        "planned",
        null,
        null
      },
      {
        "emergency_subcenter",
        "纱帽急救分中心",
        "Shamao emergency sub-centre",
        114.0670,
        30.3150,
        pm,
        "planned",
        null,
        null
      },
      {"emergency_station", "沌阳急救站", "Zhuanyang ambulance station", 114.1200, 30.5000},
      {"emergency_station", "三角湖急救站", "Sanjiaohu ambulance station", 114.1650, 30.5220},
      {"emergency_station", "沌口南急救站", "Zhuankou South ambulance station", 114.1840, 30.4630},
      {"emergency_station", "军山东急救站", "Junshan East ambulance station", 114.1450, 30.4050},
      {"emergency_station", "军山南急救站", "Junshan South ambulance station", 114.1000, 30.3650},
      {"emergency_station", "东荆急救站", "Dongjing ambulance station", 113.9500, 30.3230},
      {"emergency_station", "邓南急救站", "Dengnan ambulance station", 113.9300, 30.3000},
      {"emergency_station", "湘口急救站", "Xiangkou ambulance station", 113.8030, 30.2480},
      {"emergency_station", "纱帽南急救站", "Shamao South ambulance station", 114.0580, 30.2700},
      {"sports", "汉南全民健身中心", "Hannan Fitness Centre", 114.0600, 30.3000, pm, "planned", null, null},
      {"culture", "区文化馆", "District cultural centre", 114.1120, 30.4020, pm, "planned", null, null},
      {"culture", "区图书馆", "District library", 114.1150, 30.4040, pm, "planned", null, null},
      {"culture", "区博物馆", "District museum", 114.1090, 30.4050, pm, "planned", null, null},
    };
    int i = 0;
    for (Object[] f : named) {
      i++;
      boolean station = f.length == 5;
      String source = station ? pm : (String) f[5];
      String status = station ? "planned" : (String) f[6];
      String ref =
          ((String) f[0]).startsWith("emergency")
                  || "hospital".equals(f[0])
                  || ((String) f[0]).startsWith("community")
              ? "§9.3"
              : "§9.4";
      out.add(
          Feature.of(
              Geo.point((double) f[3], (double) f[4]),
              Feature.props(
                  "fac-named-" + i,
                  (String) f[1],
                  (String) f[2],
                  source,
                  ref,
                  source.contains("reference point") ? 300 : 1500,
                  status),
              "type",
              f[0],
              "capacity",
              station ? null : f[7],
              "capacity_unit",
              station ? null : f[8],
              "capacity_source",
              station || f[7] == null ? null : ASSUMED_CAPACITY));
    }
  }
}
