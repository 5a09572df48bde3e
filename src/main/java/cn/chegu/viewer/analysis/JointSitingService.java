package cn.chegu.viewer.analysis;

import cn.chegu.viewer.coverage.CellCoverage;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.siting.JointProblem;
import cn.chegu.viewer.siting.JointSiting;
import cn.chegu.viewer.siting.SiteRules;
import cn.chegu.viewer.siting.SitingStatus;
import cn.chegu.viewer.siting.SolveControl;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.stereotype.Service;

/**
 * Joint and phased siting over the complete default candidates of {@link SitingStates}: builds the
 * {@link JointProblem} (who lacks which type, who each candidate reaches, residents per phase),
 * solves it as one MIP ({@link JointSiting}), and recomputes coverage with the chosen sites added —
 * the same computation a scenario of them gets — so the answer's {@code newlyCoveredResidents} is
 * what the scenario will show.
 */
@Service
public class JointSitingService {

  /** Share of the time limit the separate per-type comparison may use, at most. */
  static final double SEPARATE_SHARE = 0.3;

  /** Share of the time limit kept for the answer before any answer time was observed. */
  static final double FIRST_ANSWER_SHARE = 0.15;

  /** Last observed answer times (nanoseconds) by standard, facility set and phase count. */
  private final Map<String, Long> answerTimes = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * How late the solvers handed back after their stop, last observed (nanoseconds), by the same
   * key: a greedy start always finishes and an abandoned native solve returns at its next check, so
   * the solvers' stop is moved earlier by this much ({@link #lateness}).
   */
  private final Map<String, Long> solverLateness = new java.util.concurrent.ConcurrentHashMap<>();

  private final CoverageService coverage;
  private final SitingStates siting;
  private final SiteRuleCheck rules;
  private final JointRecount recount;

  public JointSitingService(
      CoverageService coverage, SitingStates siting, SiteRuleCheck rules, JointRecount recount) {
    this.coverage = coverage;
    this.siting = siting;
    this.rules = rules;
    this.recount = recount;
  }

  /** Solves a joint request; {@code control} carries its deadline and cancel switch. */
  public JointAnswer site(JointRequest r, Timings timings, SolveControl control) {
    ServiceStandard standard = coverage.standards().get(r.standard());
    List<FacilityType> types = standard.types().stream().sorted().toList();
    for (FacilityType t : r.costs().keySet()) {
      if (!types.contains(t)) {
        throw new UnsuitableRequestException(
            "costs: " + t.code() + " is not a type of " + standard.code() + " " + typeCodes(types));
      }
    }
    for (FacilityType t : r.siteTypes()) {
      if (!types.contains(t)) {
        throw new UnsuitableRequestException(
            "types: " + t.code() + " is not a type of " + standard.code() + " " + typeCodes(types));
      }
    }
    PopulationYear first = r.phases().get(0).year();
    long matrixStop =
        System.nanoTime() + (long) (control.remainingNanos() * SitingStates.MATRIX_SHARE);
    SitingStates.Generated g =
        timings.phase(
            "prepare",
            () -> siting.generated(standard, first, r.facilities(), timings, control, matrixStop));
    PreparedSiting state = g.state();
    boolean anyType = standard.rule() == ServiceStandard.Rule.ANY_TYPE;
    List<int[]> missing = missing(state, types, anyType);
    List<int[]> covering = covering(state);
    List<long[]> weights = weights(state.cells, r.phases());
    double[] cost = types.stream().mapToDouble(r::cost).toArray();
    double[] budget = r.phases().stream().mapToDouble(JointRequest.Phase::budget).toArray();
    SiteRules land = rules.rules(r.minSpacingMeters(), r.facilities());
    JointProblem problem =
        new JointProblem(
            state.candidates.size(),
            covering,
            missing,
            weights,
            anyType,
            cost,
            budget,
            r.maxPerType(),
            forbidden(land, state, types, r));
    // the time limit covers the whole request: the answer's coverage recompute is kept out of
    // the solvers' time
    String answerKey = standard.code() + "/" + r.facilities() + "/" + r.phases().size();
    long now = System.nanoTime();
    long remaining = control.remainingNanos();
    long workStop =
        now
            + remaining
            - answerReserve(answerTimes.get(answerKey), remaining)
            - Math.min(solverLateness.getOrDefault(answerKey, 0L), remaining / 4);
    long separateStop =
        types.stream().filter(r::builds).count() < 2
            ? workStop
            : now + (long) ((workStop - now) * (1 - SEPARATE_SHARE));
    JointSiting.Result res =
        timings.phase(
            "solve", () -> new JointSiting().solve(problem, control.sooner(separateStop)));
    JointAnswer.Separate separate =
        types.stream().filter(r::builds).count() < 2
            ? null
            : timings.phase(
                "separate",
                () -> separate(problem, state, types, r, control.sooner(workStop), budget));
    long answerStart = System.nanoTime();
    solverLateness.merge(
        answerKey, Math.max(0, answerStart - workStop), JointSitingService::lateness);
    JointAnswer answer =
        timings.phase("evaluate", () -> answer(r, standard, types, state, g, res, separate, land));
    answerTimes.put(answerKey, System.nanoTime() - answerStart);
    return answer;
  }

