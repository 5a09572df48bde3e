package cn.chegu.viewer.web;

import cn.chegu.viewer.access.AccessType;
import cn.chegu.viewer.analysis.AccessAnswer;
import cn.chegu.viewer.analysis.AccessService;
import cn.chegu.viewer.analysis.CoverageService;
import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.analysis.Timings;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.indicator.AreaPlans;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Capacity-aware access (E2SFCA): capacity per 1,000 residents per cell, load per facility. */
@RestController
class AccessController {

  private final AccessService access;
  private final CoverageService coverage;
  private final AreaPlans plans;

  AccessController(AccessService access, CoverageService coverage, AreaPlans plans) {
    this.access = access;
    this.coverage = coverage;
    this.plans = plans;
  }

  @GetMapping("/api/access")
  AccessView access(
      @RequestParam String type,
      @RequestParam(defaultValue = "2020") String year,
      @RequestParam(defaultValue = "existing") String facilities,
      HttpServletRequest request) {
    Timings timings = RequestClock.timings(request);
    AccessType t = type(type);
    PopulationYear y = CoverageParameters.year(year);
    FacilitySet set = facilitySet(facilities);
    AccessAnswer answer = access.access(t, y, set, timings);
    return AccessView.of(
        answer, plans.sources(answer.catchment()), coverage.outsideNotes(List.of(y)), timings);
  }

  static AccessType type(String text) {
    try {
      return AccessType.of(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("type", e.getMessage().replaceFirst("^type ", ""));
    }
  }

  private static FacilitySet facilitySet(String text) {
    try {
      return FacilitySet.of(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(
          "facilities", e.getMessage().replaceFirst("^facilities ", ""));
    }
  }
}
