package cn.chegu.viewer.analysis;

import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.CoverageModel;
import cn.chegu.viewer.coverage.CoverageResult;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.network.Attachment;
import cn.chegu.viewer.network.EdgeLocator;
import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.siting.CostMatrix;
import cn.chegu.viewer.siting.MclpProblem;
import cn.chegu.viewer.siting.SiteRules;
import cn.chegu.viewer.siting.SolveControl;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.stereotype.Service;

/**
 * The prepared-state cache of siting. Per (area, standard, method, year, facility set, data
 * version) a {@link PreparedSiting} — demand cells, the baseline coverage of the set's facilities
 * (they stay fixed) and the cells' network attachments — is built once; for the network method the
 * complete default candidates and their coverage sets are built in the background ({@link
 * SitingBuild}). Both caches are bounded and dropped when the data version changes (the store's
 * change event, {@link CoverageService#layersChanged}).
 */
@Service
public class SitingStates {

  /** Prepared states kept at most (each holds a coverage matrix of a few MB). */
  static final int MAX_PREPARED = 24;

  /**
   * Share of a solve's time limit that a cold call may spend on matrix columns before it solves
   * over the candidates done so far (the rest is left to the solve, evaluation and answer).
   */
  static final double MATRIX_SHARE = 0.5;

  private final CoverageService coverage;
  private final SiteRuleCheck rules;

  private final BoundedCache<PreparedSiting.Key, PreparedSiting> bases =
      new BoundedCache<>(MAX_PREPARED);
  private final BoundedCache<PreparedSiting.Key, SitingBuild> generated =
      new BoundedCache<>(MAX_PREPARED);

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

  public SitingStates(CoverageService coverage, SiteRuleCheck rules) {
    this.coverage = coverage;
    this.rules = rules;
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
   * The MCLP instance of a single-service standard over its complete default candidates (waiting
   * for the background build), as {@link SitingService#site} solves it: for benches that time a
   * solver alone on the very instance the API solves.
   */
  public MclpProblem mclp(String code, PopulationYear year, FacilitySet set, int k) {
    ServiceStandard standard = singleType(code);
    PreparedSiting state = build(standard, year, set).complete();
    return new MclpProblem(state.candidateSets, state.weights, state.already, k);
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

  /** A single-service standard (life circles are sited jointly), or a 400. */
  ServiceStandard singleType(String code) {
    ServiceStandard standard = coverage.standards().get(code);
    if (standard.rule() == ServiceStandard.Rule.EVERY_TYPE) {
      throw new UnsuitableRequestException(
          code
              + " needs several facility types at once; site one type with its own standard"
              + " (health15, primary10, middle15, kindergarten5, emergency12, culture12, park10)"
              + " or site the types together with POST /api/siting/joint");
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

  /** The state without candidates: cells, the set's baseline coverage, the cells' attachments. */
  PreparedSiting base(
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

  /**
   * The complete default candidate set: every vertex of every road line — the set's roads and the
   * plan's, any class, so every road node and every shape point — and every populated cell's point,
   * each passing the land rules ({@link SiteRules} without spacing, which a request applies to this
   * set), less two reductions that cannot lose the optimum: duplicates, and points farther than the
   * standard can reach from every still-uncovered populated cell (they cover no one new). Dominated
   * coverage sets are dropped by the solver's exact reductions.
   */
  private SitingBuild.Start withGenerated(PreparedSiting base) {
    AnalysisData data = coverage.data();
    SiteRules land = rules.rules();
    Set<Coordinate> seen = new HashSet<>();
    List<Coordinate> points = new ArrayList<>();
    int[] generated = {0};
    Consumer<Coordinate> offer =
        c -> {
          if (seen.add(c) && land.refusal(c, null) == null) {
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
}
