package cn.chegu.viewer.io;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a supported CRS from WKT (a Shapefile's {@code .prj}, GDAL writes the ESRI flavour
 * such as {@code PROJCS["CGCS2000_3_Degree_GK_CM_114E",...]}; OGC WKT 1 or 2 with an EPSG
 * authority). A trailing top-level EPSG authority wins; otherwise the projection is matched by its
 * parameters: datum (CGCS2000 or WGS84), projection (geographic, transverse Mercator, Web
 * Mercator), central meridian, false easting and scale factor.
 */
public final class PrjMatcher {

  private static final Pattern TOP_AUTHORITY =
      Pattern.compile(
          "(?:AUTHORITY\\[\"EPSG\",\\s*\"?(\\d+)\"?\\]|ID\\[\"EPSG\",\\s*(\\d+)\\])\\s*\\]\\s*$");

  private PrjMatcher() {}

  /**
   * The CRS the WKT describes.
   *
   * @throws UnsupportedCrsException when the WKT describes none of the supported CRS
   */
  public static Crs match(String wkt) {
    return find(wkt)
        .orElseThrow(
            () ->
                new UnsupportedCrsException(
                    "the .prj describes a CRS this application does not know ("
                        + abbreviate(wkt)
                        + "); pass crs=EPSG:<code> to say which it is"));
  }

  /**
   * The CRS of a file's WKT for a reader: as {@link #match}, but a WKT it cannot read refuses the
   * file ({@link InvalidImportFileException}, 422) unless the user named the CRS ({@code named}),
   * then it is noted in {@code warnings} and null is returned (the named CRS applies).
   */
  static Crs readable(String wkt, String fileName, Crs named, java.util.List<String> warnings) {
    Optional<Crs> found = find(wkt);
    if (found.isPresent()) {
      return found.get();
    }
    String why = "the file's CRS is one this application does not know (" + abbreviate(wkt) + ")";
    if (named != null) {
      warnings.add(why + "; read in crs=" + named + " as given");
      return null;
    }
    throw new InvalidImportFileException(
        fileName + ": " + why + "; say which CRS the coordinates are in with crs=EPSG:<code>");
  }

  static Optional<Crs> find(String wkt) {
    String w = wkt.trim();
    Matcher a = TOP_AUTHORITY.matcher(w);
    if (a.find()) {
      int code = Integer.parseInt(a.group(1) != null ? a.group(1) : a.group(2));
      if (Crs.SUPPORTED.contains(code)) {
        return Optional.of(Crs.epsg(code));
      }
    }
    String u = w.toUpperCase(Locale.ROOT);
    if (!earthEllipsoid(u)) {
      return Optional.empty(); // Mars, Xian 1980, Beijing 1954, …: not WGS84 / CGCS2000
    }
    boolean cgcs =
        u.contains("CGCS") || u.contains("CHINA_GEODETIC") || u.contains("CHINA GEODETIC");
    boolean projected = u.startsWith("PROJCS") || u.startsWith("PROJCRS");
    if (!projected) {
      if (u.startsWith("GEOGCS") || u.startsWith("GEOGCRS") || u.startsWith("GEODCRS")) {
        return Optional.of(Crs.epsg(cgcs ? 4490 : 4326));
      }
      return Optional.empty();
    }
    if (u.contains("MERCATOR_AUXILIARY_SPHERE")
        || u.contains("PSEUDO-MERCATOR")
        || u.contains("PSEUDO_MERCATOR")
        || u.contains("POPULAR VISUALISATION")) {
      return Optional.of(Crs.epsg(3857));
    }
    if (!(u.contains("TRANSVERSE_MERCATOR")
        || u.contains("TRANSVERSE MERCATOR")
        || u.contains("GAUSS_KRUGER"))) {
      return Optional.empty();
    }
    Double cm = parameter(u, "CENTRAL_MERIDIAN", "LONGITUDE OF NATURAL ORIGIN");
    Double fe = parameter(u, "FALSE_EASTING", "FALSE EASTING");
    Double k = parameter(u, "SCALE_FACTOR", "SCALE FACTOR AT NATURAL ORIGIN");
    if (cm == null || fe == null) {
      return Optional.empty();
    }
    return cgcs ? gaussKruger(u, cm, fe) : utm(cm, fe, k);
  }

