package cn.chegu.viewer.analysis;

import cn.chegu.viewer.coverage.CellCoverage;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.CoverageModel;
import cn.chegu.viewer.coverage.CoverageResult;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.coverage.Gap;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.io.MetricProjection;
import cn.chegu.viewer.network.EdgeLocation;
import cn.chegu.viewer.network.Reach;
import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.ShortestPathTree;
import cn.chegu.viewer.network.TravelMode;
import cn.chegu.viewer.siting.CandidateGenerator;
import cn.chegu.viewer.siting.CandidateGenerator.Candidate;
import cn.chegu.viewer.siting.CostMatrix;
import cn.chegu.viewer.siting.CoverageSets;
import cn.chegu.viewer.siting.CpSatSiting;
import cn.chegu.viewer.siting.DemandWeights;
import cn.chegu.viewer.siting.GreedySiting;
import cn.chegu.viewer.siting.LscpProblem;
import cn.chegu.viewer.siting.MclpProblem;
import cn.chegu.viewer.siting.SitingResult;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.springframework.stereotype.Service;

/**
 * Siting over the sample: builds the network cost matrix from candidates to demand cells (one
 * shortest-path tree per candidate, cut at the standard's time), marks the cells existing
 * facilities already cover, and hands the problem to the {@code siting} engines.
 */
@Service
public class SitingService {

  /** Candidates generated in gaps are at least this far apart, walking standards. */
  static final double WALK_CANDIDATE_SPACING_METERS = 250;

  /** … and driving ones. */
  static final double DRIVE_CANDIDATE_SPACING_METERS = 1_000;

  /** More candidates than this make the matrix slow to build for a web request. */
  static final int MAX_CANDIDATES = 3_000;

  private final CoverageService coverage;

  public SitingService(CoverageService coverage) {
    this.coverage = coverage;
  }

  public SitingAnswer site(SitingRequest request) {
    ServiceStandard standard = coverage.standards().get(request.standard());
    if (standard.rule() == ServiceStandard.Rule.EVERY_TYPE) {
      throw new UnsuitableRequestException(
          request.standard()
              + " needs several facility types at once; site one type with its own standard"
              + " (health15, primary10, middle15, kindergarten5, emergency12, culture12, park10)");
    }
    AnalysisData data = coverage.data();
    List<DemandCell> cells = data.cells().get(request.year());
    CoverageResult baseline =
        coverage.coverage(request.standard(), CoverageMethod.NETWORK, request.year());
    List<Coordinate> candidates = candidates(request, standard, data);
    if (candidates.isEmpty()) {
      throw new UnsuitableRequestException(
          "no candidate sites: every resident is already covered, or no road lies in the gaps");
    }
    CostMatrix matrix = networkMatrix(data.graph(), standard, cells, candidates);
    CoverageSets sets = CoverageSets.within(matrix, standard.minutes());
    long[] residents = cells.stream().mapToLong(DemandCell::residents).toArray();
    BitSet already = new BitSet(cells.size());
    List<CellCoverage> covered = baseline.cells();
    for (int i = 0; i < covered.size(); i++) {
      if (covered.get(i).covered()) {
        already.set(i);
      }
    }
    SitingResult result = solve(request, sets, DemandWeights.of(residents), already);
    List<SitingAnswer.Site> sites = new ArrayList<>();
    for (SitingResult.Site s : result.sites()) {
      Coordinate c = candidates.get(s.candidate());
      Coordinate ll = MetricProjection.UTM_50N.toLonLat(c.x, c.y);
      sites.add(new SitingAnswer.Site(ll.x, ll.y, s.newlyCoveredResidents()));
    }
    return new SitingAnswer(sites, candidates.size(), result);
  }

  private static SitingResult solve(
      SitingRequest r, CoverageSets sets, DemandWeights weights, BitSet already) {
    if (r.objective() == SitingRequest.Objective.MCLP) {
      MclpProblem p = new MclpProblem(sets, weights, already, r.k());
      return r.exact() ? new CpSatSiting(r.timeLimit()).solve(p) : new GreedySiting().solve(p);
    }
    LscpProblem p = new LscpProblem(sets, weights, already, r.targetShare());
    return r.exact() ? new CpSatSiting(r.timeLimit()).solve(p) : new GreedySiting().solve(p);
  }

