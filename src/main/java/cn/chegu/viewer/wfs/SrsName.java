package cn.chegu.viewer.wfs;

import cn.chegu.viewer.ogc.OgcCrs;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CRS as a WFS request names it, with the axis order that name implies.
 *
 * @param crs the CRS (its transform)
 * @param northFirst whether coordinates come latitude/northing first
 * @param name the name written back in {@code srsName} attributes, in the form the client used
 */
public record SrsName(OgcCrs crs, boolean northFirst, String name) {

  private static final Pattern URN = Pattern.compile("urn:(?:x-)?ogc:def:crs:EPSG:[0-9.]*:(\\d+)");
  private static final Pattern HTTP =
      Pattern.compile("https?://www\\.opengis\\.net/def/crs/EPSG/0/(\\d+)");
  private static final Pattern SHORT = Pattern.compile("EPSG:(\\d+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern GML_SRS =
      Pattern.compile("https?://www\\.opengis\\.net/gml/srs/epsg\\.xml#(\\d+)");

  /** The default CRS of every feature type: WGS84, latitude first (EPSG's order). */
  public static final SrsName DEFAULT = urn(OgcCrs.EPSG_4326);

  /** WGS84 longitude, latitude (GeoJSON's order). */
  public static final SrsName CRS84 =
      new SrsName(OgcCrs.CRS84, false, "urn:ogc:def:crs:OGC:1.3:CRS84");

  /** The URN of a CRS, in EPSG's axis order. */
  public static SrsName urn(OgcCrs crs) {
    return new SrsName(
        crs == OgcCrs.CRS84 ? OgcCrs.EPSG_4326 : crs,
        crs.northFirst(),
        "urn:ogc:def:crs:EPSG::" + crs.epsg());
  }

  /**
   * Parses an srsName: {@code urn:ogc:def:crs:EPSG::4547} and {@code
   * http://www.opengis.net/def/crs/EPSG/0/4547} in EPSG's axis order; {@code EPSG:4547} and {@code
   * http://www.opengis.net/gml/srs/epsg.xml#4547} east first; CRS84 longitude first.
   *
   * @param parameter the parameter's name, for the exception report
   * @throws WfsException InvalidParameterValue naming the supported codes
   */
  public static SrsName parse(String text, String parameter) {
    String t = text.trim();
    if (t.equals("urn:ogc:def:crs:OGC:1.3:CRS84")
        || t.equals(OgcCrs.CRS84.uri())
        || t.equalsIgnoreCase("OGC:CRS84")) {
      return CRS84;
    }
    Matcher m;
    if ((m = URN.matcher(t)).matches() || (m = HTTP.matcher(t)).matches()) {
      OgcCrs crs = byCode(m.group(1), text, parameter);
      return new SrsName(crs, crs.northFirst(), t);
    }
    if ((m = SHORT.matcher(t)).matches() || (m = GML_SRS.matcher(t)).matches()) {
      return new SrsName(byCode(m.group(1), text, parameter), false, t);
    }
    throw unsupported(text, parameter);
  }

  private static OgcCrs byCode(String code, String text, String parameter) {
    for (OgcCrs crs : OgcCrs.values()) {
      if (crs != OgcCrs.CRS84 && String.valueOf(crs.epsg()).equals(code)) {
        return crs;
      }
    }
    throw unsupported(text, parameter);
  }

  private static WfsException unsupported(String text, String parameter) {
    StringBuilder codes = new StringBuilder();
    for (OgcCrs crs : OgcCrs.values()) {
      if (crs != OgcCrs.CRS84) {
        codes.append(codes.length() == 0 ? "" : ", ").append("EPSG:").append(crs.epsg());
      }
    }
    return WfsException.invalid(
        parameter, "unsupported CRS '" + text + "'; supported: " + codes + " (and CRS84)");
  }
}
