package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.CoverageService;
import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.analysis.Timings;
import cn.chegu.viewer.coverage.AreaOutline;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.CoverageResult;
import cn.chegu.viewer.coverage.Gap;
import cn.chegu.viewer.coverage.PointCoverage;
import cn.chegu.viewer.coverage.ServiceAreas;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.io.MetricProjection;
import cn.chegu.viewer.network.ServiceArea;
import cn.chegu.viewer.store.StoredFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
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

  CoverageController(CoverageService coverage) {
    this.coverage = coverage;
  }

  @GetMapping("/api/standards")
  List<StandardView> standards() {
    return coverage.standards().all().stream().map(StandardView::of).toList();
  }

  @GetMapping("/api/coverage")
  CoverageView coverage(
      @RequestParam String standard,
      @RequestParam(defaultValue = "network") String method,
      @RequestParam(defaultValue = "2020") String year,
      HttpServletRequest request) {
    Timings timings = RequestClock.timings(request);
    CoverageMethod m = CoverageParameters.method(method);
    PopulationYear y = CoverageParameters.year(year);
    CoverageResult r = timings.phase("compute", () -> coverage.coverage(standard, m, y));
    return timings.phase("serialise", () -> CoverageView.of(r, y, null)).with(timings);
  }

  @GetMapping(value = "/api/coverage/gaps", produces = "application/geo+json")
  ObjectNode gaps(
      @RequestParam String standard,
      @RequestParam(defaultValue = "network") String method,
      @RequestParam(defaultValue = "2020") String year,
      HttpServletRequest request) {
    Timings timings = RequestClock.timings(request);
    CoverageMethod m = CoverageParameters.method(method);
    PopulationYear y = CoverageParameters.year(year);
    List<Gap> gaps = timings.phase("compute", () -> coverage.gaps(standard, m, y));
    return timings
        .phase("serialise", () -> gapFeatures(gaps, m))
        .putPOJO("timings", timings.toMap());
  }

  private static ObjectNode gapFeatures(List<Gap> gaps, CoverageMethod m) {
    List<StoredFeature> features = new ArrayList<>();
    for (Gap g : gaps) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("rank", g.rank());
      p.put("residents", g.residents());
      p.put("cells", g.cellCount());
      p.put("area", g.area());
      p.put("areaKm2", Math.round(g.polygon().getArea() / 10_000.0) / 100.0);
      p.put("source", "modelled population; " + m.code() + " coverage");
      features.add(
          new StoredFeature(
              "gaps", "gap-" + g.rank(), MetricProjection.UTM_50N.toLonLat(g.polygon()), p));
    }
    return GeoJsonFeatures.collection(features);
  }

  /**
   * Service-area polygons per band. {@code outline=map} (default): the fast map outline on a grid
   * of {@code tolerance} metres (default 20), blocks reached all round filled; {@code
   * outline=exact}: the network buffer, for exports.
   */
  @GetMapping(value = "/api/coverage/service-areas", produces = "application/geo+json")
  ObjectNode serviceAreas(
      @RequestParam String standard,
      @RequestParam(defaultValue = "network") String method,
      @RequestParam(required = false) String bands,
      @RequestParam(defaultValue = "map") String outline,
      @RequestParam(required = false) String tolerance,
      HttpServletRequest request) {
    Timings timings = RequestClock.timings(request);
    CoverageMethod m = CoverageParameters.method(method);
    AreaOutline o = CoverageParameters.outline(outline);
    double tol =
        tolerance == null
            ? CoverageService.MAP_TOLERANCE_METERS
            : CoverageParameters.tolerance(tolerance);
    ServiceStandard s = coverage.standards().get(standard);
    List<Duration> durations = CoverageParameters.bands(bands, s.time());
    List<ServiceArea> areas =
        timings.phase("compute", () -> coverage.serviceAreas(standard, m, durations, o, tol));
    return timings
        .phase("serialise", () -> serviceAreaFeatures(standard, m, o, tol, areas))
        .putPOJO("timings", timings.toMap());
  }

  private static ObjectNode serviceAreaFeatures(
      String standard, CoverageMethod m, AreaOutline o, double tol, List<ServiceArea> areas) {
    List<StoredFeature> features = new ArrayList<>();
    for (ServiceArea area : areas) {
      double minutes = area.limit().toMillis() / 60_000.0;
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("standard", standard);
      p.put("method", m.code());
      p.put("minutes", minutes);
      p.put("outline", o.code());
      if (o == AreaOutline.MAP && m == CoverageMethod.NETWORK) {
        p.put(
            "outlineRule",
            "network buffer ("
                + (int) CoverageService.SERVICE_AREA_OFFSET_METERS
                + " m) on a "
                + tol
                + " m grid, enclosed blocks up to "
                + ServiceAreas.MAP_MAX_HOLE_SQUARE_METERS / 1e6
                + " km² reached all round filled; the exact buffer: outline=exact");
      }
      features.add(
          new StoredFeature(
              "service-areas",
              standard + "-" + m.code() + "-" + minutes,
              MetricProjection.UTM_50N.toLonLat(area.area()),
              p));
    }
    return GeoJsonFeatures.collection(features);
  }

  @GetMapping("/api/coverage/at")
  PointView at(
      @RequestParam String lon,
      @RequestParam String lat,
      @RequestParam String standard,
      @RequestParam(defaultValue = "network") String method) {
    LonLat p = CoverageParameters.lonLat(lon, lat);
    CoverageMethod m = CoverageParameters.method(method);
    return PointView.of(coverage.at(p.lon(), p.lat(), standard, m));
  }

  /** A standard as the API shows it, with the source of every number. */
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
      Map<String, String> sources) {
    static StandardView of(ServiceStandard s) {
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
          s.sources());
    }
  }

  /** The answer of "is this spot covered?"; minutes and distance are null when unreachable. */
  record PointView(
      boolean covered,
      Map<String, String> facility,
      Double minutes,
      Double distanceM,
      List<String> missingTypes) {
    static PointView of(PointCoverage pc) {
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
          pc.missingTypes().stream().map(t -> t.code()).toList());
    }
  }
}
