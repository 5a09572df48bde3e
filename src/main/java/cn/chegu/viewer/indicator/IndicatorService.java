package cn.chegu.viewer.indicator;

import cn.chegu.viewer.analysis.CoverageService;
import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.analysis.TransitService;
import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.CoverageResult;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.facility.Facility;
import cn.chegu.viewer.facility.FacilityCatalog;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.StoredFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.stereotype.Service;

/**
 * Measures the plan's indicators ({@link PlanIndicators}) for a population year and facility set:
 * coverage shares of the service circles, the emergency network built against planned, residents
 * near a metro station; the others are answered "not measurable" with the data they would need.
 */
@Service
public class IndicatorService {

  /** Straight-line radius of a metro station's walking catchment (the usual TOD 800 m). */
  static final double METRO_CATCHMENT_METERS = 800;

  private final CoverageService coverage;
  private final FacilityCatalog facilities;
  private final FeatureStore store;
  private final TransitService transit;

  public IndicatorService(
      CoverageService coverage,
      FacilityCatalog facilities,
      FeatureStore store,
      TransitService transit) {
    this.coverage = coverage;
    this.facilities = facilities;
    this.store = store;
    this.transit = transit;
  }

  /** All indicators, measured where the data allows, in the order of {@link PlanIndicators}. */
  public List<Indicator> indicators(PopulationYear year, FacilitySet set) {
    List<Indicator> out = new ArrayList<>();
    for (PlanIndicators.Circle c : PlanIndicators.CIRCLES) {
      out.add(circle(c, year, set));
    }
    out.add(emergencyNetwork(year, set));
    out.add(metroCatchment(year, set));
    out.add(stationArea(year, set));
    out.add(kindergartenPlaces(year, set));
    out.addAll(PlanIndicators.unmeasured(year, set));
    return out;
  }

  /** Share of residents covered by a standard's network circle, in per cent, floored to 0.01. */
  private Indicator circle(PlanIndicators.Circle c, PopulationYear year, FacilitySet set) {
    CoverageResult r = coverage.coverage(c.standard(), CoverageMethod.NETWORK, year, set);
    double percent = floorPercent(r.coveredResidents(), r.totalResidents());
    return new Indicator(
        c.code(),
        c.nameZh(),
        c.nameEn(),
        c.planRef(),
        "%",
        null,
        c.target(),
        c.targetText(),
        percent,
        Indicator.reaches(percent, c.target()),
        "standard "
            + c.standard()
            + ", network travel time, "
            + year.year()
            + " modelled residents, facilities="
            + set.code()
            + ": "
            + r.coveredResidents()
            + " of "
            + r.totalResidents()
            + " residents covered (floored, never 100 % unless all are)",
        null,
        PlanIndicators.coverageView(c.standard(), year, set),
        "标准 "
            + c.standard()
            + "，路网时间，"
            + year.year()
            + "年模型人口，设施="
            + set.code()
            + "："
            + r.totalResidents()
            + " 名居民中覆盖 "
            + r.coveredResidents()
            + " 名（向下取整，除非全部覆盖，否则不显示100%）",
        null);
  }

  /** §9.3: 3 emergency sub-centres and 9 stations; counts those of the set. */
  private Indicator emergencyNetwork(PopulationYear year, FacilitySet set) {
    Set<FacilityType> types =
        Set.of(FacilityType.EMERGENCY_SUBCENTER, FacilityType.EMERGENCY_STATION);
    int inSet = 0;
    int all = 0;
    for (Facility f : facilities.all()) {
      if (types.contains(f.type())) {
        all++;
        if (set.includes(f.status())) {
          inSet++;
        }
      }
    }
    double target = 12;
    return new Indicator(
        "emergency_network",
        "急救网络（3个急救分中心、9个医疗急救站点）",
        "Emergency network (3 sub-centres, 9 stations)",
        "§9.3",
        "sites",
        null,
        target,
        "设3个急救分中心，9个医疗急救站点，打造12分钟急救圈",
        (double) inSet,
        Indicator.reaches((double) inSet, target),
        "count of emergency_subcenter + emergency_station facilities whose status is in the set '"
            + set.code()
            + "' ("
            + all
            + " in the layer at any status)",
        null,
        "#tab=layers&layers=facilities&standard=emergency12&year="
            + year.year()
            + "&facilities="
            + set.code(),
        "状态属于设施集 '" + set.code() + "' 的急救分中心与急救站点数量（图层中共 " + all + " 处，不限状态）",
        null);
  }

