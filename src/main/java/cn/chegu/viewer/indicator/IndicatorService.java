package cn.chegu.viewer.indicator;

import cn.chegu.viewer.analysis.CoverageService;
import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.analysis.TransitService;
import cn.chegu.viewer.area.Area;
import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.CoverageResult;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.facility.Facility;
import cn.chegu.viewer.facility.FacilityCatalog;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.plan.PlanIndicator;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.StoredFeature;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.stereotype.Service;

/**
 * Measures the indicators of the area's plan ({@link AreaPlans}; the plan quotes, this class
 * measures) for a population year and facility set: coverage shares of the service circles,
 * facilities built against planned, residents near a metro station; the others are answered "not
 * measurable" with the data they would need.
 */
@Service
public class IndicatorService {

  /** Straight-line radius of a metro station's walking catchment (the usual TOD 800 m). */
  static final double METRO_CATCHMENT_METERS = 800;

  private final CoverageService coverage;
  private final FacilityCatalog facilities;
  private final FeatureStore store;
  private final TransitService transit;
  private final AreaPlans plans;

  public IndicatorService(
      CoverageService coverage,
      FacilityCatalog facilities,
      FeatureStore store,
      TransitService transit,
      AreaPlans plans) {
    this.plans = plans;
    this.coverage = coverage;
    this.facilities = facilities;
    this.store = store;
    this.transit = transit;
  }

  /**
   * The indicators of the current area's plan ({@link AreaPlans}), in the plan's order, measured
   * where the data allows.
   */
  public List<Indicator> indicators(PopulationYear year, FacilitySet set) {
    List<Indicator> out = new ArrayList<>();
    for (PlanIndicator i : plans.current().indicators()) {
      out.add(measure(i, year, set));
    }
    return out;
  }

  private Indicator measure(PlanIndicator i, PopulationYear year, FacilitySet set) {
    return switch (i.measure()) {
      case COVERAGE -> circle(i, year, set);
      case FACILITY_COUNT -> facilityCount(i, year, set);
      case METRO_CATCHMENT -> metroCatchment(i, year, set);
      case STATION_AREA -> stationArea(i, year, set);
      case KINDERGARTEN_PLACES -> kindergartenPlaces(i, year, set);
      case NONE -> unmeasured(i, i.needs(), i.needsZh(), facilitiesView(year, set));
    };
  }

  /** Share of residents covered by a standard's network circle, in per cent, floored to 0.01. */
  private Indicator circle(PlanIndicator c, PopulationYear year, FacilitySet set) {
    CoverageResult r = coverage.coverage(c.standard(), CoverageMethod.NETWORK, year, set);
    double percent = floorPercent(r.coveredResidents(), r.totalResidents());
    return measured(
        c,
        percent,
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
        "标准 "
            + c.standard()
            + "，路网时间，"
            + year.year()
            + "年模型人口，设施集 "
            + set.code()
            + "："
            + r.totalResidents()
            + " 名居民中覆盖 "
            + r.coveredResidents()
            + " 名（向下取整，除非全部覆盖，否则不显示100%）",
        "#tab=coverage&standard="
            + c.standard()
            + "&method=network&year="
            + year.year()
            + "&facilities="
            + set.code());
  }

  /** Facilities of the indicator's types whose status is in the set (e.g. §9.3's 3 + 9 sites). */
  private Indicator facilityCount(PlanIndicator c, PopulationYear year, FacilitySet set) {
    Set<FacilityType> types = new HashSet<>();
    c.types().forEach(t -> types.add(FacilityType.fromCode(t)));
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
    return measured(
        c,
        (double) inSet,
        "count of "
            + String.join(" + ", c.types())
            + " facilities whose status is in the set '"
            + set.code()
            + "' ("
            + all
            + " in the layer at any status)",
        "状态属于设施集 '"
            + set.code()
            + "' 的 "
            + String.join(" + ", c.types())
            + " 设施数量（图层中共 "
            + all
            + " 处，不限状态）",
        "#tab=layers&layers=facilities"
            + (c.standard() == null ? "" : "&standard=" + c.standard())
            + "&year="
            + year.year()
            + "&facilities="
            + set.code());
  }

  /** Residents whose cell lies within 800 m (straight line) of a metro station of the set. */
  private Indicator metroCatchment(PlanIndicator c, PopulationYear year, FacilitySet set) {
    List<Coordinate> stations = new ArrayList<>();
    for (StoredFeature f : store.allFeaturesIfAny("transport")) {
      Object kind = f.properties().get("kind");
      Object status = f.properties().get("status");
      if ("metro_station".equals(kind) && set.includes(status == null ? null : status.toString())) {
        Coordinate at = f.geometry().getCoordinate();
        stations.add(AreaScope.current().projection().toMetric(at.x, at.y));
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
    return measured(
        c,
        floorPercent(near, total),
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
        "#tab=layers&layers=transport,population&year="
            + year.year()
            + "&facilities="
            + set.code());
  }

  /**
   * §3.3 TOD: residents within 800 m of walk (on the walk network) of a rail stop served in the set
   * (metro and tram of the transit layer's timetable), with the share per sub-district.
   */
  private Indicator stationArea(PlanIndicator c, PopulationYear year, FacilitySet set) {
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
    return measured(
        c,
        floorPercent(a.near(), a.total()),
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
        "#tab=parks&year=" + year.year() + "&facilities=" + set.code());
  }

  /** Places exist in the layer, children aged 3–5 do not; says so instead of guessing. */
  private Indicator kindergartenPlaces(PlanIndicator c, PopulationYear year, FacilitySet set) {
    long places =
        facilities.all().stream()
            .filter(f -> f.type() == FacilityType.KINDERGARTEN && set.includes(f.status()))
            .mapToLong(f -> f.capacity() == null ? 0 : f.capacity())
            .sum();
    return unmeasured(
        c,
        c.needs()
            + "; the layers hold "
            + places
            + " kindergarten places (modelled capacities, set '"
            + set.code()
            + "') but no age structure",
        (c.needsZh() == null ? "" : c.needsZh() + "；")
            + "图层有幼儿园学位 "
            + places
            + " 个（模型推算容量，设施集 '"
            + set.code()
            + "'），但没有年龄结构",
        "#tab=coverage"
            + (c.standard() == null ? "" : "&standard=" + c.standard())
            + "&year="
            + year.year()
            + "&facilities="
            + set.code());
  }

  /** The plan's words with our measurement; {@code view} gets the area when it is not default. */
  private static Indicator measured(
      PlanIndicator c, double value, String method, String methodZh, String view) {
    return new Indicator(
        c.code(),
        c.nameZh(),
        c.nameEn(),
        c.planRef(),
        c.unit(),
        c.baseline(),
        c.target(),
        c.targetText(),
        value,
        Indicator.reaches(value, c.target()),
        method,
        null,
        withArea(view),
        methodZh,
        null);
  }

  private static Indicator unmeasured(PlanIndicator c, String needs, String needsZh, String view) {
    return Indicator.unmeasured(
        c.code(),
        c.nameZh(),
        c.nameEn(),
        c.planRef(),
        c.unit(),
        c.baseline(),
        c.target(),
        c.targetText(),
        needs,
        needsZh,
        withArea(view));
  }

  private static String facilitiesView(PopulationYear year, FacilitySet set) {
    return "#tab=layers&layers=facilities&year=" + year.year() + "&facilities=" + set.code();
  }

  /** The map view of another area than the default names it, so the link opens that area. */
  static String withArea(String view) {
    Area area = AreaScope.current();
    return area.isDefault() ? view : view + "&area=" + area.id();
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
