package cn.chegu.viewer.coverage;

import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.network.Attachment;
import cn.chegu.viewer.network.Reach;
import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.ShortestPathTree;
import cn.chegu.viewer.network.TravelMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * How many still-uncovered residents one new facility would cover, and where inside a gap it does
 * best. Candidates are the road nodes inside the gap usable by the standard's mode, thinned to one
 * per {@code spacingMeters} square (the spacing grows until at most {@code maxCandidates} remain);
 * when no road node lies inside, the gap's cell centres are tried. A cell counts when the new site
 * reaches it within the standard (network: the same travel rules as coverage; Euclidean: within the
 * radius). For {@code EVERY_TYPE} standards (the life circle) the new site is assumed to hold every
 * type of the standard (a neighbourhood centre).
 */
public final class SiteGain {

  /** The best candidate of a gap and what it would cover. */
  public record Best(Coordinate site, long newlyCoveredResidents) {}

  private final RoadGraph graph;
  private final ServiceStandard standard;
  private final CoverageMethod method;
  private final TravelMode mode;
  private final double spacingMeters;
  private final int maxCandidates;
  private final List<DemandCell> uncovered = new ArrayList<>();
  private final List<Attachment> locations = new ArrayList<>();
  private final STRtree cellIndex = new STRtree();
  private final STRtree nodeIndex = new STRtree();
  private final double radiusMeters;

  /**
   * @param graph road graph of the answer's set (may be null for Euclidean)
   * @param result the coverage whose uncovered cells count
   * @param cells demand cells matched to {@code result} by id
   */
  public SiteGain(
      RoadGraph graph,
      ServiceStandard standard,
      CoverageMethod method,
      CoverageResult result,
      List<DemandCell> cells,
      double spacingMeters,
      int maxCandidates) {
    this.graph = graph;
    this.standard = standard;
    this.method = method;
    this.mode = CoverageModel.travelMode(standard);
    this.spacingMeters = spacingMeters;
    this.maxCandidates = maxCandidates;
    Set<String> open = new HashSet<>();
    result.cells().stream().filter(c -> !c.covered()).forEach(c -> open.add(c.cellId()));
    boolean network = method == CoverageMethod.NETWORK && graph != null;
    for (DemandCell c : cells) {
      if (open.contains(c.id()) && c.residents() > 0) {
        cellIndex.insert(new Envelope(c.location()), uncovered.size());
        uncovered.add(c);
        if (network && graph.edgeCount() > 0) {
          locations.add(graph.locator(mode).attach(c.location(), mode.snapMaxMeters()));
        }
      }
    }
    if (network) {
      boolean[] usable = new boolean[graph.nodeCount()];
      for (int e = 0; e < graph.edgeCount(); e++) {
        if (graph.usable(e, mode)) {
          usable[graph.edgeFrom(e)] = true;
          usable[graph.edgeTo(e)] = true;
        }
      }
      for (int n = 0; n < graph.nodeCount(); n++) {
        if (usable[n]) {
          nodeIndex.insert(new Envelope(graph.node(n)), n);
        }
      }
      double travel = (standard.time().toMillis() - standard.dispatchDelay().toMillis()) / 1000.0;
      double fastest = mode.accessSpeedKmh();
      for (int e = 0; e < graph.edgeCount(); e++) {
        if (graph.usable(e, mode)) {
          fastest = Math.max(fastest, mode.speedOnRoadKmh(graph.edgeSpeedKmh(e)));
        }
      }
      radiusMeters = fastest / 3.6 * travel + 1;
    } else {
      radiusMeters = standard.euclideanRadiusMeters();
    }
  }

  /** The best candidate inside {@code gap} (metres); site null and 0 residents when none. */
  public Best best(Geometry gap) {
    List<Coordinate> candidates = candidates(gap);
    Best best = new Best(null, 0);
    for (Coordinate c : candidates) {
      long n = newlyCovered(c);
      if (best.site() == null || n > best.newlyCoveredResidents()) {
        best = new Best(c, n);
      }
    }
    return best;
  }

  /** Residents of still-uncovered cells a new facility at {@code site} would cover. */
  public long newlyCovered(Coordinate site) {
    Envelope near = new Envelope(site);
    near.expandBy(radiusMeters);
    List<?> hits = cellIndex.query(near);
    long sum = 0;
    if (method == CoverageMethod.EUCLIDEAN || graph == null) {
      for (Object o : hits) {
        DemandCell c = uncovered.get((Integer) o);
        if (c.location().distance(site) <= standard.euclideanRadiusMeters()) {
          sum += c.residents();
        }
      }
      return sum;
    }
    ShortestPathTree tree =
        ShortestPathTree.grow(
            graph, mode, List.of(site), standard.dispatchDelay(), standard.time());
    double limit = standard.time().toMillis() / 1000.0 + 1e-6;
    for (Object o : hits) {
      int i = (Integer) o;
      Reach r = tree.reach(locations.get(i));
      if (r.reachable() && r.seconds() <= limit) {
        sum += uncovered.get(i).residents();
      }
    }
    return sum;
  }

  private List<Coordinate> candidates(Geometry gap) {
    PreparedGeometry inside = PreparedGeometryFactory.prepare(gap);
    List<Coordinate> nodes = new ArrayList<>();
    if (method == CoverageMethod.NETWORK && graph != null) {
      for (Object o : nodeIndex.query(gap.getEnvelopeInternal())) {
        Coordinate c = graph.node((Integer) o);
        if (inside.covers(gap.getFactory().createPoint(c))) {
          nodes.add(c);
        }
      }
    } else {
      for (Object o : cellIndex.query(gap.getEnvelopeInternal())) {
        Coordinate c = uncovered.get((Integer) o).location();
        if (inside.covers(gap.getFactory().createPoint(c))) {
          nodes.add(c);
        }
      }
    }
    if (nodes.isEmpty()) {
      for (Object o : cellIndex.query(gap.getEnvelopeInternal())) {
        Coordinate c = uncovered.get((Integer) o).location();
        if (inside.covers(gap.getFactory().createPoint(c))) {
          nodes.add(c);
        }
      }
    }
    nodes.sort((a, b) -> a.x != b.x ? Double.compare(a.x, b.x) : Double.compare(a.y, b.y));
    double spacing = spacingMeters;
    List<Coordinate> thinned = thin(nodes, spacing);
    while (thinned.size() > maxCandidates) {
      spacing *= 1.5;
      thinned = thin(nodes, spacing);
    }
    return thinned;
  }

  /** One point per {@code spacing} square (the first in x, y order). */
  private static List<Coordinate> thin(List<Coordinate> points, double spacing) {
    Set<Long> seen = new HashSet<>();
    List<Coordinate> out = new ArrayList<>();
    for (Coordinate c : points) {
      long key = (long) Math.floor(c.x / spacing) * 1_000_003L + (long) Math.floor(c.y / spacing);
      if (seen.add(key)) {
        out.add(c);
      }
    }
    return out;
  }
}