  /**
   * Time kept back from the solvers for the answer (the coverage recompute of every phase and the
   * sites' gains): the last observed answer time of the same standard, facility set and phase count
   * plus a quarter and 150 ms, or {@link #FIRST_ANSWER_SHARE} of the limit before any was observed;
   * at most half of the time left.
   */
  static long answerReserve(Long observedNanos, long remainingNanos) {
    long reserve =
        observedNanos == null
            ? (long) (remainingNanos * FIRST_ANSWER_SHARE)
            : observedNanos + observedNanos / 4 + 150_000_000L;
    return Math.min(reserve, remainingNanos / 2);
  }

  /**
   * The lateness kept for the next request: the new observation, or half the old one when that is
   * more (so one slow call is not forgotten at once, nor kept for ever).
   */
  static long lateness(long old, long observed) {
    return Math.max(observed, old / 2);
  }

  /**
   * Per type, the candidates a site of that type may not use: all of them for a type the request
   * does not build, else those the land rules refuse (spacing only).
   */
  private static List<BitSet> forbidden(
      SiteRules land, PreparedSiting state, List<FacilityType> types, JointRequest r) {
    if (land.spacingMeters() <= 0 && types.stream().allMatch(r::builds)) {
      return List.of();
    }
    List<BitSet> out = new ArrayList<>();
    for (FacilityType t : types) {
      BitSet no = new BitSet(state.candidates.size());
      if (!r.builds(t)) {
        no.set(0, state.candidates.size());
        out.add(no);
        continue;
      }
      for (int j = 0; j < state.candidates.size() && land.spacingMeters() > 0; j++) {
        if (land.refusal(state.candidates.get(j), t.code()) != null) {
          no.set(j);
        }
      }
      out.add(no);
    }
    return out;
  }

