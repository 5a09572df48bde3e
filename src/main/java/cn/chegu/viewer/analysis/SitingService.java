package cn.chegu.viewer.analysis;

import cn.chegu.viewer.access.AccessType;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.siting.CoverageSets;
import cn.chegu.viewer.siting.ExactSiting;
import cn.chegu.viewer.siting.GreedySiting;
import cn.chegu.viewer.siting.LscpProblem;
import cn.chegu.viewer.siting.MclpProblem;
import cn.chegu.viewer.siting.SiteRules;
import cn.chegu.viewer.siting.SitingResult;
import cn.chegu.viewer.siting.SitingStatus;
import cn.chegu.viewer.siting.SolveControl;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.stereotype.Service;

/**
 * Solves siting requests (MCLP, LSCP) over a prepared state of {@link SitingStates}: the complete
 * default candidates, less those the request's own land rules refuse (minimum spacing), or the
 * request's candidates, each of which must pass the land rules ({@link SiteRuleCheck}, 422
 * otherwise); the chosen sites are then evaluated by {@link SitingEvaluator}.
 */
@Service
public class SitingService {

  private final SitingStates states;
  private final SitingEvaluator evaluator;
  private final SiteRuleCheck rules;
  private final CapacitySiting capacity;

  public SitingService(
      SitingStates states,
      SitingEvaluator evaluator,
      SiteRuleCheck rules,
      CapacitySiting capacity) {
    this.states = states;
    this.evaluator = evaluator;
    this.rules = rules;
    this.capacity = capacity;
  }

  /** Solves a siting request; {@code control} carries its deadline and cancel switch. */
  public SitingAnswer site(SitingRequest request, Timings timings, SolveControl control) {
    return site(request, timings, control, new ExactSiting());
  }

  /**
   * As {@link #site(SitingRequest, Timings, SolveControl)} with the given exact solver for an exact
   * request (e.g. CBC alone, for a bench that times the whole request with either solver).
   */
  public SitingAnswer site(
      SitingRequest request, Timings timings, SolveControl control, ExactSiting exact) {
    ServiceStandard standard = states.singleType(request.standard());
    AccessType capacityType = request.capacity() == null ? null : CapacitySiting.typeOf(standard);
    SiteRules land = rules.rules(request.minSpacingMeters(), request.facilities());
    long matrixStop =
        System.nanoTime() + (long) (control.remainingNanos() * SitingStates.MATRIX_SHARE);
    int[] counts = {-1, -1}; // generated, reachable (complete set only)
    boolean[] complete = {true};
    PreparedSiting state =
        timings.phase(
            "prepare",
            () -> {
              if (request.candidates().isEmpty()) {
                SitingStates.Generated g =
                    states.generated(
                        standard,
                        request.year(),
                        request.facilities(),
                        timings,
                        control,
                        matrixStop);
                counts[0] = g.generated();
                counts[1] = g.reachable();
                complete[0] = g.complete();
                PreparedSiting all = g.state();
                return land.spacingMeters() > 0
                    ? all.keeping(j -> allowed(land, all.candidates.get(j), standard))
                    : all;
              }
              PreparedSiting base =
                  states.base(
                      standard, CoverageMethod.NETWORK, request.year(), request.facilities());
              List<Coordinate> given =
                  evaluator.metric(request.candidates(), "candidate", standard, land);
              return timings.phase("matrix", () -> base.withCandidates(given));
            });
    if (state.candidates.isEmpty()) {
      throw new UnsuitableRequestException(
          "no candidate sites: every resident is already covered, or no site passing the land"
              + " rules could reach anyone still uncovered");
    }
    CapacitySiting.Solved capacitated =
        capacityType == null
            ? null
            : timings.phase("solve", () -> capacity.solve(request, capacityType, state, control));
    SitingResult solved =
        capacitated != null
            ? capacitated.siting()
            : timings.phase(
                "solve", () -> solve(request, state.candidateSets, state, control, exact));
    // OPTIMAL is said over the complete set only: a solve over part of it is a feasible answer
    SitingResult result =
        complete[0] || solved.status() != SitingStatus.OPTIMAL ? solved : feasible(solved);
    int[] chosen = result.sites().stream().mapToInt(SitingResult.Site::candidate).toArray();
    Evaluation evaluation =
        timings.phase("evaluate", () -> evaluator.evaluateCandidates(state, chosen, null));
    List<Coordinate> chosenPoints = new ArrayList<>();
    for (int j : chosen) {
      chosenPoints.add(state.candidates.get(j));
    }
    CapacityAnswer capacityAnswer =
        capacitated == null
            ? null
            : timings.phase(
                "capacity",
                () ->
                    capacity.answer(
                        request,
                        capacityType,
                        standard,
                        capacitated,
                        chosenPoints,
                        evaluation,
                        timings));
    int generated = counts[0] < 0 ? state.candidates.size() : counts[0];
    String note =
        complete[0]
            ? null
            : "time limit: the prepared state was still being built, so this solve chose among the "
                + state.candidates.size()
                + " of "
                + counts[1]
                + " candidates that could cover someone new (status FEASIBLE, bound over those"
                + " only); the rest are being built in the background and later calls use all of"
                + " them";
    SitingAnswer.Candidates candidates =
        new SitingAnswer.Candidates(
            counts[0] < 0 ? SitingAnswer.Candidates.GIVEN : SitingAnswer.Candidates.COMPLETE,
            generated,
            result.modelSize() == null
                ? state.candidates.size()
                : result.modelSize().candidatesKept(),
            state.candidates.size(),
            complete[0]);
    return new SitingAnswer(
        evaluation,
        state.candidates.size(),
        generated,
        candidates,
        note,
        result,
        request.facilities(),
        request.year(),
        land.stated(),
        capacityAnswer);
  }

  /** Whether a new site of the standard may stand at c (spacing to each of its types). */
  static boolean allowed(SiteRules land, Coordinate c, ServiceStandard standard) {
    for (FacilityType t : standard.types()) {
      if (land.refusal(c, t.code()) != null) {
        return false;
      }
    }
    return true;
  }

  private static SitingResult feasible(SitingResult solved) {
    return new SitingResult(
        solved.sites(),
        solved.newlyCoveredResidents(),
        solved.alreadyCoveredResidents(),
        solved.totalResidents(),
        SitingStatus.FEASIBLE,
        solved.objective(),
        solved.bound(),
        solved.gap(),
        solved.solveMillis(),
        solved.method(),
        solved.modelSize());
  }

  private static SitingResult solve(
      SitingRequest r,
      CoverageSets sets,
      PreparedSiting state,
      SolveControl control,
      ExactSiting exact) {
    if (r.objective() == SitingRequest.Objective.MCLP) {
      MclpProblem p = new MclpProblem(sets, state.weights, state.already, r.k());
      return r.exact() ? exact.solve(p, control) : new GreedySiting().solve(p);
    }
    LscpProblem p = new LscpProblem(sets, state.weights, state.already, r.targetShare());
    return r.exact() ? exact.solve(p, control) : new GreedySiting().solve(p);
  }
}
