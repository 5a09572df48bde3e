package cn.chegu.viewer.network;

import org.locationtech.jts.geom.Coordinate;

/**
 * Where an off-network point attaches to the graph: the split point on one edge (a point joins
 * every usable edge within the snap distance: {@link Attachment}).
 *
 * @param edge edge id
 * @param fraction position of the split point along the edge, 0 = {@code from} node, 1 = {@code to}
 *     node (by length)
 * @param splitPoint the split point (metres)
 * @param connectorMeters straight distance from the point to the split point
 */
public record EdgeLocation(
    int edge, double fraction, Coordinate splitPoint, double connectorMeters) {}
