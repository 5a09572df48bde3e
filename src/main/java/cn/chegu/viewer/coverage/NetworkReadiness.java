package cn.chegu.viewer.coverage;

import cn.chegu.viewer.network.EdgeLocation;
import cn.chegu.viewer.network.EdgeLocator;
import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.TravelMode;
import java.util.List;

/**
 * Whether a road network can answer for the residents at all (issue 15 §3): the residents whose
 * cell centre lies within the mode's snap limit of a road the mode may use, and of those the
 * residents whose nearest such road belongs to the connected component serving the most residents.
 * A network of fragments (an OSM extract of a few streets in a large district) reaches few
 * residents however good its facilities; an answer computed on it must say so.
 *
 * @param residents all residents of the cells
 * @param nearRoad residents within {@code snapMaxMeters} of a usable road
 * @param largestComponent residents attached to the component that serves the most of them
 * @param components connected components of the graph (ignoring one-way)
 * @param snapMaxMeters the mode's snap limit
 */
public record NetworkReadiness(
    long residents, long nearRoad, long largestComponent, int components, double snapMaxMeters) {

  /** Below this share of residents within reach of the network, answers carry a warning. */
  public static final double MIN_SHARE = 0.9;

  /** Share of residents near a usable road (1 when there are none). */
  public double nearRoadShare() {
    return residents == 0 ? 1 : (double) nearRoad / residents;
  }

  /** Share of residents attached to the largest component (1 when there are none). */
  public double largestComponentShare() {
    return residents == 0 ? 1 : (double) largestComponent / residents;
  }

  /** Whether the network reaches too few residents for its coverage figures to mean much. */
  public boolean insufficient() {
    return Math.min(nearRoadShare(), largestComponentShare()) < MIN_SHARE;
  }

  /** Readiness of {@code graph} for {@code mode}'s residents in {@code cells}. */
  public static NetworkReadiness compute(RoadGraph graph, TravelMode mode, List<DemandCell> cells) {
    long residents = 0;
    long near = 0;
    long[] perComponent = new long[Math.max(1, graph.componentCount())];
    EdgeLocator locator = graph.locator(mode);
    boolean anyEdge = false;
    for (int e = 0; e < graph.edgeCount() && !anyEdge; e++) {
      anyEdge = graph.usable(e, mode);
    }
    for (DemandCell cell : cells) {
      residents += cell.residents();
      if (!anyEdge || cell.residents() == 0) {
        continue;
      }
      EdgeLocation at = locator.locate(cell.location());
      if (at.connectorMeters() <= mode.snapMaxMeters()) {
        near += cell.residents();
        perComponent[graph.componentOf(graph.edgeFrom(at.edge()))] += cell.residents();
      }
    }
    long largest = 0;
    for (long r : perComponent) {
      largest = Math.max(largest, r);
    }
    return new NetworkReadiness(
        residents, near, largest, graph.componentCount(), mode.snapMaxMeters());
  }
}
