package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.CoverageService;
import cn.chegu.viewer.analysis.Evaluation;
import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.analysis.SitingAnswer;
import cn.chegu.viewer.analysis.SitingJobs;
import cn.chegu.viewer.analysis.SitingRequest;
import cn.chegu.viewer.analysis.SitingService;
import cn.chegu.viewer.analysis.Timings;
import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.siting.SolveControl;
import cn.chegu.viewer.store.StoredFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
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
  static final int MAX_TIME_LIMIT_SECONDS = 60;

  /** The smallest time limit accepted: below it nothing useful can run. */
  static final double MIN_TIME_LIMIT_SECONDS = 0.1;

  private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

  private final SitingService siting;
  private final SitingJobs jobs;

  SitingController(SitingService siting, SitingJobs jobs) {
    this.siting = siting;
    this.jobs = jobs;
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
      String jobId) {}

  /** The body of an evaluate call. */
  record EvaluateBody(
      String standard, String method, Integer year, String facilities, List<List<Double>> sites) {}

  @PostMapping("/api/siting")
  @ComputesOnly
  SitingResponse site(
      @RequestBody Body body, HttpServletRequest http, HttpServletResponse response) {
    Timings timings = RequestClock.timings(http);
    SitingRequest request = request(body);
    String jobId = jobId(body.jobId());
    long deadline =
        System.nanoTime() + request.timeLimit().toNanos() - timings.totalMillis() * 1_000_000;
    SolveControl control = SolveControl.until(deadline);
    if (!jobs.start(JobOwner.of(http), jobId, control)) {
      throw new InvalidParameterException("jobId", "a job " + jobId + " is already running");
    }
    response.setHeader("X-Job-Id", jobId);
    SitingAnswer a;
    try {
      a = siting.site(request, timings, control);
    } finally {
      jobs.finish(JobOwner.of(http), jobId, control);
    }
    return SitingResponse.of(a, control.cancelled(), jobId, timings.toMap());
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
    PopulationYear year =
        CoverageParameters.year(String.valueOf(body.year() == null ? 2020 : body.year()));
    if (body.sites() != null && body.sites().size() > MAX_SITES) {
      throw new InvalidParameterException(
          "sites", "at most " + MAX_SITES + " points, got " + body.sites().size());
    }
    List<double[]> sites = points("sites", body.sites());
    Evaluation e =
        siting.evaluate(
            body.standard(), method, year, facilitySet(body.facilities()), sites, timings);
    ObjectNode areas = timings.phase("serialise", () -> serviceAreas(e));
    ObjectNode left = timings.phase("serialise", () -> gaps(e));
    return EvaluationView.of(e, areas, left, timings.summary());
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

  /** A client's job id, checked. */
  static String jobIdOf(String given) {
    return jobId(given);
  }

  private static String jobId(String given) {
    if (given == null || given.isBlank()) {
      return UUID.randomUUID().toString();
    }
    if (!JOB_ID.matcher(given).matches()) {
      throw new InvalidParameterException(
          "jobId", "8 to 64 letters, digits, '-' or '_', got '" + given + "'");
    }
    return given;
  }

  private static FacilitySet facilitySet(String code) {
    try {
      return code == null ? FacilitySet.EXISTING : FacilitySet.of(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("facilities", e.getMessage());
    }
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
    double seconds = b.timeLimitSeconds() == null ? 10 : b.timeLimitSeconds();
    if (!(seconds >= MIN_TIME_LIMIT_SECONDS && seconds <= MAX_TIME_LIMIT_SECONDS)) {
      throw new InvalidParameterException(
          "timeLimitSeconds",
          "must be in ["
              + MIN_TIME_LIMIT_SECONDS
              + ", "
              + MAX_TIME_LIMIT_SECONDS
              + "], got "
              + seconds);
    }
    PopulationYear year =
        CoverageParameters.year(String.valueOf(b.year() == null ? 2020 : b.year()));
    return new SitingRequest(
        b.standard(),
        objective,
        k,
        target,
        candidates(b.candidates()),
        exact,
        Duration.ofMillis(Math.round(seconds * 1000)),
        year,
        facilitySet(b.facilities()));
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
