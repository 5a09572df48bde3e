package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.CoverageService;
import cn.chegu.viewer.analysis.JointRequest;
import cn.chegu.viewer.analysis.JointSitingService;
import cn.chegu.viewer.analysis.SitingJobs;
import cn.chegu.viewer.analysis.Timings;
import cn.chegu.viewer.facility.FacilityType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Joint siting: several facility types under one budget (a life circle's types together, since a
 * resident counts only when every type is within reach), optionally in phases, as one MIP. Computes
 * only; saving the sites is a scenario. Cancellable by its job id like {@code /api/siting}.
 */
@RestController
class JointSitingController {

  static final double MAX_BUDGET = 200;
  static final int MAX_PHASES = 5;

  private final JointSitingService joint;
  private final SitingJobs jobs;

  private final CoverageService coverage;

  JointSitingController(JointSitingService joint, SitingJobs jobs, CoverageService coverage) {
    this.joint = joint;
    this.jobs = jobs;
    this.coverage = coverage;
  }

  /** One phase of the body. */
  record PhaseBody(Integer year, Double budget) {}

  /** The request body; checked in {@link #request}. */
  record Body(
      String standard,
      Double budget,
      Map<String, Double> costs,
      Integer maxPerType,
      Integer year,
      String facilities,
      String method,
      Double timeLimitSeconds,
      List<PhaseBody> phases,
      Double minSpacingMeters,
      String jobId) {}

  @PostMapping("/api/siting/joint")
  @ComputesOnly
  JointAnswerView site(
      @RequestBody Body body, HttpServletRequest http, HttpServletResponse response) {
    Timings timings = RequestClock.timings(http);
    JointRequest request = request(body);
    SolveJob job = SolveJob.start(jobs, body.jobId(), request.timeLimit(), http, response);
    var answer = job.run(control -> joint.site(request, timings, control));
    return JointAnswerView.of(
        answer,
        coverage.outsideNotes(request.phases().stream().map(p -> p.year()).toList()),
        job.id(),
        timings.toMap());
  }

  static JointRequest request(Body b) {
    if (b.standard() == null || b.standard().isBlank()) {
      throw new InvalidParameterException("standard", "required, e.g. life15");
    }
    if (b.method() != null && !b.method().equals("exact")) {
      throw new InvalidParameterException(
          "method", "joint siting is exact (one MIP); got '" + b.method() + "'");
    }
    List<JointRequest.Phase> phases = new ArrayList<>();
    if (b.phases() == null || b.phases().isEmpty()) {
      if (b.budget() == null) {
        throw new InvalidParameterException("budget", "required (or phases), e.g. 6");
      }
      phases.add(
          new JointRequest.Phase(SitingParameters.year(b.year()), budget("budget", b.budget())));
    } else {
      if (b.phases().size() > MAX_PHASES) {
        throw new InvalidParameterException(
            "phases", "at most " + MAX_PHASES + ", got " + b.phases().size());
      }
      for (int i = 0; i < b.phases().size(); i++) {
        PhaseBody p = b.phases().get(i);
        if (p == null || p.year() == null || p.budget() == null) {
          throw new InvalidParameterException("phases", "item " + i + " needs year and budget");
        }
        phases.add(
            new JointRequest.Phase(SitingParameters.year(p.year()), budget("phases", p.budget())));
      }
    }
    Map<FacilityType, Double> costs = new EnumMap<>(FacilityType.class);
    if (b.costs() != null) {
      for (Map.Entry<String, Double> e : b.costs().entrySet()) {
        FacilityType t;
        try {
          t = FacilityType.fromCode(e.getKey());
        } catch (IllegalArgumentException ex) {
          throw new InvalidParameterException("costs", ex.getMessage());
        }
        if (e.getValue() == null || !(e.getValue() > 0) || e.getValue() > MAX_BUDGET) {
          throw new InvalidParameterException(
              "costs", e.getKey() + " must cost more than 0 and at most " + MAX_BUDGET);
        }
        costs.put(t, e.getValue());
      }
    }
    int maxPerType = b.maxPerType() == null ? 0 : b.maxPerType();
    if (maxPerType < 0 || maxPerType > SitingController.MAX_K) {
      throw new InvalidParameterException(
          "maxPerType", "must be between 0 (no limit) and " + SitingController.MAX_K);
    }
    return new JointRequest(
        b.standard(),
        costs,
        maxPerType,
        phases,
        SitingParameters.facilitySet(b.facilities()),
        SitingParameters.timeLimit(b.timeLimitSeconds(), 30),
        SitingParameters.spacing(b.minSpacingMeters()));
  }

  private static double budget(String name, Double v) {
    if (v == null || !(v > 0) || v > MAX_BUDGET) {
      throw new InvalidParameterException(
          name, "a budget must be more than 0 and at most " + MAX_BUDGET + ", got " + v);
    }
    return v;
  }
}
