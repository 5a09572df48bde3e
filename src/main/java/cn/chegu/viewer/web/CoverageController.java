package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.CoverageService;
import cn.chegu.viewer.analysis.FacilitiesUsed;
import cn.chegu.viewer.analysis.GapProperties;
import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.analysis.Timings;
import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.coverage.AreaOutline;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.CoverageModel;
import cn.chegu.viewer.coverage.CoverageResult;
import cn.chegu.viewer.coverage.Gap;
import cn.chegu.viewer.coverage.Gaps;
import cn.chegu.viewer.coverage.PointCoverage;
import cn.chegu.viewer.coverage.ServiceAreas;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.indicator.AreaPlans;
import cn.chegu.viewer.network.ServiceArea;
import cn.chegu.viewer.network.TravelMode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Coverage of the plan's service circles: numbers, gaps, service areas, point queries. */
@RestController
class CoverageController {

  private final CoverageService coverage;
  private final AreaPlans plans;

  CoverageController(CoverageService coverage, AreaPlans plans) {
    this.coverage = coverage;
    this.plans = plans;
  }

  /**
   * The standards of the catalogue; {@code sources} are the area's: national sources with the
   * clauses of the area's plan file laid over them (national only for an area without one).
   */
  @GetMapping("/api/standards")
  List<StandardView> standards() {
    return coverage.standards().all().stream()
        .map(s -> StandardView.of(s, plans.sources(s), plans.sourcesZh(s)))
        .toList();
  }

  @GetMapping("/api/coverage")
  CoverageView coverage(
      @RequestParam String standard,
      @RequestParam(defaultValue = "network") String method,
      @RequestParam(defaultValue = "2020") String year,
      @RequestParam(defaultValue = "existing") String facilities,
      HttpServletRequest request) {
    Timings clock = RequestClock.timings(request);
    CoverageMethod m = CoverageParameters.method(method);
    PopulationYear y = CoverageParameters.year(year);
    FacilitySet set = CoverageParameters.facilities(facilities);
    CoverageResult r = clock.phase("compute", () -> coverage.coverage(standard, m, y, set));
    CoverageView view =
        CoverageView.of(
            r,
            y,
            coverage.standards().get(standard),
            set,
            coverage.facilitiesUsed(standard, set),
            null,
            clock.summary());
    return withDataNotes(coverage, view, standard, m, y, set);
  }

  /**
   * Adds what the data behind an answer leaves out: residents outside the boundary, and (network) a
   * road network that reaches fewer than 90 % of the residents.
   */
  static CoverageView withDataNotes(
      CoverageService coverage,
      CoverageView view,
      String standard,
      CoverageMethod m,
      PopulationYear y,
      FacilitySet set) {
    String[] outside = coverage.outsideNote(y);
    if (outside != null) {
      view = view.withNote(outside[0], outside[1]);
    }
    String[] reach = m == CoverageMethod.NETWORK ? coverage.readinessNote(standard, y, set) : null;
    return reach == null ? view : view.withNote(reach[0], reach[1]);
  }