  private JointAnswer answer(
      JointRequest r,
      ServiceStandard standard,
      List<FacilityType> types,
      PreparedSiting state,
      SitingStates.Generated g,
      JointSiting.Result res,
      JointAnswer.Separate separate,
      SiteRules land) {
    boolean phased = r.phases().size() > 1;
    List<JointRecount.Placed> placed = new ArrayList<>();
    for (JointSiting.Site s : res.sites()) {
      Coordinate c = state.candidates.get(s.candidate());
      Coordinate ll = coverage.data().projection().toLonLat(c.x, c.y);
      FacilityType t = types.get(s.type());
      placed.add(new JointRecount.Placed(t, ll.x, ll.y, r.cost(t), s.phase()));
    }
    JointRecount.Count count = recount.count(standard, r.facilities(), r.phases(), placed);
    long[] gains = gains(state, res.sites(), types.size(), standard, r);
    List<JointAnswer.Site> sites = new ArrayList<>();
    for (int k = 0; k < placed.size(); k++) {
      JointRecount.Placed f = placed.get(k);
      sites.add(
          new JointAnswer.Site(
              f.type().code(),
              f.lon(),
              f.lat(),
              f.cost(),
              phased ? r.phases().get(f.phase()).year().year() : null,
              gains[k]));
    }
    boolean complete = g.complete();
    SitingStatus status =
        res.status() == SitingStatus.OPTIMAL && !complete ? SitingStatus.FEASIBLE : res.status();
    String note =
        !complete
            ? "time limit: the complete candidate set was still being built; this answer chose"
                + " among the "
                + state.candidates.size()
                + " of "
                + g.reachable()
                + " candidates ready"
            : status == SitingStatus.OPTIMAL ? null : "time limit: not proven; see bound and gap";
    return new JointAnswer(
        standard.code(),
        r.facilities().code(),
        status,
        res.objective(),
        res.bound(),
        Math.round(res.gap() * 10_000) / 10_000.0,
        count.newlyCoveredResidents(),
        sites,
        separate,
        count.phases(),
        new SitingAnswer.Candidates(
            SitingAnswer.Candidates.COMPLETE,
            g.generated(),
            res.sitesKept(),
            state.candidates.size(),
            complete),
        res.pairsKept(),
        res.solveMillis(),
        note,
        land.stated());
  }

  /**
   * Each type on its own: the budget of every phase split evenly between the types, each type sited
   * by the same model for the cells lacking it, the union then evaluated jointly.
   */
  private JointAnswer.Separate separate(
      JointProblem joint,
      PreparedSiting state,
      List<FacilityType> types,
      JointRequest r,
      SolveControl control,
      double[] budget) {
    List<JointSiting.Site> union = new ArrayList<>();
    int typesBuilt = (int) types.stream().filter(r::builds).count();
    int typesDone = 0;
    for (int t = 0; t < types.size(); t++) {
      if (control.stopped()) {
        return null;
      }
      if (!r.builds(types.get(t))) {
        continue;
      }
      double[] share = new double[budget.length];
      for (int p = 0; p < budget.length; p++) {
        share[p] = budget[p] / typesBuilt;
      }
      List<int[]> missing = new ArrayList<>();
      for (int i = 0; i < joint.demandCount(); i++) {
        boolean lacks = false;
        for (int m : joint.missing().get(i)) {
          lacks |= m == t;
        }
        missing.add(lacks ? new int[] {t} : new int[0]);
      }
      JointProblem one =
          new JointProblem(
              joint.candidateCount(),
              joint.covering(),
              missing,
              joint.weights(),
              false,
              joint.typeCost(),
              share,
              joint.maxPerType(),
              joint.forbidden());
      long left = control.remainingNanos() / (typesBuilt - typesDone++);
      JointSiting.Result res =
          new JointSiting().solve(one, control.sooner(System.nanoTime() + left));
      union.addAll(res.sites());
    }
    double objective = 0;
    long lastNew = 0;
    for (int p = 0; p < budget.length; p++) {
      List<JointSiting.Site> built = new ArrayList<>();
      for (JointSiting.Site s : union) {
        if (s.phase() <= p) {
          built.add(s);
        }
      }
      BitSet done = complete(state, built, types.size(), joint.anyType(), joint.missing());
      long sum = 0;
      for (int i = done.nextSetBit(0); i >= 0; i = done.nextSetBit(i + 1)) {
        sum += joint.weights().get(i)[p];
      }
      objective += sum;
      lastNew = sum;
    }
    return new JointAnswer.Separate(
        objective,
        lastNew,
        "each type on its own, the budget of every phase split evenly between the "
            + typesBuilt
            + " types built; evaluated jointly");
  }

