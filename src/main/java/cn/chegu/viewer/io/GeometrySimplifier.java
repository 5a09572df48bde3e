package cn.chegu.viewer.io;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Geometry thinned to what a map can show at a zoom: vertices that move a line by less than half a
 * screen pixel are dropped (Douglas–Peucker that keeps each feature's topology valid: JTS {@link
 * TopologyPreservingSimplifier}). Points are never changed.
 *
 * <p>A pixel of a Web Mercator map at zoom z spans 360 / (256 · 2^z) degrees of longitude; north–
 * south it spans cos(latitude) times that in degrees of latitude. The tolerance is half of the
 * smaller one at the zone's latitude (30.4° N): 0.000296° (≈ 33 m) at zoom 11, halving per zoom.
 */
public final class GeometrySimplifier {

  /** Highest zoom a request may name (beyond it nothing is simplified anyway). */
  public static final int MAX_ZOOM = 24;

  /** Largest {@code maxAllowableOffset} accepted, in degrees (≈ 11 km). */
  public static final double MAX_OFFSET_DEGREES = 0.1;

  /** Latitude at which a pixel is measured: the zone's centre. */
  static final double ZONE_LATITUDE = 30.4;

  private GeometrySimplifier() {}

  /** Half a screen pixel at {@code zoom}, in degrees of latitude at the zone. */
  public static double toleranceDegrees(double zoom) {
    return 0.5 * 360 / (256 * Math.pow(2, zoom)) * Math.cos(Math.toRadians(ZONE_LATITUDE));
  }

  /**
   * The tolerance in degrees a request asks for: from {@code zoom} (0..{@value #MAX_ZOOM}) or an
   * explicit {@code maxAllowableOffset} (degrees, 0..{@value #MAX_OFFSET_DEGREES}); 0 when neither
   * is given (no simplification).
   *
   * @throws IllegalArgumentException when both are given or one is out of range
   */
  public static double tolerance(Double zoom, Double maxAllowableOffset) {
    if (zoom != null && maxAllowableOffset != null) {
      throw new IllegalArgumentException("give zoom or maxAllowableOffset, not both");
    }
    if (zoom != null) {
      if (!(zoom >= 0 && zoom <= MAX_ZOOM)) {
        throw new IllegalArgumentException("zoom must lie in 0.." + MAX_ZOOM + ", got " + zoom);
      }
      return toleranceDegrees(zoom);
    }
    if (maxAllowableOffset != null) {
      if (!(maxAllowableOffset >= 0 && maxAllowableOffset <= MAX_OFFSET_DEGREES)) {
        throw new IllegalArgumentException(
            "maxAllowableOffset must lie in 0.."
                + MAX_OFFSET_DEGREES
                + " degrees, got "
                + maxAllowableOffset);
      }
      return maxAllowableOffset;
    }
    return 0;
  }

  /** {@code geometry} simplified to {@code tolerance} (its own units); itself when 0 or a point. */
  public static Geometry simplify(Geometry geometry, double tolerance) {
    if (tolerance <= 0 || geometry instanceof Puntal) {
      return geometry;
    }
    Geometry out = TopologyPreservingSimplifier.simplify(geometry, tolerance);
    out.setSRID(geometry.getSRID());
    return out;
  }
}
