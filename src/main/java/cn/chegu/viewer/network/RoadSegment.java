package cn.chegu.viewer.network;

import java.util.Objects;
import org.locationtech.jts.geom.LineString;

/**
 * One road line as read from the roads layer, in metres.
 *
 * @param line the geometry (metric CRS); forward = digitised direction
 * @param roadClass functional class
 * @param speedKmh driving speed on this road, km/h (&gt; 0)
 * @param oneway true when drivable only in the digitised direction
 * @param foot false when walking is forbidden on it whatever its class allows (OSM {@code foot=no},
 *     {@code access=private|no}; motorways and trunk roads)
 * @param motor false when motor vehicles may not use it (OSM {@code motor_vehicle=no}, {@code
 *     access=private|no}, footways)
 */
public record RoadSegment(
    LineString line,
    RoadClass roadClass,
    double speedKmh,
    boolean oneway,
    boolean foot,
    boolean motor) {

  public RoadSegment {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(roadClass, "roadClass");
    if (!(speedKmh > 0) || Double.isInfinite(speedKmh)) {
      throw new IllegalArgumentException("speedKmh must be a positive number, was " + speedKmh);
    }
  }

  /** A road open to everyone its class allows. */
  public RoadSegment(LineString line, RoadClass roadClass, double speedKmh, boolean oneway) {
    this(line, roadClass, speedKmh, oneway, true, true);
  }

  /** A two-way road at its class's default speed. */
  public static RoadSegment of(LineString line, RoadClass roadClass) {
    return new RoadSegment(line, roadClass, roadClass.defaultSpeedKmh(), false);
  }
}
