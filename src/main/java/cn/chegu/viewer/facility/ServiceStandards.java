package cn.chegu.viewer.facility;

import static cn.chegu.viewer.facility.FacilityType.COMMUNITY_HEALTH_CENTER;
import static cn.chegu.viewer.facility.FacilityType.COMMUNITY_HEALTH_STATION;
import static cn.chegu.viewer.facility.FacilityType.CULTURE;
import static cn.chegu.viewer.facility.FacilityType.EMERGENCY_CENTER;
import static cn.chegu.viewer.facility.FacilityType.EMERGENCY_STATION;
import static cn.chegu.viewer.facility.FacilityType.EMERGENCY_SUBCENTER;
import static cn.chegu.viewer.facility.FacilityType.KINDERGARTEN;
import static cn.chegu.viewer.facility.FacilityType.MIDDLE_SCHOOL;
import static cn.chegu.viewer.facility.FacilityType.PARK;
import static cn.chegu.viewer.facility.FacilityType.PRIMARY_SCHOOL;
import static cn.chegu.viewer.facility.FacilityType.SPORTS;

import cn.chegu.viewer.facility.ServiceStandard.Mode;
import cn.chegu.viewer.facility.ServiceStandard.Rule;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The default service standards, with national sources only: GB 50180-2018 (城市居住区规划设计标准) and the
 * national pre-hospital emergency guideline. A plan that puts a standard in force quotes its own
 * clauses in its plan file ({@code standardSources} of {@code plan.json}, laid over these by {@code
 * indicator.AreaPlans#sources}); an area without a plan file quotes these alone.
 *
 * <p>Walking speeds: GB 50180-2018 defines its life-circle levels by walking distance — 15 minutes
 * ↔ 800–1000 m, 10 minutes ↔ 500 m, 5 minutes ↔ 300 m (§1.0.3, §2.0.2–2.0.4). The speed of each
 * walk standard is the GB distance divided by its minutes (1000 m / 15 min = 4 km/h, 500 m / 10 min
 * = 3 km/h, 300 m / 5 min = 3.6 km/h), so that the network limit equals the GB walking distance and
 * the Euclidean radius equals speed × time. The 12-minute culture circle has no GB level; it uses 4
 * km/h (800 m).
 *
 * <p>Ambulance: 国家卫生健康委等《关于进一步完善院前医疗急救服务的指导意见》(国卫医发〔2020〕19号) sets an urban service radius of ≤ 5
 * km, an average response time &lt; 12 minutes and "3 分钟出车率 ≥ 95 %": hence a 3-minute dispatch
 * delay, a 5 km Euclidean radius and a reference speed of 5 km / 9 min ≈ 33.3 km/h; on the network,
 * ambulances drive at posted class speeds (factor 1.0).
 */
public final class ServiceStandards {

  private static final String GB = "GB 50180-2018 城市居住区规划设计标准";
  private static final Src GB_WALK_4 =
      new Src(
          GB + ": 15-minute level = 800–1000 m walk; 1000 m / 15 min = 4 km/h",
          GB + "：15分钟生活圈居住区 = 步行 800–1000 米；1000 米 / 15 分钟 = 4 km/h");
  private static final Src GB_15_RADIUS =
      new Src(
          GB + ": 15-minute level walking distance 800–1000 m; upper bound",
          GB + "：15分钟生活圈居住区步行距离 800–1000 米；取上限");
  private static final String EMS = "国卫医发〔2020〕19号 关于进一步完善院前医疗急救服务的指导意见";

  static final String SNAP_SOURCE =
      GB
          + " §6.0.2: urban roads in residential areas at most 300 m apart, so built-up points lie"
          + " within ~150–250 m of a street; 500 m allows for schematic data and large compounds"
          + " (assumption; configurable: chegu.standards.overrides.<code>.snap-max-meters)";

  static final String SNAP_SOURCE_ZH =
      GB
          + " §6.0.2：居住区内城市道路间距不超过 300 米，建成区内的点距街道约 150–250 米；取 500 米以容纳示意性数据和大型院落"
          + "（假定值；可配置：chegu.standards.overrides.<code>.snap-max-meters）";

  static final String WALK_CLASSES =
      "pedestrians never use expressways or their ramps (道路交通安全法 §67: pedestrians may not enter"
          + " expressways); all other classes";

  static final String DRIVE_CLASSES = "vehicles use every road class";

  private ServiceStandards() {}

  /** A source in English and in Chinese: the same facts and numbers. */
  private record Src(String en, String zh) {}

  /** Sources in both languages, kept in step. */
  private static final class Sources {
    final Map<String, String> en = new LinkedHashMap<>();
    final Map<String, String> zh = new LinkedHashMap<>();

    void put(String field, String english, String chinese) {
      en.put(field, english);
      zh.put(field, chinese);
    }

    void put(String field, Src src) {
      put(field, src.en(), src.zh());
    }
  }

  /** Adds the sources of the travel rules a mode applies. */
  private static void travelRuleSources(Sources sources, Mode mode) {
    if (mode == Mode.WALK) {
      sources.put("roadClasses", WALK_CLASSES, "行人不使用高速公路及其匝道（道路交通安全法 §67：行人不得进入高速公路）；其余各等级道路均可通行");
      sources.put(
          "oneway",
          "ignored: pedestrians walk both ways along one-way streets",
          "不考虑：行人可在单行道上双向通行");
      sources.put(
          "accessSpeedKmh",
          "the access leg is walked at the standard's walking speed (configurable:"
              + " chegu.standards.overrides.<code>.access-speed-kmh)",
          "接入段按本标准的步行速度步行（可配置：chegu.standards.overrides.<code>.access-speed-kmh）");
    } else {
      sources.put("roadClasses", DRIVE_CLASSES, "车辆可使用各等级道路");
      sources.put(
          "oneway",
          "one-way roads are driven only in their digitised direction (道路交通安全法 §38); a stretch"
              + " of the snapped road against its one-way is covered at the access speed",
          "单行道只按其数字化方向行驶（道路交通安全法 §38）；所接道路上逆单行方向的一段按接入速度计");
      sources.put(
          "accessSpeedKmh",
          "the access leg is driven at 20 km/h, the lower bound of the CJJ 37-2012 design speed"
              + " of a local street (支路 20–40 km/h) (assumption; configurable:"
              + " chegu.standards.overrides.<code>.access-speed-kmh)",
          "接入段按 20 km/h 行驶，取 CJJ 37-2012 支路设计速度（20–40 km/h）的下限"
              + "（假定值；可配置：chegu.standards.overrides.<code>.access-speed-kmh）");
    }
    sources.put("snapMaxMeters", SNAP_SOURCE, SNAP_SOURCE_ZH);
    sources.put(
        "accessRule",
        "join every road usable by the mode within the snap distance (not only the nearest), by a"
            + " straight leg, and take the quickest: a new or faster road or a new facility can"
            + " then never lengthen a trip (design §12, monotone access)",
        "以直线接入段连接吸附距离内该交通方式可用的每一条道路（不只最近的一条），取其中最快者："
            + "因此新增或提速的道路、新增的设施都不会使出行时间变长（设计文档 §12，可达性单调）");
  }

  /** The eight default standards, in display order. */
  public static List<ServiceStandard> defaults() {
    return List.of(
        walk(
            "life15",
            "15分钟生活圈",
            "15-minute life circle",
            Set.of(PRIMARY_SCHOOL, MIDDLE_SCHOOL, COMMUNITY_HEALTH_CENTER, CULTURE, SPORTS, PARK),
            Rule.EVERY_TYPE,
            15,
            1000,
            new Src(
                GB + ": the 15-minute life circle, a walk of 15 minutes (§1.0.3, §2.0.2)",
                GB + "：15分钟生活圈，步行 15 分钟（§1.0.3、§2.0.2）"),
            new Src(
                GB + " Table 5.0.1 (15-minute level facilities) restricted to the types we hold",
                GB + " 表 5.0.1（15分钟生活圈居住区配套设施），限于本系统所持有的设施类型"),
            GB_WALK_4,
            GB_15_RADIUS),
        walk(
            "health15",
            "15分钟社区卫生服务圈",
            "15-minute community health circle",
            Set.of(COMMUNITY_HEALTH_CENTER, COMMUNITY_HEALTH_STATION),
            Rule.ANY_TYPE,
            15,
            1000,
            new Src(
                GB + ": the 15-minute level's walking time (§2.0.2)",
                GB + "：15分钟生活圈居住区的步行时间（§2.0.2）"),
            new Src(
                "community health service centres and stations (the types this standard counts)",
                "社区卫生服务中心和社区卫生服务站（本标准计入的设施类型）"),
            GB_WALK_4,
            GB_15_RADIUS),
        ambulance(),
        walk(
            "culture12",
            "12分钟文体圈",
            "12-minute culture & sports circle",
            Set.of(CULTURE, SPORTS),
            Rule.ANY_TYPE,
            12,
            800,
            new Src(
                "no national standard sets a 12-minute circle: the catalogue's culture & sports"
                    + " circle, quoted from a plan where one puts it in force",
                "国家标准未规定12分钟服务圈：为本目录的文体服务圈，由实施该服务圈的规划引用其条文"),
            new Src(
                "cultural centres, libraries, museums, sports venues (the types this standard"
                    + " counts)",
                "文化馆（站）、图书馆、博物馆、体育场馆（本标准计入的设施类型）"),
            new Src(
                "no GB 50180 level for 12 minutes; GB 15-minute equivalence 1000 m / 15 min = 4"
                    + " km/h",
                "GB 50180 无12分钟层级；按 GB 15分钟当量 1000 米 / 15 分钟 = 4 km/h"),
            new Src("4 km/h × 12 min = 800 m", "4 km/h × 12 分钟 = 800 米")),
        walk(
            "park10",
            "10分钟公共活动圈",
            "10-minute park circle",
            Set.of(PARK),
            Rule.ANY_TYPE,
            10,
            500,
            new Src(
                GB + ": the 10-minute life circle, a walk of 10 minutes (§2.0.3)",
                GB + "：10分钟生活圈，步行 10 分钟（§2.0.3）"),
            new Src("parks (the type this standard counts)", "公园（本标准计入的设施类型）"),
            gbWalk(10, 500),
            gbRadius(10, 500)),
        walk(
            "kindergarten5",
            "5分钟幼儿园服务圈",
            "5-minute kindergarten circle",
            Set.of(KINDERGARTEN),
            Rule.ANY_TYPE,
            5,
            300,
            new Src(
                GB + ": kindergartens belong to the 5-minute level (Table 5.0.1)",
                GB + "：幼儿园属5分钟生活圈居住区配套设施（表 5.0.1）"),
            levelFacility(5),
            gbWalk(5, 300),
            gbRadius(5, 300)),
        walk(
            "primary10",
            "10分钟小学服务圈",
            "10-minute primary school circle",
            Set.of(PRIMARY_SCHOOL),
            Rule.ANY_TYPE,
            10,
            500,
            new Src(
                GB + ": primary schools belong to the 10-minute level (Table 5.0.1)",
                GB + "：小学属10分钟生活圈居住区配套设施（表 5.0.1）"),
            levelFacility(10),
            gbWalk(10, 500),
            gbRadius(10, 500)),
        walk(
            "middle15",
            "15分钟初中服务圈",
            "15-minute middle school circle",
            Set.of(MIDDLE_SCHOOL),
            Rule.ANY_TYPE,
            15,
            1000,
            new Src(
                GB + ": middle schools belong to the 15-minute level (Table 5.0.1)",
                GB + "：初中属15分钟生活圈居住区配套设施（表 5.0.1）"),
            levelFacility(15),
            GB_WALK_4,
            GB_15_RADIUS));
  }

  /** GB 50180: a level of {@code minutes} is a walk of {@code meters}; the speed follows. */
  private static Src gbWalk(int minutes, int meters) {
    String speed =
        new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
            .format(meters * 60.0 / 1000 / minutes);
    return new Src(
        GB
            + ": "
            + minutes
            + "-minute level = "
            + meters
            + " m walk; "
            + meters
            + " m / "
            + minutes
            + " min = "
            + speed
            + " km/h",
        GB
            + "："
            + minutes
            + "分钟生活圈居住区 = 步行 "
            + meters
            + " 米；"
            + meters
            + " 米 / "
            + minutes
            + " 分钟 = "
            + speed
            + " km/h");
  }

  private static Src gbRadius(int minutes, int meters) {
    return new Src(
        GB + ": " + minutes + "-minute level walking distance " + meters + " m",
        GB + "：" + minutes + "分钟生活圈居住区步行距离 " + meters + " 米");
  }

  private static Src levelFacility(int minutes) {
    return new Src(
        GB + ": " + minutes + "-minute level facility", GB + "：" + minutes + "分钟生活圈居住区配套设施");
  }

  /** The default standard with this code. */
  public static ServiceStandard byCode(String code) {
    return defaults().stream()
        .filter(s -> s.code().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "unknown standard '"
                        + code
                        + "'; allowed: "
                        + defaults().stream().map(ServiceStandard::code).toList()));
  }

  private static ServiceStandard walk(
      String code,
      String zh,
      String en,
      Set<FacilityType> types,
      Rule rule,
      int minutes,
      double radius,
      Src timeSource,
      Src typesSource,
      Src speedSource,
      Src radiusSource) {
    double speed = radius / 1000.0 / (minutes / 60.0);
    Sources sources = new Sources();
    sources.put("time", timeSource);
    sources.put("types", typesSource);
    sources.put("mode", GB + ": life circles are defined by walking distance", GB + "：生活圈按步行距离界定");
    sources.put("speedKmh", speedSource);
    sources.put("euclideanRadiusMeters", radiusSource);
    sources.put("dispatchDelay", "not applicable (walking)", "不适用（步行）");
    sources.put("roadSpeedFactor", "not applicable (walking)", "不适用（步行）");
    travelRuleSources(sources, Mode.WALK);
    return new ServiceStandard(
            code,
            zh,
            en,
            types,
            rule,
            Mode.WALK,
            Duration.ofMinutes(minutes),
            speed,
            1.0,
            Duration.ZERO,
            radius,
            sources.en)
        .withSourcesZh(sources.zh);
  }

  private static ServiceStandard ambulance() {
    Sources sources = new Sources();
    sources.put("time", EMS + ": 平均急救反应时间 < 12 分钟", EMS + "：平均急救反应时间 < 12 分钟");
    sources.put(
        "types",
        "120 dispatch centres, emergency sub-centres and ambulance stations (the types this standard"
            + " counts)",
        "120 急救指挥调度中心、急救分站和急救站点（本标准计入的设施类型）");
    sources.put(
        "mode",
        EMS
            + ": 急救反应时间 runs from the call to the ambulance's arrival — a dispatch delay plus a driving time",
        EMS + "：急救反应时间自接到呼救至救护车到达现场，即出车时间加行驶时间");
    sources.put(
        "dispatchDelay",
        EMS + ": \"3分钟出车率 ≥ 95%\" → 3 min from call to departure",
        EMS + "：“3分钟出车率 ≥ 95%” → 接警至出车 3 分钟");
    sources.put("euclideanRadiusMeters", EMS + ": 城市地区服务半径不超过5公里", EMS + "：城市地区服务半径不超过5公里");
    sources.put(
        "speedKmh",
        "5 km within 12 − 3 = 9 min → 33.3 km/h average (derived)",
        "5 公里须在 12 − 3 = 9 分钟内到达 → 平均 33.3 km/h（推算）");
    sources.put(
        "roadSpeedFactor",
        "ambulances assumed at posted class speed (1.0); editable",
        "假定救护车按道路等级限速行驶（1.0）；可修改");
    travelRuleSources(sources, Mode.AMBULANCE);
    return new ServiceStandard(
            "emergency12",
            "12分钟急救圈",
            "12-minute emergency (120) circle",
            Set.of(EMERGENCY_CENTER, EMERGENCY_SUBCENTER, EMERGENCY_STATION),
            Rule.ANY_TYPE,
            Mode.AMBULANCE,
            Duration.ofMinutes(12),
            100.0 / 3,
            1.0,
            Duration.ofMinutes(3),
            5000,
            sources.en)
        .withSourcesZh(sources.zh);
  }
}
