package cn.chegu.viewer.analysis;

import cn.chegu.viewer.coverage.CellCoverage;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.CoverageModel;
import cn.chegu.viewer.coverage.CoverageResult;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.network.Attachment;
import cn.chegu.viewer.network.Reach;
import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.ShortestPathTree;
import cn.chegu.viewer.network.TravelMode;
import cn.chegu.viewer.siting.CostMatrix;
import cn.chegu.viewer.siting.CoverageSets;
import cn.chegu.viewer.siting.DemandWeights;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Everything a siting or evaluate call needs that does not depend on the sites asked about, built
 * once per (standard, method, year, facility set, data version) and shared by later calls: the
 * demand cells with their network locations and a spatial index, the baseline coverage of the set
 * (fixed existing facilities), the generated candidates and their coverage sets. Immutable.
 */
final class PreparedSiting {

  /** Slack on the time limit, as {@link CoverageModel} uses it. */
  private static final double EPS_SECONDS = 1e-6;

  /** The cache key. */
  record Key(
      String area,
      String standard,
      CoverageMethod method,
      PopulationYear year,
      FacilitySet set,
      long version) {}

  final Key key;
  final ServiceStandard standard;
  final RoadGraph graph;
  final List<DemandCell> cells;
  final CoverageResult baseline;
  final BitSet already;
  final DemandWeights weights;
  private final Attachment[] locations;
  private final STRtree index;
  private final double radius;
  private final TravelMode mode;

  /** Generated candidates (metres) and N_i over them; empty when none were asked for. */
  final List<Coordinate> candidates;

  final CoverageSets candidateSets;

  PreparedSiting(
      Key key,
      ServiceStandard standard,
      RoadGraph graph,
      List<DemandCell> cells,
      CoverageResult baseline) {
    this(key, standard, graph, cells, baseline, null);
  }

  /**
   * @param located the cells' network locations for this graph and mode when already known (they
   *     depend only on the road classes the mode uses, so standards of one mode share them), or
   *     null
   */
  PreparedSiting(
      Key key,
      ServiceStandard standard,
      RoadGraph graph,
      List<DemandCell> cells,
      CoverageResult baseline,
      Attachment[] located) {
    this.key = key;
    this.standard = standard;
    this.graph = graph;
    this.cells = cells;
    this.baseline = baseline;
    this.mode = CoverageModel.travelMode(standard);
    already = new BitSet(cells.size());
    List<CellCoverage> covered = baseline == null ? List.of() : baseline.cells();
    for (int i = 0; i < covered.size(); i++) {
      if (covered.get(i).covered()) {
        already.set(i);
      }
    }
    weights = DemandWeights.of(cells.stream().mapToLong(DemandCell::residents).toArray());
    locations = new Attachment[cells.size()];
    index = new STRtree();
    for (int i = 0; i < cells.size(); i++) {
      Coordinate c = cells.get(i).location();
      if (key.method() == CoverageMethod.NETWORK) {
        locations[i] =
            located != null ? located[i] : graph.locator(mode).attach(c, mode.snapMaxMeters());
      }
      index.insert(new Envelope(c), i);
    }
    index.build();
    radius = reachRadius();
    candidates = List.of();
    candidateSets = null;
  }

  private PreparedSiting(PreparedSiting base, List<Coordinate> candidates, CoverageSets sets) {
    key = base.key;
    standard = base.standard;
    graph = base.graph;
    cells = base.cells;
    baseline = base.baseline;
    already = base.already;
    weights = base.weights;
    locations = base.locations;
    index = base.index;
    radius = base.radius;
    mode = base.mode;
    this.candidates = List.copyOf(candidates);
    this.candidateSets = sets;
  }

  /** The cells' network locations (null entries for the straight-line method); do not modify. */
  Attachment[] locations() {
    return locations;
  }

  /** This state with candidates and their coverage sets. */
  PreparedSiting withCandidates(List<Coordinate> sites) {
    return withMatrix(sites, matrix(sites));
  }

  /**
   * This state with only the candidates {@code keep} accepts (a request's own land rules, e.g. a
   * minimum spacing), their coverage sets renumbered.
   */
  PreparedSiting keeping(java.util.function.IntPredicate keep) {
    int[] renumbered = new int[candidates.size()];
    List<Coordinate> kept = new java.util.ArrayList<>();
    for (int j = 0; j < candidates.size(); j++) {
      renumbered[j] = keep.test(j) ? kept.size() : -1;
      if (renumbered[j] >= 0) {
        kept.add(candidates.get(j));
      }
    }
    if (kept.size() == candidates.size()) {
      return this;
    }
    int[][] sets = new int[candidateSets.demandCount()][];
    for (int i = 0; i < sets.length; i++) {
      sets[i] =
          java.util.Arrays.stream(candidateSets.candidatesCovering(i))
              .map(j -> renumbered[j])
              .filter(j -> j >= 0)
              .toArray();
    }
    return new PreparedSiting(this, kept, CoverageSets.of(kept.size(), sets));
  }

