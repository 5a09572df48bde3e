package cn.chegu.viewer.transit;

import cn.chegu.viewer.network.Reach;
import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.ShortestPathTree;
import cn.chegu.viewer.network.TravelMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * The walking legs of a transit trip, on the road network's walk mode: access times from an
 * origin's walk tree to every stop, and transfers between stops. Stops reach the network like any
 * point (nearest walkable road within the mode's snap distance).
 */
public final class WalkLinks {

  private WalkLinks() {}

  /**
   * Walk seconds from the origin(s) of {@code tree} to each stop, {@link Raptor#UNREACHED} beyond
   * {@code maxSeconds} or off the network.
   *
   * @param stops stop locations in metres, timetable order
   */
  public static int[] access(ShortestPathTree tree, List<Coordinate> stops, double maxSeconds) {
    int[] out = new int[stops.size()];
    for (int i = 0; i < stops.size(); i++) {
      Reach r = tree.reach(stops.get(i));
      out[i] =
          r.reachable() && r.seconds() <= maxSeconds
              ? (int) Math.ceil(r.seconds())
              : Raptor.UNREACHED;
    }
    return out;
  }

  /** Walking transfers between stops at most {@code maxMeters} apart along the walk network. */
  public static Transfers transfers(
      RoadGraph graph, TravelMode walk, List<Coordinate> stops, double maxMeters) {
    Duration limit =
        Duration.ofMillis((long) Math.ceil(maxMeters / (walk.walkSpeedKmh() / 3.6) * 1000));
    List<Transfers.Walk> walks = new ArrayList<>();
    for (int i = 0; i < stops.size(); i++) {
      ShortestPathTree tree =
          ShortestPathTree.grow(graph, walk, List.of(stops.get(i)), Duration.ZERO, limit);
      for (int j = 0; j < stops.size(); j++) {
        if (j == i) {
          continue;
        }
        Reach r = tree.reach(stops.get(j));
        if (r.reachable() && r.meters() <= maxMeters) {
          walks.add(new Transfers.Walk(i, j, (int) Math.ceil(r.seconds())));
        }
      }
    }
    return Transfers.of(stops.size(), walks);
  }
}
