package cn.chegu.viewer.analysis;

import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.network.EdgeLocation;
import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.ShortestPathTree;
import cn.chegu.viewer.network.TravelMode;
import cn.chegu.viewer.transit.Timetable;
import cn.chegu.viewer.transit.Transfers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;

/**
 * What transit answers of one facility set share: the compiled timetable, its stops in metres, the
 * walking transfers between them on the set's walk network, and the population cells located on
 * that network once per mode (a residents count then costs one look-up per cell).
 *
 * @param timetable the feed's trips running in the set on the rules' weekday
 * @param stops stop locations in metres, timetable order
 * @param transfers walks between stops
 * @param graph the set's road graph
 * @param walk the walk mode of access, egress and transfers
 */
public record TransitNetwork(
    Timetable timetable,
    List<Coordinate> stops,
    Transfers transfers,
    RoadGraph graph,
    TravelMode walk,
    Map<String, List<EdgeLocation>> locatedCells) {

  /** Cells of a year located for a mode (cached in this network). */
  List<EdgeLocation> located(List<DemandCell> cells, TravelMode mode, PopulationYear year) {
    return locatedCells.computeIfAbsent(
        mode.kind() + "/" + mode.walkSpeedKmh() + "/" + year,
        k -> {
          List<EdgeLocation> out = new ArrayList<>(cells.size());
          for (DemandCell c : cells) {
            out.add(graph.locator(mode).locate(c.location()));
          }
          return out;
        });
  }

  static TransitNetwork of(
      Timetable timetable,
      List<Coordinate> stops,
      Transfers transfers,
      RoadGraph graph,
      TravelMode walk) {
    return new TransitNetwork(timetable, stops, transfers, graph, walk, new ConcurrentHashMap<>());
  }

  /** Residents of cells reached within {@code limitSeconds} in a tree. */
  static long residentsWithin(
      ShortestPathTree tree,
      List<DemandCell> cells,
      List<EdgeLocation> located,
      double limitSeconds) {
    long n = 0;
    for (int i = 0; i < cells.size(); i++) {
      if (tree.reach(located.get(i)).seconds() <= limitSeconds) {
        n += cells.get(i).residents();
      }
    }
    return n;
  }
}
