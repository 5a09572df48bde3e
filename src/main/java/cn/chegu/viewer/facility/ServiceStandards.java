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
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
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
  private static final String GB_WALK_4 =
      GB + ": 15-minute level = 800–1000 m walk; 1000 m / 15 min = 4 km/h";
  private static final String EMS = "国卫医发〔2020〕19号 关于进一步完善院前医疗急救服务的指导意见";

  static final String SNAP_SOURCE =
      GB
          + " §6.0.2: urban roads in residential areas at most 300 m apart, so built-up points lie"
          + " within ~150–250 m of a street; 500 m allows for schematic data and large compounds"
          + " (assumption; configurable: chegu.standards.overrides.<code>.snap-max-meters)";

  static final String WALK_CLASSES =
      "pedestrians never use expressways or their ramps (道路交通安全法 §67: pedestrians may not enter"
          + " expressways); all other classes";

  static final String DRIVE_CLASSES = "vehicles use every road class";

  private ServiceStandards() {}

  /** Adds the sources of the travel rules a mode applies. */
  private static void travelRuleSources(Map<String, String> sources, Mode mode) {
    if (mode == Mode.WALK) {
      sources.put("roadClasses", WALK_CLASSES);
      sources.put("oneway", "ignored: pedestrians walk both ways along one-way streets");
      sources.put(
          "accessSpeedKmh",
          "the access leg is walked at the standard's walking speed (configurable:"
              + " chegu.standards.overrides.<code>.access-speed-kmh)");
    } else {
      sources.put("roadClasses", DRIVE_CLASSES);
      sources.put(
          "oneway",
          "one-way roads are driven only in their digitised direction (道路交通安全法 §38); a stretch"
              + " of the snapped road against its one-way is covered at the access speed");
      sources.put(
          "accessSpeedKmh",
          "the access leg is driven at 20 km/h, the lower bound of the CJJ 37-2012 design speed"
              + " of a local street (支路 20–40 km/h) (assumption; configurable:"
              + " chegu.standards.overrides.<code>.access-speed-kmh)");
    }
    sources.put("snapMaxMeters", SNAP_SOURCE);
    sources.put(
        "accessRule",
        "join every road usable by the mode within the snap distance (not only the nearest), by a"
            + " straight leg, and take the quickest: a new or faster road or a new facility can"
            + " then never lengthen a trip (design §12, monotone access)");
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
            GB + ": the 15-minute life circle, a walk of 15 minutes (§1.0.3, §2.0.2)",
            GB + " Table 5.0.1 (15-minute level facilities) restricted to the types we hold",
            GB_WALK_4,
            GB + ": 15-minute level walking distance 800–1000 m; upper bound"),
        walk(
            "health15",
            "15分钟社区卫生服务圈",
            "15-minute community health circle",
            Set.of(COMMUNITY_HEALTH_CENTER, COMMUNITY_HEALTH_STATION),
            Rule.ANY_TYPE,
            15,
            1000,
            GB + ": the 15-minute level's walking time (§2.0.2)",
            "community health service centres and stations (the types this standard counts)",
            GB_WALK_4,
            GB + ": 15-minute level walking distance 800–1000 m; upper bound"),
        ambulance(),
        walk(
            "culture12",
            "12分钟文体圈",
            "12-minute culture & sports circle",
            Set.of(CULTURE, SPORTS),
            Rule.ANY_TYPE,
            12,
            800,
            "no national standard sets a 12-minute circle: the catalogue's culture & sports circle,"
                + " quoted from a plan where one puts it in force",
            "cultural centres, libraries, museums, sports venues (the types this standard counts)",
            "no GB 50180 level for 12 minutes; GB 15-minute equivalence 1000 m / 15 min = 4 km/h",
            "4 km/h × 12 min = 800 m"),
        walk(
            "park10",
            "10分钟公共活动圈",
            "10-minute park circle",
            Set.of(PARK),
            Rule.ANY_TYPE,
            10,
            500,
            GB + ": the 10-minute life circle, a walk of 10 minutes (§2.0.3)",
            "parks (the type this standard counts)",
            GB + ": 10-minute level = 500 m walk; 500 m / 10 min = 3 km/h",
            GB + ": 10-minute level walking distance 500 m"),
        walk(
            "kindergarten5",
            "5分钟幼儿园服务圈",
            "5-minute kindergarten circle",
            Set.of(KINDERGARTEN),
            Rule.ANY_TYPE,
            5,
            300,
            GB + ": kindergartens belong to the 5-minute level (Table 5.0.1)",
            GB + ": 5-minute level facility",
            GB + ": 5-minute level = 300 m walk; 300 m / 5 min = 3.6 km/h",
            GB + ": 5-minute level walking distance 300 m"),
        walk(
            "primary10",
            "10分钟小学服务圈",
            "10-minute primary school circle",
            Set.of(PRIMARY_SCHOOL),
            Rule.ANY_TYPE,
            10,
            500,
            GB + ": primary schools belong to the 10-minute level (Table 5.0.1)",
            GB + ": 10-minute level facility",
            GB + ": 10-minute level = 500 m walk; 500 m / 10 min = 3 km/h",
            GB + ": 10-minute level walking distance 500 m"),
        walk(
            "middle15",
            "15分钟初中服务圈",
            "15-minute middle school circle",
            Set.of(MIDDLE_SCHOOL),
            Rule.ANY_TYPE,
            15,
            1000,
            GB + ": middle schools belong to the 15-minute level (Table 5.0.1)",
            GB + ": 15-minute level facility",
            GB_WALK_4,
            GB + ": 15-minute level walking distance 800–1000 m; upper bound"));
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
      String timeSource,
      String typesSource,
      String speedSource,
      String radiusSource) {
    double speed = radius / 1000.0 / (minutes / 60.0);
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put("time", timeSource);
    sources.put("types", typesSource);
    sources.put("mode", GB + ": life circles are defined by walking distance");
    sources.put("speedKmh", speedSource);
    sources.put("euclideanRadiusMeters", radiusSource);
    sources.put("dispatchDelay", "not applicable (walking)");
    sources.put("roadSpeedFactor", "not applicable (walking)");
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
        sources);
  }

  private static ServiceStandard ambulance() {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put("time", EMS + ": 平均急救反应时间 < 12 分钟");
    sources.put(
        "types",
        "120 dispatch centres, emergency sub-centres and ambulance stations (the types this standard"
            + " counts)");
    sources.put(
        "mode",
        EMS
            + ": 急救反应时间 runs from the call to the ambulance's arrival — a dispatch delay plus a driving time");
    sources.put("dispatchDelay", EMS + ": \"3分钟出车率 ≥ 95%\" → 3 min from call to departure");
    sources.put("euclideanRadiusMeters", EMS + ": 城市地区服务半径不超过5公里");
    sources.put("speedKmh", "5 km within 12 − 3 = 9 min → 33.3 km/h average (derived)");
    sources.put("roadSpeedFactor", "ambulances assumed at posted class speed (1.0); editable");
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
        sources);
  }
}
