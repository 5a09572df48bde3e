package cn.chegu.viewer.indicator;

import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.facility.FacilitySet;
import java.util.List;

/**
 * The plan's targets quoted from its text (wedz-14th-five-year-plan, Table 2-1 and chapter 9), with
 * the clause each comes from. Only quotations live here; measuring is {@link IndicatorService}'s.
 */
final class PlanIndicators {

  private PlanIndicators() {}

  /** A service-circle target measured as the share of residents its standard covers. */
  record Circle(
      String code,
      String standard,
      String nameZh,
      String nameEn,
      String planRef,
      Double target,
      String targetText) {}

  static final List<Circle> CIRCLES =
      List.of(
          new Circle(
              "health15_circle",
              "health15",
              "15分钟社区卫生服务圈覆盖率",
              "15-minute community health circle: residents covered",
              "§9.3",
              100.0,
              "建成15分钟社区卫生服务圈，实现小病不出社区"),
          new Circle(
              "emergency12_circle",
              "emergency12",
              "12分钟急救圈覆盖率",
              "12-minute emergency circle: residents covered",
              "§9.3",
              100.0,
              "建成区域120急救指挥调度中心，设3个急救分中心，9个医疗急救站点，打造12分钟急救圈"),
          new Circle(
              "culture12_circle",
              "culture12",
              "12分钟文体圈覆盖率",
              "12-minute culture & sports circle: residents covered",
              "§9.4",
              100.0,
              "创新实施文化惠民工程，推动公共文化数字化建设，打造“12分钟文体圈”"),
          new Circle(
              "life15_circle",
              "life15",
              "15分钟生活圈覆盖率",
              "15-minute life circle: residents covered",
              "§2.3(二); §3.3",
              null,
              "建成一批“15分钟生活圈”（未定覆盖率）"),
          new Circle(
              "park10_circle",
              "park10",
              "10分钟公共活动圈覆盖率",
              "10-minute public activity (park) circle: residents covered",
              "§2.3(二)",
              null,
              "建成一批“10分钟公共活动圈”（未定覆盖率）"),
          new Circle(
              "kindergarten5_circle",
              "kindergarten5",
              "幼儿园5分钟步行覆盖率",
              "Kindergarten within a 5-minute walk: residents covered",
              "§9.2; GB 50180-2018",
              null,
              "加强公办园学位供给，解决学前教育学位不足问题（未定覆盖率）"));

  /** Targets our layers cannot measure, each with the data that would. */
  static List<Indicator> unmeasured(PopulationYear year, FacilitySet set) {
    String facilitiesView =
        "#tab=layers&layers=facilities&year=" + year.year() + "&facilities=" + set.code();
    return List.of(
        Indicator.unmeasured(
            "physicians_per_1000",
            "每千人口拥有执业（助理）医师数",
            "Licensed (assistant) physicians per 1,000 residents",
            "Table 2-1 #10; §9.3",
            "per 1,000 residents",
            2.81,
            4.7,
            "2020年2.81人，2025年4.7人（预期性）",
            "physicians per hospital and health centre (health commission register); the layers"
                + " hold beds, not staff",
            "各医院、卫生服务中心的执业医师数（卫健委登记）；图层只有床位，没有人员",
            facilitiesView),
        Indicator.unmeasured(
            "childcare_per_1000",
            "每千人口拥有3岁以下婴幼儿托位数",
            "Childcare places for under-3s per 1,000 residents",
            "Table 2-1 #12",
            "per 1,000 residents",
            0.06,
            4.5,
            "2020年0.06个，2025年4.5个（预期性）",
            "childcare centres (托育机构) with their places; the facilities layer has no such type"
                + " (kindergarten places serve ages 3–6)",
            "托育机构及其托位；设施图层没有此类设施（幼儿园学位面向3–6岁）",
            facilitiesView),
        Indicator.unmeasured(
            "gp_per_10000",
            "每万名常住人口全科医生数",
            "General practitioners per 10,000 residents",
            "§9.3",
            "per 10,000 residents",
            null,
            5.0,
            "到2025年，每万名常住人口拥有5名全科医生",
            "general practitioners per community health centre (health commission register)",
            "各社区卫生服务中心的全科医生数（卫健委登记）",
            facilitiesView),
        Indicator.unmeasured(
            "school_places_added",
            "“十四五”新增中小学学位",
            "Primary and middle school places added 2021–2025",
            "§9.2",
            "places",
            null,
            19_000.0,
            "“十四五”期间新增中小学学位1.9万个",
            "the planned new and extended primary/middle schools with their places (education"
                + " bureau project list); the sample's schools are all existing",
            "规划新建、扩建的中小学及其学位（教育局项目清单）；示例数据中的学校均为现状学校",
            facilitiesView),
        Indicator.unmeasured(
            "high_school_enrolment",
            "高中阶段教育毛入学率",
            "Gross senior-secondary enrolment",
            "§9.2",
            "%",
            null,
            99.5,
            "到2025年，高中阶段教育毛入学率达到99.5%",
            "residents aged 15–17 and senior-secondary enrolment (education bureau)",
            "15–17岁常住人口及高中阶段在校生数（教育局）",
            facilitiesView),
        Indicator.unmeasured(
            "sports_area_per_capita",
            "人均体育场地面积",
            "Sports ground area per resident",
            "§9.4",
            "m² per resident",
            null,
            2.3,
            "到2025年，人均体育场地面积达到2.3平方米",
            "sports grounds as polygons with their areas (sports bureau census of venues); the"
                + " layer holds sports sites as points",
            "体育场地面状范围及面积（体育局场地普查）；图层中的体育设施只有点位",
            facilitiesView));
  }

  /** The map view of a standard's coverage. */
  static String coverageView(String standard, PopulationYear year, FacilitySet set) {
    return "#tab=coverage&standard="
        + standard
        + "&method=network&year="
        + year.year()
        + "&facilities="
        + set.code();
  }
}
