package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.CoverageService;
import cn.chegu.viewer.analysis.JointAnswer;
import cn.chegu.viewer.analysis.JointRecount;
import cn.chegu.viewer.analysis.JointRequest;
import cn.chegu.viewer.analysis.JointSitingService;
import cn.chegu.viewer.analysis.OutsideBoundary;
import cn.chegu.viewer.analysis.SitingJobs;
import cn.chegu.viewer.analysis.Timings;
import cn.chegu.viewer.facility.FacilityType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  private final JointRecount recount;
  private final SitingJobs jobs;

  private final CoverageService coverage;

  JointSitingController(
      JointSitingService joint, JointRecount recount, SitingJobs jobs, CoverageService coverage) {
    this.joint = joint;
    this.recount = recount;
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
      String jobId,
      List<String> types) {}

  /** A site of a joint answer as the client sends it back: phase is its phase's year, or null. */
  record SiteBody(String type, Double lon, Double lat, Integer phase) {}

  /** Sites of a joint answer (e.g. from a link) with the request that chose them. */
  record EvaluateBody(
      String standard,
      Double budget,
      Map<String, Double> costs,
      Integer year,
      String facilities,
      List<PhaseBody> phases,
      List<SiteBody> sites) {}

  /**
   * What {@code /api/siting/joint/evaluate} answers: the sites' figures, without a solve, and the
   * residents outside the boundary ({@code notes}/{@code notesZh}, per phase year when several).
   */
  record EvaluateView(
      String standard,
      String facilities,
      long newlyCoveredResidents,
      List<JointAnswer.Site> sites,
      List<JointAnswer.PhaseResult> phases,
      List<String> notes,
      List<String> notesZh,
      Map<String, Object> timings) {}

  /**
   * Counts given joint sites as a scenario of them counts (per phase, newly covered): what a link
   * or a reload shows for a joint answer whose solve is not repeated. No proof: there is no solve.
   */
  @PostMapping("/api/siting/joint/evaluate")
  @ComputesOnly
  EvaluateView evaluate(@RequestBody EvaluateBody body, HttpServletRequest http) {
    Timings timings = RequestClock.timings(http);
    JointRequest request =
        request(
            new Body(
                body.standard(),
                body.budget(),
                body.costs(),
                null,
                body.year(),
                body.facilities(),
                null,
                null,
                body.phases(),
                null,
                null,
                null));
    List<JointRecount.Placed> sites = sites(body.sites(), request);
    JointRecount.Count c =
        timings.phase(
            "evaluate",
            () -> recount.check(request.standard(), request.facilities(), request.phases(), sites));
    boolean phased = request.phases().size() > 1;
    List<JointAnswer.Site> out = new ArrayList<>();
    for (JointRecount.Placed p : sites) {
      out.add(
          new JointAnswer.Site(
              p.type().code(),
              p.lon(),
              p.lat(),
              p.cost(),
              phased ? request.phases().get(p.phase()).year().year() : null,
              0));
    }
    OutsideBoundary.Notes outside =
        coverage.outsideNotes(request.phases().stream().map(p -> p.year()).toList());
    return new EvaluateView(
        request.standard(),
        request.facilities().code(),
        c.newlyCoveredResidents(),
        out,
        c.phases(),
        outside.notes(),
        outside.notesZh(),
        timings.toMap());
  }

  /** The body's sites: a type, a point in range, and a phase year of the request (phased only). */
  static List<JointRecount.Placed> sites(List<SiteBody> body, JointRequest request) {
    if (body == null || body.isEmpty()) {
      throw new InvalidParameterException("sites", "required: [{type, lon, lat, phase?}, …]");
    }
    if (body.size() > SitingController.MAX_SITES) {
      throw new InvalidParameterException(
          "sites", "at most " + SitingController.MAX_SITES + ", got " + body.size());
    }
    List<JointRecount.Placed> out = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      SiteBody s = body.get(i);
      if (s == null || s.type() == null || s.lon() == null || s.lat() == null) {
        throw new InvalidParameterException("sites", "item " + i + " needs type, lon and lat");
      }
      FacilityType t;
      try {
        t = FacilityType.fromCode(s.type());
      } catch (IllegalArgumentException e) {
        throw new InvalidParameterException("sites", e.getMessage());
      }
      LonLat ll = CoverageParameters.lonLat(s.lon(), s.lat());
      out.add(
          new JointRecount.Placed(t, ll.lon(), ll.lat(), request.cost(t), phase(s, i, request)));
    }
    return out;
  }

  private static int phase(SiteBody s, int i, JointRequest request) {
    if (s.phase() == null) {
      if (request.phases().size() > 1) {
        throw new InvalidParameterException("sites", "item " + i + " needs its phase's year");
      }
      return 0;
    }
    for (int p = 0; p < request.phases().size(); p++) {
      if (request.phases().get(p).year().year() == s.phase()) {
        return p;
      }
    }
    throw new InvalidParameterException(
        "sites", "item " + i + ": phase " + s.phase() + " is not a phase's year");
  }

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
    Set<FacilityType> siteTypes = EnumSet.noneOf(FacilityType.class);
    if (b.types() != null) {
      if (b.types().isEmpty()) {
        throw new InvalidParameterException(
            "types", "name at least one type to build, or leave out");
      }
      for (String code : b.types()) {
        try {
          siteTypes.add(FacilityType.fromCode(code));
        } catch (IllegalArgumentException ex) {
          throw new InvalidParameterException("types", ex.getMessage());
        }
      }
    }
    return new JointRequest(
        b.standard(),
        costs,
        maxPerType,
        phases,
        SitingParameters.facilitySet(b.facilities()),
        SitingParameters.timeLimit(b.timeLimitSeconds(), 30),
        SitingParameters.spacing(b.minSpacingMeters()),
        siteTypes);
  }

  private static double budget(String name, Double v) {
    if (v == null || !(v > 0) || v > MAX_BUDGET) {
      throw new InvalidParameterException(
          name, "a budget must be more than 0 and at most " + MAX_BUDGET + ", got " + v);
    }
    return v;
  }
}
