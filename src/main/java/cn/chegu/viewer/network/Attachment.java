package cn.chegu.viewer.network;

import java.util.List;

/**
 * Where an off-network point joins the graph: <em>every</em> edge usable by the mode whose nearest
 * point lies within the mode's snap distance, each as an {@link EdgeLocation} (nearest first).
 *
 * <p>Joining every road within the limit, not only the nearest, is what makes travel times
 * monotone: adding a road adds attachments and never removes one (an edge split by a new junction
 * keeps the split point on one of its pieces), so a point's time is a minimum over a superset and
 * cannot grow. With only the nearest road, a new road nearer than the street a point used to join
 * would take its place, and a dead-end or slow new road could cut the point off.
 *
 * @param edges the attachments, nearest first; empty = the point is off the network
 */
public record Attachment(List<EdgeLocation> edges) {

  /** A point beyond the snap distance of every usable road. */
  public static final Attachment NONE = new Attachment(List.of());

  public Attachment {
    edges = List.copyOf(edges);
  }

  /** A point joined to one edge only (hand-made fixtures, the nearest-road rule). */
  public static Attachment of(EdgeLocation only) {
    return new Attachment(List.of(only));
  }

  /** Whether the point joins no road (off the network). */
  public boolean isEmpty() {
    return edges.isEmpty();
  }

  /** The nearest attachment's access leg, metres; {@code +Infinity} when off the network. */
  public double nearestMeters() {
    return edges.isEmpty() ? Double.POSITIVE_INFINITY : edges.get(0).connectorMeters();
  }
}