  private List<Coordinate> candidates(
      SitingRequest request, ServiceStandard standard, AnalysisData data) {
    if (!request.candidates().isEmpty()) {
      List<Coordinate> given = new ArrayList<>();
      for (double[] ll : request.candidates()) {
        given.add(MetricProjection.UTM_50N.toMetric(ll[0], ll[1]));
      }
      return given;
    }
    List<Gap> gaps = coverage.gaps(request.standard(), CoverageMethod.NETWORK, request.year());
    if (gaps.isEmpty()) {
      return List.of();
    }
    GeometryFactory f = gaps.get(0).polygon().getFactory();
    Geometry union = f.buildGeometry(gaps.stream().map(Gap::polygon).toList());
    List<Coordinate> nodes = new ArrayList<>(data.graph().nodeCount());
    for (int n = 0; n < data.graph().nodeCount(); n++) {
      nodes.add(data.graph().node(n));
    }
    double spacing =
        standard.mode() == ServiceStandard.Mode.WALK
            ? WALK_CANDIDATE_SPACING_METERS
            : DRIVE_CANDIDATE_SPACING_METERS;
    List<Candidate> generated = CandidateGenerator.insideGaps(nodes, union, spacing);
    while (generated.size() > MAX_CANDIDATES) {
      spacing *= 1.5;
      generated = CandidateGenerator.insideGaps(nodes, union, spacing);
    }
    return generated.stream().map(Candidate::coordinate).toList();
  }

  /**
   * Minutes from each candidate to each demand cell within the standard's time: one shortest-path
   * tree per candidate (facility → resident, the direction an ambulance drives), read at the cells
   * an STRtree finds within the farthest distance the time allows.
   */
  static CostMatrix networkMatrix(
      RoadGraph graph, ServiceStandard standard, List<DemandCell> cells, List<Coordinate> sites) {
    TravelMode mode = CoverageModel.travelMode(standard);
    double limitSeconds = standard.time().toMillis() / 1000.0;
    double travelSeconds = limitSeconds - standard.dispatchDelay().toMillis() / 1000.0;
    double fastestKmh = 0;
    for (int e = 0; e < graph.edgeCount(); e++) {
      fastestKmh = Math.max(fastestKmh, mode.speedOnRoadKmh(graph.edgeSpeedKmh(e)));
    }
    double radius = Math.max(fastestKmh, mode.walkSpeedKmh()) / 3.6 * travelSeconds + 1;
    STRtree index = new STRtree();
    EdgeLocation[] locations = new EdgeLocation[cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      Coordinate c = cells.get(i).location();
      locations[i] = graph.locator(mode).locate(c);
      index.insert(new Envelope(c), i);
    }
    index.build();
    List<int[]> pairs = new ArrayList<>();
    List<Double> minutes = new ArrayList<>();
    for (int j = 0; j < sites.size(); j++) {
      Coordinate s = sites.get(j);
      ShortestPathTree tree =
          ShortestPathTree.grow(graph, mode, List.of(s), standard.dispatchDelay(), standard.time());
      Envelope near = new Envelope(s);
      near.expandBy(radius);
      for (Object o : index.query(near)) {
        int i = (Integer) o;
        Reach r = tree.reach(locations[i]);
        if (r.reachable() && r.seconds() <= limitSeconds) {
          pairs.add(new int[] {i, j});
          minutes.add(r.seconds() / 60.0);
        }
      }
    }
    int[] demand = new int[pairs.size()];
    int[] candidate = new int[pairs.size()];
    double[] min = new double[pairs.size()];
    for (int p = 0; p < pairs.size(); p++) {
      demand[p] = pairs.get(p)[0];
      candidate[p] = pairs.get(p)[1];
      min[p] = minutes.get(p);
    }
    return CostMatrix.ofPairs(
        cells.size(), sites.size(), standard.minutes(), demand, candidate, min);
  }
}
