package cn.chegu.viewer.io;

import org.locationtech.jts.geom.Coordinate;

/**
 * The two obfuscated coordinate systems of Chinese web maps, as pure maths. <b>GCJ-02</b> (Gaode,
 * Tencent, Google China) shifts WGS84 by a published polynomial-plus-sine formula on the Krasovsky
 * ellipsoid (the widely circulated forward formula); <b>BD-09</b> (Baidu) is GCJ-02 rotated and
 * scaled in polar form around the origin plus a constant offset. Only the forward directions have
 * closed forms; the inverses solve {@code forward(w) = c} by fixed-point iteration {@code w ← w −
 * (forward(w) − c)}, which converges because the shift varies by less than 10⁻³ per degree — ten
 * steps reach 10⁻⁹ degrees (about 0.1 mm), far inside the 0.5 m the importer promises.
 */
public final class ChinaOffsets {

  private static final double A = 6378245.0;
  private static final double EE = 0.00669342162296594323;
  private static final double X_PI = Math.PI * 3000.0 / 180.0;
  private static final double TOLERANCE_DEGREES = 1e-10;
  private static final int MAX_ITERATIONS = 30;

  private ChinaOffsets() {}

  /** WGS84 → GCJ-02. */
  public static Coordinate wgsToGcj(double lon, double lat) {
    double dLat = shiftLat(lon - 105.0, lat - 35.0);
    double dLon = shiftLon(lon - 105.0, lat - 35.0);
    double radLat = lat / 180.0 * Math.PI;
    double magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
    double sqrtMagic = Math.sqrt(magic);
    dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
    dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
    return new Coordinate(lon + dLon, lat + dLat);
  }

  /** GCJ-02 → WGS84 (iterative inverse). */
  public static Coordinate gcjToWgs(double lon, double lat) {
    return invert(lon, lat, false);
  }

  /** GCJ-02 → BD-09. */
  public static Coordinate gcjToBd(double lon, double lat) {
    double z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
    double theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
    return new Coordinate(z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006);
  }

  /** WGS84 → BD-09. */
  public static Coordinate wgsToBd(double lon, double lat) {
    Coordinate g = wgsToGcj(lon, lat);
    return gcjToBd(g.x, g.y);
  }

  /** BD-09 → WGS84 (iterative inverse of {@link #wgsToBd}). */
  public static Coordinate bdToWgs(double lon, double lat) {
    return invert(lon, lat, true);
  }

  private static Coordinate invert(double lon, double lat, boolean baidu) {
    double wLon = lon;
    double wLat = lat;
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      Coordinate f = baidu ? wgsToBd(wLon, wLat) : wgsToGcj(wLon, wLat);
      double eLon = f.x - lon;
      double eLat = f.y - lat;
      wLon -= eLon;
      wLat -= eLat;
      if (Math.abs(eLon) < TOLERANCE_DEGREES && Math.abs(eLat) < TOLERANCE_DEGREES) {
        break;
      }
    }
    return new Coordinate(wLon, wLat);
  }

  private static double shiftLat(double x, double y) {
    double r =
        -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
    r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    r += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
    r += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
    return r;
  }

  private static double shiftLon(double x, double y) {
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
    r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    r += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
    r += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
    return r;
  }
}