  /** Residents whose cell lies within 800 m (straight line) of a metro station of the set. */
  private Indicator metroCatchment(PopulationYear year, FacilitySet set) {
    List<Coordinate> stations = new ArrayList<>();
    for (StoredFeature f : store.allFeaturesIfAny("transport")) {
      Object kind = f.properties().get("kind");
      Object status = f.properties().get("status");
      if ("metro_station".equals(kind) && set.includes(status == null ? null : status.toString())) {
        Coordinate c = f.geometry().getCoordinate();
        stations.add(AreaScope.current().projection().toMetric(c.x, c.y));
      }
    }
    long total = 0;
    long near = 0;
    for (DemandCell cell : coverage.data().cells().get(year)) {
      total += cell.residents();
      Coordinate p = cell.location();
      for (Coordinate s : stations) {
        if (p.distance(s) <= METRO_CATCHMENT_METERS) {
          near += cell.residents();
          break;
        }
      }
    }
    return new Indicator(
        "metro_800m",
        "轨道站点800米范围内居民占比",
        "Residents within 800 m of a metro station",
        "§3.3 (TOD)",
        "%",
        null,
        null,
        "推行TOD开发模式，深化轨道交通和新型城镇化融合发展（未定量）",
        floorPercent(near, total),
        null,
        stations.size()
            + " metro stations of the set '"
            + set.code()
            + "' (transport layer); a cell counts when its centre lies within "
            + (int) METRO_CATCHMENT_METERS
            + " m in a straight line; "
            + near
            + " of "
            + total
            + " "
            + year.year()
            + " modelled residents",
        null,
        "#tab=layers&layers=transport,population&year=" + year.year() + "&facilities=" + set.code(),
        "设施集 '"
            + set.code()
            + "' 的 "
            + stations.size()
            + " 个地铁站（交通图层）；网格中心距站点直线 "
            + (int) METRO_CATCHMENT_METERS
            + " 米以内即计入；"
            + year.year()
            + "年模型人口 "
            + total
            + " 人中 "
            + near
            + " 人",
        null);
  }

  /**
   * §3.3 TOD: residents within 800 m of walk (on the walk network) of a rail stop served in the set
   * (metro and tram of the transit layer's timetable), with the share per sub-district.
   */
  private Indicator stationArea(PopulationYear year, FacilitySet set) {
    TransitService.StationArea a = transit.stationArea(year, set);
    StringBuilder areas = new StringBuilder();
    a.byArea()
        .forEach(
            (name, v) ->
                areas
                    .append(areas.isEmpty() ? "" : "; ")
                    .append(name.isEmpty() ? "(none)" : name)
                    .append(' ')
                    .append(floorPercent(v[0], v[1]))
                    .append(" %"));
    return new Indicator(
        "tod_station_area_walk800",
        "轨道站点800米步行范围内居民占比（TOD）",
        "Residents within an 800 m walk of a rail station (TOD)",
        "§3.3 (TOD)",
        "%",
        null,
        null,
        "推行TOD开发模式，深化轨道交通和新型城镇化融合发展（未定量）",
        floorPercent(a.near(), a.total()),
        null,
        a.stations()
            + " metro and tram stops served in the set '"
            + set.code()
            + "' (transit layer timetable); a cell counts when its centre is within "
            + (int) TransitService.STATION_AREA_METERS
            + " m of walk on the walk network (connectors included); "
            + a.near()
            + " of "
            + a.total()
            + " "
            + year.year()
            + " modelled residents; per sub-district: "
            + areas,
        null,
        "#tab=parks&year=" + year.year() + "&facilities=" + set.code(),
        "设施集 '"
            + set.code()
            + "' 中有班次的 "
            + a.stations()
            + " 个地铁、有轨电车站点（公交图层时刻表）；网格中心沿步行路网（含接驳段）"
            + (int) TransitService.STATION_AREA_METERS
            + " 米以内即计入；"
            + year.year()
            + "年模型人口 "
            + a.total()
            + " 人中 "
            + a.near()
            + " 人；各街道："
            + areas,
        null);
  }

  /** §9.2: places exist in the layer, children aged 3–5 do not; says so instead of guessing. */
  private Indicator kindergartenPlaces(PopulationYear year, FacilitySet set) {
    long places =
        facilities.all().stream()
            .filter(f -> f.type() == FacilityType.KINDERGARTEN && set.includes(f.status()))
            .mapToLong(f -> f.capacity() == null ? 0 : f.capacity())
            .sum();
    return Indicator.unmeasured(
        "kindergarten_enrolment",
        "学前三年教育毛入园率",
        "Gross pre-school enrolment (3 years)",
        "§9.2",
        "%",
        null,
        95.0,
        "到2025年，学前三年教育毛入园率达到95%以上",
        "children aged 3–5 per sub-district (census age structure or the education bureau's roll);"
            + " the layers hold "
            + places
            + " kindergarten places (modelled capacities, set '"
            + set.code()
            + "') but no age structure",
        "各街道3–5岁儿童数（普查年龄结构或教育局花名册）；图层有幼儿园学位 "
            + places
            + " 个（模型推算容量，设施集 '"
            + set.code()
            + "'），但没有年龄结构",
        "#tab=coverage&standard=kindergarten5&year=" + year.year() + "&facilities=" + set.code());
  }

  /**
   * Per cent covered, floored to 0.01 so that 99.996 % reads 99.99 and only full coverage reads
   * 100.
   */
  static double floorPercent(long part, long whole) {
    if (whole <= 0) {
      return 0;
    }
    return Math.floor(part * 10_000.0 / whole) / 100.0;
  }
}