  /**
   * Gaps: clusters of contiguous uncovered cells of at least {@code minCellResidents} residents
   * (default {@value CoverageService#DEFAULT_MIN_CELL_RESIDENTS}), rank 1 = most residents;
   * clusters of fewer than {@code minResidents} (default {@value
   * CoverageService#DEFAULT_MIN_GAP_RESIDENTS}) and sparse cells go to {@code remainderResidents}.
   */
  @GetMapping(
      value = "/api/coverage/gaps",
      produces = {"application/geo+json", "application/json"})
  GapsView gaps(
      @RequestParam String standard,
      @RequestParam(defaultValue = "network") String method,
      @RequestParam(defaultValue = "2020") String year,
      @RequestParam(defaultValue = "existing") String facilities,
      @RequestParam(required = false) String minResidents,
      @RequestParam(required = false) String minCellResidents,
      HttpServletRequest request) {
    Timings clock = RequestClock.timings(request);
    CoverageMethod m = CoverageParameters.method(method);
    PopulationYear y = CoverageParameters.year(year);
    FacilitySet set = CoverageParameters.facilities(facilities);
    long min =
        minResidents == null
            ? CoverageService.DEFAULT_MIN_GAP_RESIDENTS
            : CoverageParameters.minResidents("minResidents", minResidents);
    long minCell =
        minCellResidents == null
            ? CoverageService.DEFAULT_MIN_CELL_RESIDENTS
            : CoverageParameters.minResidents("minCellResidents", minCellResidents);
    ServiceStandard s = coverage.standards().get(standard);
    Gaps gaps = clock.phase("compute", () -> coverage.gaps(standard, m, y, set, min, minCell));
    FacilitiesUsed used = coverage.facilitiesUsed(standard, set);
    List<FeatureView<GapProperties>> features = new ArrayList<>();
    for (Gap g : gaps.gaps()) {
      features.add(
          FeatureView.of(
              "gap-" + g.rank(),
              AreaScope.current().projection().toLonLat(g.polygon()),
              GapProperties.of(g, m)));
    }
    List<String> notes = new ArrayList<>(used.notes());
    List<String> notesZh = new ArrayList<>(used.notesZh());
    String[] outside = coverage.outsideNote(y);
    if (outside != null) {
      notes.add(outside[0]);
      notesZh.add(outside[1]);
    }
    return new GapsView(
        "FeatureCollection",
        features,
        s.code(),
        m.code(),
        set.code(),
        FacilitiesUsedView.of(used),
        notes,
        notesZh,
        CoverageView.rules(s, m, set),
        CoverageView.rulesZh(s, m, set),
        y.year(),
        gaps.minResidents(),
        gaps.uncoveredResidents() - gaps.remainderResidents(),
        gaps.remainderResidents(),
        gaps.remainderClusters(),
        gaps.minCellResidents(),
        gaps.sparseResidents(),
        "a gap is a cluster of contiguous (8-neighbour) uncovered cells holding at least"
            + " minCellResidents residents each; clusters under minResidents and the uncovered"
            + " residents of sparser cells (sparseResidents) are counted in remainderResidents;"
            + " Σ gap residents + remainderResidents = uncovered residents",
        clock.summary());
  }

  /**
   * Service-area polygons per band. {@code outline=map} (default): the fast map outline on a grid
   * of {@code tolerance} metres (default 20), blocks reached all round filled; {@code
   * outline=exact}: the network buffer, for exports.
   */
  @GetMapping(
      value = "/api/coverage/service-areas",
      produces = {"application/geo+json", "application/json"})
  ServiceAreasView serviceAreas(
      @RequestParam String standard,
      @RequestParam(defaultValue = "network") String method,
      @RequestParam(required = false) String bands,
      @RequestParam(defaultValue = "existing") String facilities,
      @RequestParam(defaultValue = "map") String outline,
      @RequestParam(required = false) String tolerance,
      HttpServletRequest request) {
    Timings timings = RequestClock.timings(request);
    ServiceAreaQuery q =
        ServiceAreaQuery.parse(coverage, standard, method, bands, facilities, outline, tolerance);
    ServiceStandard s = q.standard();
    CoverageMethod m = q.method();
    FacilitySet set = q.set();
    List<ServiceArea> areas =
        timings.phase(
            "compute",
            () ->
                coverage.serviceAreas(
                    standard, m, q.bands(), set, q.outline(), q.toleranceMeters()));
    List<FeatureView<ServiceAreasView.Band>> features =
        timings.phase(
            "serialise",
            () -> serviceAreaFeatures(standard, m, set, q.outline(), q.toleranceMeters(), areas));
    FacilitiesUsed used = coverage.facilitiesUsed(standard, set);
    return new ServiceAreasView(
        "FeatureCollection",
        features,
        s.code(),
        m.code(),
        set.code(),
        FacilitiesUsedView.of(used),
        used.notes(),
        used.notesZh(),
        CoverageView.rules(s, m, set),
        CoverageView.rulesZh(s, m, set),
        timings.summary());
  }

