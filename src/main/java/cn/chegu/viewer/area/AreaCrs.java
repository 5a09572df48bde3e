package cn.chegu.viewer.area;

/**
 * The metric CRS of an area: the UTM zone (WGS84, EPSG:326zz north, 327zz south) of the centroid of
 * its boundary. Within ±3° of a zone's central meridian UTM's scale error stays within 0.1 %
 * (0.9996 on the meridian, 1.0010 at 3° on the equator), so distances and areas of a district are
 * true to that order wherever it lies; Gauss–Krüger 3° zones (CGCS2000, EPSG:4513–4554) would halve
 * that but exist only for China, and a planning area here may lie anywhere. Exception kept: the
 * zones of Norway and Svalbard are taken as the regular grid (no 32V/32X special cases).
 */
public final class AreaCrs {

  private AreaCrs() {}

  /** The UTM zone number (1–60) of a longitude. */
  public static int utmZone(double lon) {
    double l = ((lon + 180) % 360 + 360) % 360; // 0 ≤ l < 360
    return Math.min(60, (int) Math.floor(l / 6) + 1);
  }

  /** EPSG code of the UTM zone of a WGS84 position. */
  public static int utmEpsg(double lon, double lat) {
    return (lat >= 0 ? 32600 : 32700) + utmZone(lon);
  }
}
