package cn.chegu.viewer.network;

import java.time.Duration;
import org.locationtech.jts.geom.Geometry;

/**
 * The area reachable within {@code limit}: a (multi)polygon in metres.
 *
 * @param limit the time band
 * @param area the network buffer (empty polygon when nothing is reachable)
 */
public record ServiceArea(Duration limit, Geometry area) {}