  /** This state with candidates whose matrix is already built. */
  PreparedSiting withMatrix(List<Coordinate> sites, CostMatrix matrix) {
    return new PreparedSiting(this, sites, CoverageSets.within(matrix, standard.minutes()));
  }

  /** The cells one site reaches within the standard and their minutes (one matrix column). */
  record Column(int[] cells, double[] minutes) {}

  /** One site's column of the matrix: a shortest-path tree, read at the nearby cells. */
  Column column(Coordinate site) {
    List<Integer> reached = new ArrayList<>();
    List<Double> minutes = new ArrayList<>();
    reach(
        site,
        (i, m) -> {
          reached.add(i);
          minutes.add(m);
        });
    return new Column(
        reached.stream().mapToInt(Integer::intValue).toArray(),
        minutes.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** The matrix of sites whose columns are given in the same order. */
  CostMatrix matrixOf(List<Column> columns) {
    int n = columns.stream().mapToInt(c -> c.cells().length).sum();
    int[] demand = new int[n];
    int[] candidate = new int[n];
    double[] min = new double[n];
    int p = 0;
    for (int j = 0; j < columns.size(); j++) {
      Column c = columns.get(j);
      for (int q = 0; q < c.cells().length; q++, p++) {
        demand[p] = c.cells()[q];
        candidate[p] = j;
        min[p] = c.minutes()[q];
      }
    }
    return CostMatrix.ofPairs(
        cells.size(), columns.size(), standard.minutes(), demand, candidate, min);
  }

  /**
   * Minutes from each site to each demand cell within the standard's time: one shortest-path tree
   * per site (facility → resident, the direction an ambulance drives), read at the cells the index
   * finds within the farthest distance the time allows; straight-line minutes for the Euclidean
   * method.
   */
  CostMatrix matrix(List<Coordinate> sites) {
    return matrixOf(sites.stream().map(this::column).toList());
  }

  /**
   * The cells candidate j alone covers within the standard: its column of the coverage sets, the
   * same cells {@link #covers} finds for its point (the column was read from that point's tree),
   * without growing the tree again.
   */
  BitSet coversCandidate(int j) {
    return candidateSets.demandsCoveredBy(j);
  }

  /** The cells a site alone covers within the standard, ascending (one shortest-path tree). */
  BitSet covers(Coordinate site) {
    BitSet out = new BitSet(cells.size());
    reach(site, (i, m) -> out.set(i));
    return out;
  }

  private interface CellVisitor {
    void covered(int cell, double minutes);
  }

  private void reach(Coordinate site, CellVisitor visitor) {
    Envelope near = new Envelope(site);
    near.expandBy(radius);
    @SuppressWarnings("unchecked")
    List<Integer> nearby = index.query(near);
    if (key.method() == CoverageMethod.EUCLIDEAN) {
      double metersPerMinute = standard.speedKmh() * 1000 / 60;
      for (int i : nearby) {
        double d = cells.get(i).location().distance(site);
        if (d <= standard.euclideanRadiusMeters()) {
          visitor.covered(i, standard.dispatchDelay().toMillis() / 60_000.0 + d / metersPerMinute);
        }
      }
      return;
    }
    double limitSeconds = standard.time().toMillis() / 1000.0;
    ShortestPathTree tree =
        ShortestPathTree.grow(
            graph, mode, List.of(site), standard.dispatchDelay(), standard.time());
    for (int i : nearby) {
      Reach r = tree.reach(locations[i]);
      if (r.reachable() && r.seconds() <= limitSeconds + EPS_SECONDS) {
        visitor.covered(i, Math.min(r.seconds() / 60.0, standard.minutes()));
      }
    }
  }

  /**
   * Whether a site here could cover anyone not yet covered: some populated, uncovered cell lies
   * within the farthest the standard reaches ({@link #reachRadius}). False proves it covers no one
   * new.
   */
  boolean mayCoverNew(Coordinate site) {
    Envelope near = new Envelope(site);
    near.expandBy(radius);
    @SuppressWarnings("unchecked")
    List<Integer> nearby = index.query(near);
    for (int i : nearby) {
      if (!already.get(i)
          && cells.get(i).residents() > 0
          && cells.get(i).location().distance(site) <= radius) {
        return true;
      }
    }
    return false;
  }

  /** The farthest a site can reach within the standard's time, plus a metre. */
  private double reachRadius() {
    if (key.method() == CoverageMethod.EUCLIDEAN) {
      return standard.euclideanRadiusMeters() + 1;
    }
    double travelSeconds = (standard.time().minus(standard.dispatchDelay())).toMillis() / 1000.0;
    double fastestKmh = 0;
    for (int e = 0; e < graph.edgeCount(); e++) {
      fastestKmh = Math.max(fastestKmh, mode.speedOnRoadKmh(graph.edgeSpeedKmh(e)));
    }
    double kmh = Math.max(fastestKmh, Math.max(mode.walkSpeedKmh(), mode.accessSpeedKmh()));
    return kmh / 3.6 * travelSeconds + 1;
  }
}
