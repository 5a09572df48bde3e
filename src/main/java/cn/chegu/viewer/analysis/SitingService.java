package cn.chegu.viewer.analysis;

import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.CoverageModel;
import cn.chegu.viewer.coverage.CoverageResult;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.coverage.ServiceAreas;
import cn.chegu.viewer.coverage.ServicePoint;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.network.Attachment;
import cn.chegu.viewer.network.EdgeLocator;
import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.ServiceArea;
import cn.chegu.viewer.siting.CostMatrix;
import cn.chegu.viewer.siting.CoverageSets;
import cn.chegu.viewer.siting.ExactSiting;
import cn.chegu.viewer.siting.GreedySiting;
import cn.chegu.viewer.siting.LscpProblem;
import cn.chegu.viewer.siting.MclpProblem;
import cn.chegu.viewer.siting.SitingResult;
import cn.chegu.viewer.siting.SitingStatus;
import cn.chegu.viewer.siting.SolveControl;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.stereotype.Service;

/**
 * Siting over the sample. Per (standard, method, year, facility set, data version) a {@link
 * PreparedSiting} — demand cells, the baseline coverage of the set's facilities (they stay fixed),
 * candidates generated in its gaps and their network coverage sets — is built once and kept in a
 * bounded cache that the store's change event invalidates ({@link CoverageService#layersChanged});
 * a siting call then costs its solve, an evaluate call a shortest-path tree per site. Sites and
 * candidates in water or outside the zone are refused ({@link UnsuitableSiteException}); generated
 * candidates never fall there.
 */
@Service
public class SitingService {

  /** Prepared states kept at most (each holds a coverage matrix of a few MB). */
  static final int MAX_PREPARED = 24;

  private final CoverageService coverage;

  private final BoundedCache<PreparedSiting.Key, PreparedSiting> bases =
      new BoundedCache<>(MAX_PREPARED);
  private final BoundedCache<PreparedSiting.Key, SitingBuild> generated =
      new BoundedCache<>(MAX_PREPARED);

  /**
   * Share of a solve's time limit that a cold call may spend on matrix columns before it solves
   * over the candidates done so far (the rest is left to the solve, evaluation and answer).
   */
  static final double MATRIX_SHARE = 0.5;

