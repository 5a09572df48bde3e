package cn.chegu.viewer.network;

/**
 * How a point is reached in a {@link ShortestPathTree}.
 *
 * @param source index of the nearest source in the tree's source list, -1 when unreachable
 * @param seconds travel time incl. both connectors and any source delay; {@code +Infinity} when
 *     unreachable
 * @param meters travelled distance along the way (connectors + road), {@code +Infinity} when
 *     unreachable
 */
public record Reach(int source, double seconds, double meters) {

  static final Reach UNREACHABLE =
      new Reach(-1, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

  public boolean reachable() {
    return source >= 0;
  }

  public double minutes() {
    return seconds / 60.0;
  }
}
