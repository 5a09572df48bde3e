package cn.chegu.viewer.analysis;

import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.coverage.ServiceAreas;
import cn.chegu.viewer.coverage.ServicePoint;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.network.ServiceArea;
import cn.chegu.viewer.siting.SiteRules;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.stereotype.Service;

/**
 * Evaluation of any set of sites against a prepared state: shares before and after, each site's
 * marginal gain, the per-area table and, for the map, the sites' service areas and the gaps left.
 * Sites are checked by the land rules first ({@link SiteRuleCheck}): a refused one is a 422 naming
 * the rule. An evaluate call costs a shortest-path tree per site.
 */
@Service
public class SitingEvaluator {

  private final CoverageService coverage;
  private final SitingStates states;
  private final SiteRuleCheck rules;

  public SitingEvaluator(CoverageService coverage, SitingStates states, SiteRuleCheck rules) {
    this.coverage = coverage;
    this.states = states;
    this.rules = rules;
  }

  /**
   * The siting answer's numbers for any set of sites (WGS84 {@code [lon, lat]}), with the sites'
   * service areas and the gaps left, for the map.
   *
   * @param spacingMeters minimum spacing to an existing facility of the standard's types (0: none)
   */
  public Evaluation evaluate(
      String code,
      CoverageMethod method,
      PopulationYear year,
      FacilitySet set,
      List<double[]> sites,
      double spacingMeters,
      Timings timings) {
    ServiceStandard standard = states.singleType(code);
    List<Coordinate> metric = metric(sites, "site", standard, rules.rules(spacingMeters, set));
    PreparedSiting state = timings.phase("prepare", () -> states.base(standard, method, year, set));
    return evaluate(state, metric, timings);
  }

  /** WGS84 points to metres, refusing any a land rule refuses for the standard's types. */
  List<Coordinate> metric(
      List<double[]> lonLats, String what, ServiceStandard standard, SiteRules land) {
    List<Coordinate> out = new ArrayList<>(lonLats.size());
    for (int i = 0; i < lonLats.size(); i++) {
      double[] ll = lonLats.get(i);
      Coordinate c = null;
      for (FacilityType t : standard.types()) {
        c = rules.require(land, what + " " + (i + 1), i, ll[0], ll[1], t);
      }
      out.add(c);
    }
    return out;
  }

  /**
   * Shares before and after, each site's marginal gain in the order given (a solve lists its sites
   * in attribution order, so an unmoved solve keeps its gains), the per-area table and, if asked,
   * the sites' service areas and the gaps left.
   */
  Evaluation evaluate(PreparedSiting state, List<Coordinate> sites, Timings geometry) {
    long t = System.nanoTime();
    List<BitSet> covers = new ArrayList<>(sites.size());
    for (Coordinate c : sites) {
      covers.add(state.covers(c));
    }
    return evaluate(state, sites, covers, geometry, t);
  }

  /**
   * As {@link #evaluate(PreparedSiting, List, Timings)} for sites chosen among the state's
   * candidates (indices into {@code state.candidates}): each site's cells are its column of the
   * coverage sets, not a new shortest-path tree — the same cells, so the same numbers.
   */
  Evaluation evaluateCandidates(PreparedSiting state, int[] chosen, Timings geometry) {
    long t = System.nanoTime();
    List<Coordinate> sites = new ArrayList<>(chosen.length);
    List<BitSet> covers = new ArrayList<>(chosen.length);
    for (int j : chosen) {
      sites.add(state.candidates.get(j));
      covers.add(state.coversCandidate(j));
    }
    return evaluate(state, sites, covers, geometry, t);
  }

  private Evaluation evaluate(
      PreparedSiting state, List<Coordinate> sites, List<BitSet> covers, Timings geometry, long t) {
    BitSet after = (BitSet) state.already.clone();
    List<Evaluation.Site> out = new ArrayList<>();
    for (int s = 0; s < sites.size(); s++) {
      Coordinate c = sites.get(s);
      BitSet alone = (BitSet) covers.get(s).clone();
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

  private static List<DemandCell> settled(List<DemandCell> cells) {
    List<DemandCell> out =
        cells.stream()
            .filter(c -> c.residents() >= CoverageService.DEFAULT_MIN_CELL_RESIDENTS)
            .toList();
    return out.isEmpty() ? cells : out;
  }
}
