package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.CapacitySiting;
import cn.chegu.viewer.analysis.CoverageService;
import cn.chegu.viewer.analysis.Evaluation;
import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.analysis.SitingEvaluator;
import cn.chegu.viewer.analysis.SitingJobs;
import cn.chegu.viewer.analysis.SitingRequest;
import cn.chegu.viewer.analysis.SitingService;
import cn.chegu.viewer.analysis.Timings;
import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.store.StoredFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proposes new sites: MCLP (k sites covering the most residents still outside the circle) or LSCP
 * (fewest sites reaching a target share); evaluates any set of sites the same way (the live siting
 * panel calls it after every drag). Computes only; saving the sites is a scenario. Every answer
 * carries {@code timings} from the request's arrival; a solve can be cancelled by its job id.
 */
@RestController
class SitingController {

  static final int MAX_K = 50;
  static final int MAX_CANDIDATES = 5_000;
  static final int MAX_SITES = 50;

  private final SitingService siting;
  private final SitingEvaluator evaluator;
  private final SitingJobs jobs;

  private final CoverageService coverage;

  SitingController(
      SitingService siting, SitingEvaluator evaluator, SitingJobs jobs, CoverageService coverage) {
    this.siting = siting;
    this.evaluator = evaluator;
    this.jobs = jobs;
    this.coverage = coverage;
  }

  /** The request body; numbers are checked in {@link #request}. */
  record Body(
      String standard,
      String objective,
      Integer k,
      Double targetShare,
      List<List<Double>> candidates,
      String method,
      Double timeLimitSeconds,
      Integer year,
      String facilities,
      Double minSpacingMeters,
      String jobId,
      CapacityBody capacity) {}

  /** MCLP with a capacity per new site, in the unit of the standard's type (beds, places). */
  record CapacityBody(Double perSite) {}

  /** The body of an evaluate call. */
  record EvaluateBody(
      String standard,
      String method,
      Integer year,
      String facilities,
      Double minSpacingMeters,
      List<List<Double>> sites) {}

  @PostMapping("/api/siting")
  @ComputesOnly
  SitingResponse site(
      @RequestBody Body body, HttpServletRequest http, HttpServletResponse response) {
    Timings timings = RequestClock.timings(http);
    SitingRequest request = request(body);
    SolveJob job = SolveJob.start(jobs, body.jobId(), request.timeLimit(), http, response);
    var answer = job.run(control -> siting.site(request, timings, control));
    return SitingResponse.of(
        answer,
        coverage.outsideNotes(List.of(request.year())),
        job.cancelled(),
        job.id(),
        timings.toMap());
  }

  /**
   * The siting answer's numbers for any sites: shares, marginal gains, the per-area table, the
   * sites' service areas and the gaps left — everything the panel redraws after a drag.
   */
  @PostMapping("/api/siting/evaluate")
  @ComputesOnly
  EvaluationView evaluate(@RequestBody EvaluateBody body, HttpServletRequest http) {
    Timings timings = RequestClock.timings(http);
    if (body.standard() == null || body.standard().isBlank()) {
      throw new InvalidParameterException("standard", "required, e.g. health15");
    }
    CoverageMethod method =
        CoverageParameters.method(body.method() == null ? "network" : body.method());
    PopulationYear year = SitingParameters.year(body.year());
    if (body.sites() != null && body.sites().size() > MAX_SITES) {
      throw new InvalidParameterException(
          "sites", "at most " + MAX_SITES + " points, got " + body.sites().size());
    }
    List<double[]> sites = points("sites", body.sites());
    Evaluation e =
        evaluator.evaluate(
            body.standard(),
            method,
            year,
            SitingParameters.facilitySet(body.facilities()),
            sites,
            SitingParameters.spacing(body.minSpacingMeters()),
            timings);
    ObjectNode areas = timings.phase("serialise", () -> serviceAreas(e));
    ObjectNode left = timings.phase("serialise", () -> gaps(e));
    return EvaluationView.of(
        e, areas, left, coverage.outsideNotes(List.of(year)), timings.summary());
  }

  /** Stops a running siting solve; it answers at once with the best it has. */
  @DeleteMapping("/api/jobs/{id}")
  ResponseEntity<Void> cancel(@PathVariable String id, HttpServletRequest http) {
    return jobs.cancel(JobOwner.of(http), id)
        ? ResponseEntity.noContent().build()
        : ResponseEntity.notFound().build();
  }

