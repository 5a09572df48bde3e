package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.CoverageService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Tells {@link HeavyJobLimiter} that a service-area request will be answered from the prepared
 * answers (the warm-up's default bands, or an earlier identical request): such a request only
 * serialises, so it need not queue behind solves. Unparseable input is "not prepared": the
 * controller then answers 400 as usual.
 */
@Component
class ServiceAreaCacheProbe implements HeavyJobLimiter.PreparedAnswers {

  private final CoverageService coverage;

  ServiceAreaCacheProbe(CoverageService coverage) {
    this.coverage = coverage;
  }

  @Override
  public boolean prepared(HttpServletRequest r) {
    if (!"GET".equals(r.getMethod()) || !"/api/coverage/service-areas".equals(r.getRequestURI())) {
      return false;
    }
    try {
      return ServiceAreaQuery.parse(
              coverage,
              r.getParameter("standard"),
              r.getParameter("method"),
              r.getParameter("bands"),
              r.getParameter("facilities"),
              r.getParameter("outline"),
              r.getParameter("tolerance"))
          .prepared(coverage);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