  /** Finishes generated states in the background, one at a time. */
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "siting-prepare");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
          });

  private volatile long version = -1;

  /**
   * Cells attached to a graph's edges usable by a mode (the locator, by identity) within a snap
   * distance.
   */
  private record Located(EdgeLocator locator, List<DemandCell> cells, double snapMaxMeters) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Located l
          && l.locator == locator
          && l.cells == cells
          && l.snapMaxMeters == snapMaxMeters;
    }

    @Override
    public int hashCode() {
      return (System.identityHashCode(locator) * 31 + System.identityHashCode(cells)) * 31
          + Double.hashCode(snapMaxMeters);
    }
  }

  /** Cell locations shared by the standards of one mode (few graphs × modes × years). */
  private final Map<Located, Attachment[]> located =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Located, Attachment[]> eldest) {
              return size() > MAX_PREPARED;
            }
          });

  public SitingService(CoverageService coverage) {
    this.coverage = coverage;
  }

  /** Solves a siting request; {@code control} carries its deadline and cancel switch. */
  public SitingAnswer site(SitingRequest request, Timings timings, SolveControl control) {
    ServiceStandard standard = singleType(request.standard());
    long matrixStop = System.nanoTime() + (long) (control.remainingNanos() * MATRIX_SHARE);
    int[] counts = {-1, -1}; // generated, reachable (complete set only)
    PreparedSiting state =
        timings.phase(
            "prepare",
            () -> {
              if (request.candidates().isEmpty()) {
                Generated g =
                    generated(
                        standard,
                        request.year(),
                        request.facilities(),
                        timings,
                        control,
                        matrixStop);
                counts[0] = g.generated();
                counts[1] = g.reachable();
                return g.state();
              }
              PreparedSiting base =
                  base(standard, CoverageMethod.NETWORK, request.year(), request.facilities());
              List<Coordinate> given = metric(request.candidates(), "candidate");
              return timings.phase("matrix", () -> base.withCandidates(given));
            });
    boolean complete = counts[0] < 0 || state.candidates.size() == counts[1];
    if (state.candidates.isEmpty()) {
      throw new UnsuitableRequestException(
          "no candidate sites: every resident is already covered, or no site could reach anyone"
              + " still uncovered");
    }
    SitingResult solved =
        timings.phase("solve", () -> solve(request, state.candidateSets, state, control));
    // OPTIMAL is said over the complete set only: a solve over part of it is a feasible answer
    SitingResult result =
        complete || solved.status() != SitingStatus.OPTIMAL
            ? solved
            : new SitingResult(
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
    List<Coordinate> chosen = new ArrayList<>();
    for (SitingResult.Site s : result.sites()) {
      chosen.add(state.candidates.get(s.candidate()));
    }
    Evaluation evaluation = timings.phase("evaluate", () -> evaluate(state, chosen, null));
    int generated = counts[0] < 0 ? state.candidates.size() : counts[0];
    String note =
        complete
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
            complete);
    return new SitingAnswer(
        evaluation,
        state.candidates.size(),
        generated,
        candidates,
        note,
        result,
        request.facilities(),
        request.year());
  }

  /**
   * A state over the complete default candidates, as far as it was built when {@code matrixStop}
   * came (the background goes on with the rest).
   *
   * @param generated points passing the land rules
   * @param reachable of those, the ones that could cover someone new (the complete set's size)
   */
  record Generated(PreparedSiting state, int generated, int reachable) {
    boolean complete() {
      return state.candidates.size() == reachable;
    }
  }

  /** The generated state of a standard (any rule), built within the time given. */
  Generated generated(
      ServiceStandard standard,
      PopulationYear year,
      FacilitySet set,
      Timings timings,
      SolveControl control,
      long matrixStop) {
    SitingBuild build = build(standard, year, set);
    if (!build.ready()) {
      timings.phase(
          "matrix",
          () -> {
            build.work(() -> control.stopped() || System.nanoTime() >= matrixStop);
            return null;
          });
    }
    PreparedSiting partial = build.current();
    int reachable = build.reachable();
    PreparedSiting state =
        partial.candidates.isEmpty() && reachable > 0 ? build.complete() : partial;
    return new Generated(state, build.generated(), reachable);
  }

  /**
   * The siting answer's numbers for any set of sites (WGS84 {@code [lon, lat]}), with the sites'
   * service areas and the gaps left, for the map.
   */
  public Evaluation evaluate(
      String code,
      CoverageMethod method,
      PopulationYear year,
      FacilitySet set,
      List<double[]> sites,
      Timings timings) {
    ServiceStandard standard = singleType(code);
    List<Coordinate> metric = metric(sites, "site");
    PreparedSiting state = timings.phase("prepare", () -> base(standard, method, year, set));
    return evaluate(state, metric, timings);
  }

  /** Builds the prepared state of the default standards ahead of the first request. */
  public void warm(PopulationYear year, FacilitySet set) {
    // walking single-service standards first (cheap trees), then life circles (joint siting),
    // then the driving ones, whose trees span the zone
    List<ServiceStandard> order = new ArrayList<>(coverage.standards().all());
    order.sort(
        Comparator.comparingInt(
            (ServiceStandard s) ->
                s.mode() != ServiceStandard.Mode.WALK
                    ? 2
                    : s.rule() == ServiceStandard.Rule.ANY_TYPE ? 0 : 1));
    for (ServiceStandard s : order) {
      build(s, year, set).await(); // one background thread works; this one waits
    }
  }

  /** Whether a siting call for this standard would find its prepared state ready. */
  public boolean ready(String code, PopulationYear year, FacilitySet set) {
    PreparedSiting.Key key = key(code, CoverageMethod.NETWORK, year, set);
    SitingBuild build = generated.peek(key);
    return build != null && build.ready();
  }

  /**
   * The build of the generated state for a key, started in the background when new (a failed one is
   * replaced).
   */
  private SitingBuild build(ServiceStandard standard, PopulationYear year, FacilitySet set) {
    PreparedSiting.Key key = key(standard.code(), CoverageMethod.NETWORK, year, set);
    boolean[] created = {false};
    SitingBuild build =
        generated.get(
            key,
            () -> {
              created[0] = true;
              return new SitingBuild(
                  () -> withGenerated(base(standard, CoverageMethod.NETWORK, year, set)));
            });
    if (build.failed()) {
      generated.remove(key, build);
      return build(standard, year, set);
    }
    if (created[0]) {
      background.execute(AreaScope.wrap(build::complete));
    }
    return build;
  }

  @PreDestroy
  void stop() {
    background.shutdownNow();
  }

  private ServiceStandard singleType(String code) {
    ServiceStandard standard = coverage.standards().get(code);
    if (standard.rule() == ServiceStandard.Rule.EVERY_TYPE) {
      throw new UnsuitableRequestException(
          code
              + " needs several facility types at once; site one type with its own standard"
              + " (health15, primary10, middle15, kindergarten5, emergency12, culture12, park10)");
    }
    return standard;
  }

  private PreparedSiting.Key key(
      String code, CoverageMethod method, PopulationYear year, FacilitySet set) {
    long v = coverage.version();
    if (v != version) {
      bases.clear();
      generated.clear();
      version = v;
    }
    return new PreparedSiting.Key(AreaScope.current().id(), code, method, year, set, v);
  }

  private PreparedSiting base(
      ServiceStandard standard, CoverageMethod method, PopulationYear year, FacilitySet set) {
    PreparedSiting.Key key = key(standard.code(), method, year, set);
    return bases.get(
        key,
        () -> {
          AnalysisData data = coverage.data();
          // the set's facilities stay fixed and its roads carry the new sites
          CoverageResult baseline = coverage.coverage(standard.code(), method, year, set);
          RoadGraph graph = data.graph(set);
          List<DemandCell> cells = data.cells().get(year);
          if (method != CoverageMethod.NETWORK) {
            return new PreparedSiting(key, standard, graph, cells, baseline);
          }
          var mode = CoverageModel.travelMode(standard);
          Located where = new Located(graph.locator(mode), cells, mode.snapMaxMeters());
          Attachment[] known = located.get(where);
          PreparedSiting p = new PreparedSiting(key, standard, graph, cells, baseline, known);
          located.putIfAbsent(where, p.locations());
          return p;
        });
  }

  private static SitingResult solve(
      SitingRequest r, CoverageSets sets, PreparedSiting state, SolveControl control) {
    if (r.objective() == SitingRequest.Objective.MCLP) {
      MclpProblem p = new MclpProblem(sets, state.weights, state.already, r.k());
      return r.exact() ? new ExactSiting().solve(p, control) : new GreedySiting().solve(p);
    }
    LscpProblem p = new LscpProblem(sets, state.weights, state.already, r.targetShare());
    return r.exact() ? new ExactSiting().solve(p, control) : new GreedySiting().solve(p);
  }

  /**
   * The complete default candidate set: every vertex of every road line — the set's roads and the
   * plan's, any class, so every road node and every shape point — and every populated cell's point,
   * each inside the zone and out of the water, less two reductions that cannot lose the optimum:
   * duplicates, and points farther than the standard can reach from every still-uncovered populated
   * cell (they cover no one new). Dominated coverage sets are dropped by the solver's exact
   * reductions.
   */
  private SitingBuild.Start withGenerated(PreparedSiting base) {
    AnalysisData data = coverage.data();
    Ground g = ground(data);
    java.util.Set<Coordinate> seen = new java.util.HashSet<>();
    List<Coordinate> points = new ArrayList<>();
    int[] generated = {0};
    java.util.function.Consumer<Coordinate> offer =
        c -> {
          if (seen.add(c) && refusal(g, c) == null) {
            generated[0]++;
            if (base.mayCoverNew(c)) {
              points.add(c);
            }
          }
        };
    for (RoadGraph graph : List.of(base.graph, data.graph(FacilitySet.PLAN))) {
      for (int e = 0; e < graph.edgeCount(); e++) {
        for (Coordinate c : graph.edgeLine(e).getCoordinates()) {
          offer.accept(new Coordinate(c.x, c.y));
        }
      }
    }
    for (DemandCell cell : base.cells) {
      if (cell.residents() > 0) {
        offer.accept(cell.location());
      }
    }
    return new SitingBuild.Start(base, points, generated[0]);
  }

  /** WGS84 points to metres, refusing any in water or outside the zone. */
  private List<Coordinate> metric(List<double[]> lonLats, String what) {
    AnalysisData data = coverage.data();
    List<Coordinate> out = new ArrayList<>(lonLats.size());
    for (int i = 0; i < lonLats.size(); i++) {
      double[] ll = lonLats.get(i);
      Coordinate c = data.projection().toMetric(ll[0], ll[1]);
      String why = refusal(data, c);
      if (why != null) {
        throw new UnsuitableSiteException(
            what + " " + (i + 1) + " (" + ll[0] + ", " + ll[1] + ") " + why, i);
      }
      out.add(c);
    }
    return out;
  }

  /**
   * Where facilities may stand in one data snapshot: the zone and the water prepared for point
   * tests, and the road nodes in the zone and out of the water (shared by every standard's
   * candidates).
   */
  private record Ground(
      AnalysisData data, PreparedGeometry zone, PreparedGeometry water, List<Coordinate> nodes) {}

  private volatile Ground ground;

  private Ground ground(AnalysisData data) {
    Ground g = ground;
    if (g != null && g.data() == data) {
      return g;
    }
    PreparedGeometry zone = PreparedGeometryFactory.prepare(data.zone());
    PreparedGeometry water = data.water();
    List<Coordinate> nodes = new ArrayList<>(data.graph().nodeCount());
    Ground partial = new Ground(data, zone, water, nodes);
    for (int n = 0; n < data.graph().nodeCount(); n++) {
      Coordinate c = data.graph().node(n);
      if (refusal(partial, c) == null) {
        nodes.add(c);
      }
    }
    g = new Ground(data, zone, water, List.copyOf(nodes));
    ground = g;
    return g;
  }

  /** Why no facility can stand at a point, or null. */
  private String refusal(AnalysisData data, Coordinate c) {
    return refusal(ground(data), c);
  }

  private static String refusal(Ground g, Coordinate c) {
    Point p = new GeometryFactory().createPoint(c);
    if (!g.zone().covers(p)) {
      return "lies outside the zone";
    }
    if (g.water().covers(p)) {
      return "lies in water: no facility can be built there";
    }
    return null;
  }

  /**
   * Shares before and after, each site's marginal gain in the order given (a solve lists its sites
   * in attribution order, so an unmoved solve keeps its gains), the per-area table and, if asked,
   * the sites' service areas and the gaps left.
   */
  private Evaluation evaluate(PreparedSiting state, List<Coordinate> sites, Timings geometry) {
    BitSet after = (BitSet) state.already.clone();
    List<Evaluation.Site> out = new ArrayList<>();
    long t = System.nanoTime();
    for (Coordinate c : sites) {
      BitSet alone = state.covers(c);
      alone.andNot(state.already);
      long aloneResidents = residents(state, alone);
      alone.andNot(after);
      long gain = residents(state, alone);
      after.or(alone);
      Coordinate ll = coverage.data().projection().toLonLat(c.x, c.y);
      out.add(new Evaluation.Site(ll.x, ll.y, gain, aloneResidents));
    }
    long total = state.weights.totalResidents();
    long before = residents(state, state.already);
    long covered = residents(state, after);
    Map<String, long[]> areas = new TreeMap<>();
    for (int i = 0; i < state.cells.size(); i++) {
      DemandCell cell = state.cells.get(i);
      long[] a = areas.computeIfAbsent(cell.area(), k -> new long[3]);
      a[0] += cell.residents();
      a[1] += state.already.get(i) ? cell.residents() : 0;
      a[2] += after.get(i) ? cell.residents() : 0;
    }
    List<Evaluation.Area> byArea = new ArrayList<>();
    areas.forEach((name, a) -> byArea.add(new Evaluation.Area(name, a[0], a[1], a[2])));
    Geometry serviceArea = null;
    List<Evaluation.GapLeft> gaps = null;
    if (geometry != null) {
      geometry.record("evaluate", System.nanoTime() - t);
      serviceArea = geometry.phase("serviceAreas", () -> serviceArea(state, sites));
      gaps = geometry.phase("gaps", () -> gapsLeft(state.cells, after));
    }
    return new Evaluation(
        state.key.standard(),
        state.standard.minutes(),
        state.key.method(),
        state.key.year(),
        state.key.set(),
        total,
        before,
        covered - before,
        out,
        byArea,
        serviceArea,
        gaps);
  }

  private static long residents(PreparedSiting state, BitSet cells) {
    long sum = 0;
    for (int i = cells.nextSetBit(0); i >= 0; i = cells.nextSetBit(i + 1)) {
      sum += state.weights.residents(i);
    }
    return sum;
  }

  private static Geometry serviceArea(PreparedSiting state, List<Coordinate> sites) {
    if (sites.isEmpty()) {
      return null;
    }
    GeometryFactory f = new GeometryFactory();
    List<ServicePoint> points = new ArrayList<>();
    for (int i = 0; i < sites.size(); i++) {
      points.add(
          new ServicePoint(
              "site-" + (i + 1),
              state.standard.types().iterator().next(),
              "site " + (i + 1),
              f.createPoint(sites.get(i))));
    }
    List<ServiceArea> areas =
        ServiceAreas.compute(
            state.graph,
            points,
            state.standard,
            state.key.method(),
            List.of(state.standard.time()),
            CoverageService.SERVICE_AREA_OFFSET_METERS);
    return areas.isEmpty() ? null : areas.get(0).area();
  }

  /**
   * Per sub-district, the populated cells not in {@code covered}, most residents first; every
   * uncovered resident is counted, but the geometry draws only the settled cells (as gaps do: at
   * least {@link CoverageService#DEFAULT_MIN_CELL_RESIDENTS} residents), so the map does not hatch
   * the whole countryside for its thin background population.
   */
  static List<Evaluation.GapLeft> gapsLeft(List<DemandCell> cells, BitSet covered) {
    Map<String, List<DemandCell>> byArea = new TreeMap<>();
    for (int i = 0; i < cells.size(); i++) {
      DemandCell c = cells.get(i);
      if (!covered.get(i) && c.residents() > 0) {
        byArea.computeIfAbsent(c.area(), k -> new ArrayList<>()).add(c);
      }
    }
    GeometryFactory f = new GeometryFactory();
    List<Evaluation.GapLeft> out = new ArrayList<>();
    byArea.forEach(
        (area, list) ->
            out.add(
                new Evaluation.GapLeft(
                    0,
                    area,
                    list.stream().mapToLong(DemandCell::residents).sum(),
                    list.size(),
                    f.buildGeometry(settled(list).stream().map(DemandCell::geometry).toList()))));
    out.sort(Comparator.comparingLong(Evaluation.GapLeft::residents).reversed());
    List<Evaluation.GapLeft> ranked = new ArrayList<>(out.size());
    for (int r = 0; r < out.size(); r++) {
      Evaluation.GapLeft g = out.get(r);
      ranked.add(new Evaluation.GapLeft(r + 1, g.area(), g.residents(), g.cells(), g.geometry()));
    }
    return ranked;
  }

  /**
   * Network minutes from each site to each demand cell within the standard's time, by the same
   * rules as coverage (for tests that hold siting and coverage to one answer).
   */
  static CostMatrix networkMatrix(
      RoadGraph graph, ServiceStandard standard, List<DemandCell> cells, List<Coordinate> sites) {
    PreparedSiting.Key key =
        new PreparedSiting.Key(
            "",
            standard.code(),
            CoverageMethod.NETWORK,
            PopulationYear.Y2020,
            FacilitySet.PLAN,
            -1);
    return new PreparedSiting(key, standard, graph, cells, null).matrix(sites);
  }

  private static List<DemandCell> settled(List<DemandCell> cells) {
    List<DemandCell> out =
        cells.stream()
            .filter(c -> c.residents() >= CoverageService.DEFAULT_MIN_CELL_RESIDENTS)
            .toList();
    return out.isEmpty() ? cells : out;
  }
}