  private static ObjectNode serviceAreas(Evaluation e) {
    List<StoredFeature> features = new ArrayList<>();
    if (e.serviceArea() != null && !e.serviceArea().isEmpty()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("standard", e.standard());
      p.put("method", e.method().code());
      p.put("sites", e.sites().size());
      p.put("minutes", e.standardMinutes());
      features.add(
          new StoredFeature(
              "siting-service-areas",
              e.standard() + "-sites",
              AreaScope.current().projection().toLonLat(e.serviceArea()),
              p));
    }
    return GeoJsonFeatures.collection(features);
  }

  private static ObjectNode gaps(Evaluation e) {
    List<StoredFeature> features = new ArrayList<>();
    for (Evaluation.GapLeft g : e.gaps()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("rank", g.rank());
      p.put("residents", g.residents());
      p.put("cells", g.cells());
      p.put("area", g.area());
      p.put(
          "source",
          "modelled population; residents left uncovered in the sub-district; drawn: its"
              + " uncovered cells of at least "
              + CoverageService.DEFAULT_MIN_CELL_RESIDENTS
              + " residents");
      features.add(
          new StoredFeature(
              "siting-gaps",
              "gap-" + g.rank(),
              AreaScope.current().projection().toLonLat(g.geometry()),
              p));
    }
    return GeoJsonFeatures.collection(features);
  }

  static SitingRequest request(Body b) {
    if (b.standard() == null || b.standard().isBlank()) {
      throw new InvalidParameterException("standard", "required, e.g. health15");
    }
    SitingRequest.Objective objective =
        switch (b.objective() == null ? "mclp" : b.objective()) {
          case "mclp" -> SitingRequest.Objective.MCLP;
          case "lscp" -> SitingRequest.Objective.LSCP;
          default ->
              throw new InvalidParameterException(
                  "objective", "must be mclp or lscp, got '" + b.objective() + "'");
        };
    int k = 0;
    double target = 0;
    if (objective == SitingRequest.Objective.MCLP) {
      k = b.k() == null ? 3 : b.k();
      if (k < 1 || k > MAX_K) {
        throw new InvalidParameterException("k", "must be between 1 and " + MAX_K + ", got " + k);
      }
    } else {
      if (b.targetShare() == null || !(b.targetShare() > 0 && b.targetShare() <= 1)) {
        throw new InvalidParameterException(
            "targetShare", "lscp needs a share in (0, 1], e.g. 0.95; got " + b.targetShare());
      }
      target = b.targetShare();
    }
    boolean exact =
        switch (b.method() == null ? "exact" : b.method()) {
          case "exact" -> true;
          case "greedy" -> false;
          default ->
              throw new InvalidParameterException(
                  "method", "must be exact or greedy, got '" + b.method() + "'");
        };
    return new SitingRequest(
        b.standard(),
        objective,
        k,
        target,
        candidates(b.candidates()),
        exact,
        SitingParameters.timeLimit(b.timeLimitSeconds(), 10),
        SitingParameters.year(b.year()),
        SitingParameters.facilitySet(b.facilities()),
        SitingParameters.spacing(b.minSpacingMeters()),
        capacity(b.capacity(), objective));
  }

  private static SitingRequest.Capacity capacity(
      CapacityBody given, SitingRequest.Objective objective) {
    if (given == null) {
      return null;
    }
    if (objective != SitingRequest.Objective.MCLP) {
      throw new InvalidParameterException(
          "capacity", "a capacity per site is for objective mclp only");
    }
    Double c = given.perSite();
    if (c == null || !(c > 0 && c <= CapacitySiting.MAX_PER_SITE)) {
      throw new InvalidParameterException(
          "capacity.perSite",
          "must be in (0, "
              + (long) CapacitySiting.MAX_PER_SITE
              + "] beds or places per new site, got "
              + c);
    }
    return new SitingRequest.Capacity(c);
  }

  private static List<double[]> candidates(List<List<Double>> given) {
    if (given != null && given.size() > MAX_CANDIDATES) {
      throw new InvalidParameterException(
          "candidates", "at most " + MAX_CANDIDATES + " points, got " + given.size());
    }
    return points("candidates", given);
  }

  private static List<double[]> points(String name, List<List<Double>> given) {
    if (given == null) {
      return List.of();
    }
    List<double[]> out = new ArrayList<>(given.size());
    for (int i = 0; i < given.size(); i++) {
      List<Double> p = given.get(i);
      if (p == null || p.size() != 2 || p.get(0) == null || p.get(1) == null) {
        throw new InvalidParameterException(name, "item " + i + " must be [lon, lat]");
      }
      LonLat ll = CoverageParameters.lonLat(p.get(0), p.get(1));
      out.add(new double[] {ll.lon(), ll.lat()});
    }
    return out;
  }
}
