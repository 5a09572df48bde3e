package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.analysis.SitingAnswer;
import cn.chegu.viewer.analysis.SitingRequest;
import cn.chegu.viewer.analysis.SitingService;
import cn.chegu.viewer.analysis.ZoneCheck;
import cn.chegu.viewer.siting.SitingResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proposes new sites: MCLP (k sites covering the most residents still outside the circle) or LSCP
 * (fewest sites reaching a target share). Computes only; saving the sites is a scenario.
 */
@RestController
class SitingController {

  static final int MAX_K = 50;
  static final int MAX_CANDIDATES = 5_000;
  static final int MAX_TIME_LIMIT_SECONDS = 60;

  /** Shorter limits cannot even build the model: refused rather than failing inside the solver. */
  static final double MIN_TIME_LIMIT_SECONDS = 0.1;

  private final SitingService siting;
  private final ZoneCheck zone;

  SitingController(SitingService siting, ZoneCheck zone) {
    this.siting = siting;
    this.zone = zone;
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
      Integer year) {}

  /** The answer, as the API contract names it. */
  record Answer(
      List<SitingAnswer.Site> sites,
      long newlyCoveredResidents,
      double shareBefore,
      double shareAfter,
      String status,
      double objective,
      double bound,
      double gap,
      long solveMillis,
      String method,
      int candidatesConsidered,
      SitingResult.ModelSize model) {}

  @PostMapping("/api/siting")
  Answer site(@RequestBody Body body) {
    SitingRequest request = request(body);
    for (int i = 0; i < request.candidates().size(); i++) {
      double[] c = request.candidates().get(i);
      zone.require("candidates item " + i, c[0], c[1]);
    }
    SitingAnswer a = siting.site(request);
    SitingResult r = a.result();
    return new Answer(
        a.sites(),
        r.newlyCoveredResidents(),
        round4(r.shareBefore()),
        round4(r.shareAfter()),
        r.status().name(),
        r.objective(),
        r.bound(),
        round4(r.gap()),
        r.solveMillis(),
        r.method().name().toLowerCase(Locale.ROOT),
        a.candidatesConsidered(),
        r.modelSize());
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
          "must be from "
              + MIN_TIME_LIMIT_SECONDS
              + " to "
              + MAX_TIME_LIMIT_SECONDS
              + ", got "
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
        year);
  }

  private static List<double[]> candidates(List<List<Double>> given) {
    if (given == null) {
      return List.of();
    }
    if (given.size() > MAX_CANDIDATES) {
      throw new InvalidParameterException(
          "candidates", "at most " + MAX_CANDIDATES + " points, got " + given.size());
    }
    List<double[]> out = new ArrayList<>(given.size());
    for (int i = 0; i < given.size(); i++) {
      List<Double> p = given.get(i);
      if (p == null || p.size() != 2 || p.get(0) == null || p.get(1) == null) {
        throw new InvalidParameterException("candidates", "item " + i + " must be [lon, lat]");
      }
      LonLat ll = CoverageParameters.lonLat(p.get(0), p.get(1));
      out.add(new double[] {ll.lon(), ll.lat()});
    }
    return out;
  }

  private static double round4(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