  private static final Pattern ELLIPSOID =
      Pattern.compile("(?:SPHEROID|ELLIPSOID)\\[\"[^\"]*\",\\s*([0-9.Ee+-]+),\\s*([0-9.Ee+-]+)");

  /**
   * Whether the WKT's ellipsoid is WGS84's or CGCS2000's (a = 6,378,137 m, 1/f = 298.257223563 or
   * 298.257222101); without an ellipsoid, whether its datum is named as one of them. Anything else
   * (another planet, Xian 1980, Beijing 1954, Krassovsky) is not one of the supported CRS, however
   * its projection looks.
   */
  private static boolean earthEllipsoid(String u) {
    Matcher m = ELLIPSOID.matcher(u);
    if (m.find()) {
      double a = Double.parseDouble(m.group(1));
      double inverseFlattening = Double.parseDouble(m.group(2));
      return Math.abs(a - 6_378_137) < 0.5
          && (Math.abs(inverseFlattening - 298.257223563) < 1e-6
              || Math.abs(inverseFlattening - 298.257222101) < 1e-6);
    }
    return u.contains("WGS_1984")
        || u.contains("WGS 84")
        || u.contains("WGS84")
        || u.contains("CGCS")
        || u.contains("CHINA_2000")
        || u.contains("CHINA_GEODETIC")
        || u.contains("CHINA GEODETIC");
  }

  private static Optional<Crs> gaussKruger(String u, double cm, double fe) {
    boolean threeDegree = u.contains("3_DEGREE") || u.contains("3 DEGREE");
    long zonePrefix = Math.round((fe - 500_000) / 1_000_000);
    if (Math.abs(cm - Math.rint(cm)) > 1e-9) {
      return Optional.empty();
    }
    int meridian = (int) Math.rint(cm);
    if (zonePrefix == 0) {
      if (threeDegree || meridian % 6 != 3) {
        return code(4534 + (meridian - 75) / 3, meridian % 3 == 0, 4534, 4554);
      }
      return code(4502 + (meridian - 75) / 6, true, 4502, 4512);
    }
    int zone = (int) zonePrefix;
    if (zone >= 25 && zone <= 45 && zone * 3 == meridian) {
      return code(4513 + zone - 25, true, 4513, 4533);
    }
    if (zone >= 13 && zone <= 23 && zone * 6 - 3 == meridian) {
      return code(4491 + zone - 13, true, 4491, 4501);
    }
    return Optional.empty();
  }

  private static Optional<Crs> utm(double cm, double fe, Double k) {
    if (Math.abs(fe - 500_000) > 1e-6 || (k != null && Math.abs(k - 0.9996) > 1e-9)) {
      return Optional.empty();
    }
    if (Math.abs(cm - 111) < 1e-9) {
      return Optional.of(Crs.epsg(32649));
    }
    if (Math.abs(cm - 117) < 1e-9) {
      return Optional.of(Crs.epsg(32650));
    }
    return Optional.empty();
  }

  private static Optional<Crs> code(int code, boolean valid, int min, int max) {
    return valid && code >= min && code <= max ? Optional.of(Crs.epsg(code)) : Optional.empty();
  }

  private static Double parameter(String u, String... names) {
    for (String name : names) {
      Matcher m =
          Pattern.compile("PARAMETER\\[\"" + Pattern.quote(name) + "\",\\s*(-?[0-9.Ee+-]+)")
              .matcher(u);
      if (m.find()) {
        return Double.parseDouble(m.group(1));
      }
    }
    return null;
  }

  private static String abbreviate(String wkt) {
    String w = wkt.trim();
    return w.length() > 120 ? w.substring(0, 120) + "…" : w;
  }
}
