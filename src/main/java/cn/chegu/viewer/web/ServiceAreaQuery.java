package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.CoverageService;
import cn.chegu.viewer.coverage.AreaOutline;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.ServiceStandard;
import java.time.Duration;
import java.util.List;

/**
 * The parameters of {@code GET /api/coverage/service-areas}, parsed and validated once: by the
 * controller, and by {@link ServiceAreaCacheProbe} to tell the heavy-job limit that an answer is
 * already prepared.
 */
record ServiceAreaQuery(
    ServiceStandard standard,
    CoverageMethod method,
    List<Duration> bands,
    FacilitySet set,
    AreaOutline outline,
    double toleranceMeters) {

  /**
   * @throws IllegalArgumentException (or the catalogue's unknown-standard exception) for bad input
   */
  static ServiceAreaQuery parse(
      CoverageService coverage,
      String standard,
      String method,
      String bands,
      String facilities,
      String outline,
      String tolerance) {
    ServiceStandard s = coverage.standards().get(standard);
    return new ServiceAreaQuery(
        s,
        CoverageParameters.method(method == null ? "network" : method),
        CoverageParameters.bands(bands, s.time()),
        CoverageParameters.facilities(facilities == null ? "existing" : facilities),
        CoverageParameters.outline(outline == null ? "map" : outline),
        tolerance == null
            ? CoverageService.MAP_TOLERANCE_METERS
            : CoverageParameters.tolerance(tolerance));
  }

  /** Whether the service holds this answer already (then it costs its serialisation only). */
  boolean prepared(CoverageService coverage) {
    return coverage.serviceAreasPrepared(
        new CoverageService.ServiceAreaKey(
            standard.code(), method, bands, set, outline, toleranceMeters));
  }
}