  /** Cells the sites make complete (of those lacking something), by the candidates' columns. */
  private static BitSet complete(
      PreparedSiting state,
      List<JointSiting.Site> sites,
      int typeCount,
      boolean anyType,
      List<int[]> missing) {
    BitSet[] byType = new BitSet[typeCount];
    for (int t = 0; t < typeCount; t++) {
      byType[t] = new BitSet(state.cells.size());
    }
    for (JointSiting.Site s : sites) {
      byType[s.type()].or(state.coversCandidate(s.candidate()));
    }
    BitSet out = new BitSet(state.cells.size());
    for (int i = 0; i < state.cells.size(); i++) {
      int[] m = missing.get(i);
      if (m.length == 0) {
        continue;
      }
      boolean ok = !anyType;
      for (int t : m) {
        ok = anyType ? ok || byType[t].get(i) : ok && byType[t].get(i);
      }
      if (ok) {
        out.set(i);
      }
    }
    return out;
  }

  /**
   * Per site, the last phase's residents who would not be complete without it (all sites built), by
   * the candidates' columns.
   */
  private long[] gains(
      PreparedSiting state,
      List<JointSiting.Site> sites,
      int typeCount,
      ServiceStandard standard,
      JointRequest r) {
    boolean anyType = standard.rule() == ServiceStandard.Rule.ANY_TYPE;
    List<FacilityType> types = standard.types().stream().sorted().toList();
    List<int[]> missing = missing(state, types, anyType);
    List<long[]> w = weights(state.cells, r.phases());
    int last = r.phases().size() - 1;
    BitSet all = complete(state, sites, typeCount, anyType, missing);
    long[] out = new long[sites.size()];
    for (int k = 0; k < sites.size(); k++) {
      List<JointSiting.Site> without = new ArrayList<>(sites);
      without.remove(k);
      BitSet lost = (BitSet) all.clone();
      lost.andNot(complete(state, without, typeCount, anyType, missing));
      for (int i = lost.nextSetBit(0); i >= 0; i = lost.nextSetBit(i + 1)) {
        out[k] += w.get(i)[last];
      }
    }
    return out;
  }

  /** Per cell, the indices of the types it lacks today (any-type: all, when uncovered). */
  private static List<int[]> missing(
      PreparedSiting state, List<FacilityType> types, boolean anyType) {
    List<CellCoverage> base = state.baseline.cells();
    List<int[]> out = new ArrayList<>(base.size());
    int[] all = new int[types.size()];
    for (int t = 0; t < all.length; t++) {
      all[t] = t;
    }
    for (CellCoverage c : base) {
      if (c.covered()) {
        out.add(new int[0]);
      } else if (anyType) {
        out.add(all);
      } else {
        out.add(c.missingTypes().stream().mapToInt(types::indexOf).filter(t -> t >= 0).toArray());
      }
    }
    return out;
  }

  /** Per cell, the candidates reaching it within the standard. */
  private static List<int[]> covering(PreparedSiting state) {
    List<int[]> out = new ArrayList<>(state.cells.size());
    for (int i = 0; i < state.cells.size(); i++) {
      out.add(state.candidateSets.candidatesCovering(i));
    }
    return out;
  }

  /** Per cell, its residents in each phase's year (matched by cell id). */
  private List<long[]> weights(List<DemandCell> cells, List<JointRequest.Phase> phases) {
    List<Map<String, Long>> byYear = new ArrayList<>();
    for (JointRequest.Phase p : phases) {
      Map<String, Long> m = new HashMap<>();
      for (DemandCell c : coverage.data().cells().get(p.year())) {
        m.put(c.id(), c.residents());
      }
      byYear.add(m);
    }
    List<long[]> out = new ArrayList<>(cells.size());
    for (DemandCell c : cells) {
      long[] w = new long[phases.size()];
      for (int p = 0; p < w.length; p++) {
        w[p] = byYear.get(p).getOrDefault(c.id(), 0L);
      }
      out.add(w);
    }
    return out;
  }

  private static List<String> typeCodes(List<FacilityType> types) {
    return types.stream().map(FacilityType::code).toList();
  }
}