  private static List<FeatureView<ServiceAreasView.Band>> serviceAreaFeatures(
      String standard,
      CoverageMethod m,
      FacilitySet set,
      AreaOutline o,
      double tol,
      List<ServiceArea> areas) {
    List<FeatureView<ServiceAreasView.Band>> features = new ArrayList<>();
    for (ServiceArea area : areas) {
      double minutes = area.limit().toMillis() / 60_000.0;
      String rule =
          o == AreaOutline.MAP && m == CoverageMethod.NETWORK
              ? "network buffer ("
                  + (int) CoverageService.SERVICE_AREA_OFFSET_METERS
                  + " m) on a "
                  + tol
                  + " m grid, enclosed blocks up to "
                  + ServiceAreas.MAP_MAX_HOLE_SQUARE_METERS / 1e6
                  + " km² reached all round filled; the exact buffer: outline=exact"
              : null;
      features.add(
          FeatureView.of(
              standard + "-" + m.code() + "-" + set.code() + "-" + minutes,
              AreaScope.current().projection().toLonLat(area.area()),
              new ServiceAreasView.Band(standard, m.code(), set.code(), minutes, o.code(), rule)));
    }
    return features;
  }

  @GetMapping("/api/coverage/at")
  PointView at(
      @RequestParam String lon,
      @RequestParam String lat,
      @RequestParam String standard,
      @RequestParam(defaultValue = "network") String method,
      @RequestParam(defaultValue = "existing") String facilities) {
    LonLat p = CoverageParameters.lonLat(lon, lat);
    CoverageMethod m = CoverageParameters.method(method);
    FacilitySet set = CoverageParameters.facilities(facilities);
    return PointView.of(
        coverage.at(p.lon(), p.lat(), standard, m, set),
        set,
        coverage.facilitiesUsed(standard, set));
  }

  /** A standard as the API shows it, with its travel rules and the source of every number. */
  record StandardView(
      String code,
      String nameZh,
      String nameEn,
      List<String> types,
      String rule,
      String mode,
      double minutes,
      double speedKmh,
      double roadSpeedFactor,
      double dispatchDelayMinutes,
      double euclideanRadiusMeters,
      List<String> roadClasses,
      String oneway,
      double snapMaxMeters,
      double accessSpeedKmh,
      String accessRule,
      String accessRuleZh,
      Map<String, String> sources,
      Map<String, String> sourcesZh) {
    static StandardView of(
        ServiceStandard s, Map<String, String> sources, Map<String, String> sourcesZh) {
      TravelMode mode = CoverageModel.travelMode(s);
      return new StandardView(
          s.code(),
          s.nameZh(),
          s.nameEn(),
          s.types().stream().map(t -> t.code()).sorted().toList(),
          s.rule().name().toLowerCase(),
          s.mode().name().toLowerCase(),
          s.minutes(),
          s.speedKmh(),
          s.roadSpeedFactor(),
          s.dispatchDelay().toMillis() / 60_000.0,
          s.euclideanRadiusMeters(),
          CoverageView.roadClasses(mode),
          mode.respectsOneway() ? "respected" : "ignored",
          s.snapMaxMeters(),
          s.accessSpeedKmh(),
          s.accessRule(),
          s.accessRuleZh(),
          sources,
          sourcesZh);
    }
  }

  /** The answer of "is this spot covered?"; minutes and distance are null when unreachable. */
  record PointView(
      boolean covered,
      Map<String, String> facility,
      Double minutes,
      Double distanceM,
      List<String> missingTypes,
      String facilities,
      FacilitiesUsedView facilitiesUsed,
      List<String> notes,
      List<String> notesZh) {
    static PointView of(PointCoverage pc, FacilitySet set, FacilitiesUsed used) {
      Map<String, String> facility = null;
      if (pc.facility() != null) {
        facility = new LinkedHashMap<>();
        facility.put("id", pc.facility().id());
        facility.put("name", pc.facility().name());
        facility.put("type", pc.facility().type().code());
      }
      return new PointView(
          pc.covered(),
          facility,
          CoverageView.finiteOrNull(pc.minutes(), 10),
          CoverageView.finiteOrNull(pc.distanceMeters(), 1),
          pc.missingTypes().stream().map(t -> t.code()).toList(),
          set.code(),
          FacilitiesUsedView.of(used),
          used.notes(),
          used.notesZh());
    }
  }
}
