package cn.chegu.viewer.ogc;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * The coordinate reference systems the service answers in (OGC API – Features Part 2), with the
 * axis order EPSG defines for each: what a client gets for {@code crs=…} and how a {@code bbox-crs}
 * box is read.
 *
 * <p>CGCS2000 (EPSG:4490, 4547) is treated as identical to WGS84: the two frames differ by a few
 * centimetres, less than the sample's digitising accuracy; GDAL/PROJ do the same (a null
 * transformation). Transforms come from proj4j, one per call (proj4j transforms are not
 * thread-safe).
 *
 * <p>Besides this fixed list, every planning area answers in its own metric CRS, the UTM zone of
 * its boundary ({@link #utm}, e.g. EPSG:32637 for an area in Moscow): {@link #uris(int)} lists it
 * and {@link #parse(String, String, int)} accepts it. (A class with constants rather than an enum,
 * so that such a CRS can be made.)
 */
public final class OgcCrs {
  /** WGS84 longitude, latitude: GeoJSON's CRS and the storage CRS. */
  public static final OgcCrs CRS84 =
      new OgcCrs("http://www.opengis.net/def/crs/OGC/1.3/CRS84", "EPSG:4326", false, true);

  /** WGS84 with the EPSG axis order latitude, longitude. */
  public static final OgcCrs EPSG_4326 =
      new OgcCrs("http://www.opengis.net/def/crs/EPSG/0/4326", "EPSG:4326", true, true);

  /** CGCS2000 geographic, latitude first like EPSG:4326. */
  public static final OgcCrs EPSG_4490 =
      new OgcCrs("http://www.opengis.net/def/crs/EPSG/0/4490", "EPSG:4490", true, true);

  /** CGCS2000 / 3-degree Gauss-Kruger CM 114E: northing (X), easting (Y), in metres. */
  public static final OgcCrs EPSG_4547 =
      new OgcCrs("http://www.opengis.net/def/crs/EPSG/0/4547", "EPSG:4547", true, false);

  /** Web Mercator: easting, northing in metres. */
  public static final OgcCrs EPSG_3857 =
      new OgcCrs("http://www.opengis.net/def/crs/EPSG/0/3857", "EPSG:3857", false, false);

  /** WGS84 / UTM zone 50N (the analysis CRS): easting, northing in metres. */
  public static final OgcCrs EPSG_32650 =
      new OgcCrs("http://www.opengis.net/def/crs/EPSG/0/32650", "EPSG:32650", false, false);

  private static final List<OgcCrs> VALUES =
      List.of(CRS84, EPSG_4326, EPSG_4490, EPSG_4547, EPSG_3857, EPSG_32650);

  private static final CRSFactory FACTORY = new CRSFactory();
  private static final CoordinateTransformFactory TRANSFORMS = new CoordinateTransformFactory();
  private static final CoordinateReferenceSystem LON_LAT = FACTORY.createFromName("EPSG:4326");

  private final String uri;
  private final String proj4Name;
  private final boolean northFirst;
  private final boolean geographic;

  private OgcCrs(String uri, String proj4Name, boolean northFirst, boolean geographic) {
    this.uri = uri;
    this.proj4Name = proj4Name;
    this.northFirst = northFirst;
    this.geographic = geographic;
  }

  /** The OGC URI, e.g. {@code http://www.opengis.net/def/crs/EPSG/0/4547}. */
  public String uri() {
    return uri;
  }

  /** Whether the first axis points north (latitude or northing first). */
  public boolean northFirst() {
    return northFirst;
  }

  /** The EPSG code (4326 for CRS84, which differs from EPSG:4326 only in axis order). */
  public int epsg() {
    return this == CRS84 ? 4326 : Integer.parseInt(uri.substring(uri.lastIndexOf('/') + 1));
  }

  /** Whether coordinates are degrees (else metres). */
  public boolean geographic() {
    return geographic;
  }

  /** The fixed CRSs, in the order collections list them. */
  public static OgcCrs[] values() {
    return VALUES.toArray(new OgcCrs[0]);
  }

  /**
   * WGS84 / UTM zone {@code epsg} (32601–32660 north, 32701–32760 south): easting, northing in
   * metres — a planning area's metric CRS.
   *
   * @throws IllegalArgumentException for any other code
   */
  public static OgcCrs utm(int epsg) {
    if (epsg == 32650) {
      return EPSG_32650;
    }
    if (!((epsg > 32600 && epsg <= 32660) || (epsg > 32700 && epsg <= 32760))) {
      throw new IllegalArgumentException("not a WGS84 UTM zone: EPSG:" + epsg);
    }
    return new OgcCrs(
        "http://www.opengis.net/def/crs/EPSG/0/" + epsg, "EPSG:" + epsg, false, false);
  }

  /** All URIs, in the order collections list them. */
  public static List<String> uris() {
    return Arrays.stream(values()).map(OgcCrs::uri).toList();
  }

  /** The fixed URIs and, when not among them, the area's metric CRS {@code metricEpsg}. */
  public static List<String> uris(int metricEpsg) {
    List<String> out = new java.util.ArrayList<>(uris());
    String own = utm(metricEpsg).uri();
    if (!out.contains(own)) {
      out.add(own);
    }
    return out;
  }

  /**
   * {@link #parse(String, String)} that also accepts the area's metric CRS {@code metricEpsg}.
   *
   * @throws OgcException 400 naming the CRSs supported here
   */
  public static OgcCrs parse(String text, String parameter, int metricEpsg) {
    OgcCrs own = utm(metricEpsg);
    List<OgcCrs> all = new java.util.ArrayList<>(VALUES);
    if (!all.contains(own)) {
      all.add(own);
    }
    return parse(text, parameter, all);
  }

  /**
   * Parses a CRS URI; {@code EPSG:4547} and {@code [EPSG:4547]} (a safe CURIE) are accepted as
   * shorthands, {@code OGC:CRS84} for CRS84.
   *
   * @param parameter the query parameter's name, for the message
   * @throws OgcException 400 naming the supported CRSs
   */
  public static OgcCrs parse(String text, String parameter) {
    return parse(text, parameter, VALUES);
  }

  private static OgcCrs parse(String text, String parameter, List<OgcCrs> candidates) {
    String t = text.trim();
    if (t.startsWith("[") && t.endsWith("]")) {
      t = t.substring(1, t.length() - 1);
    }
    for (OgcCrs crs : candidates) {
      String code = crs.uri.substring(crs.uri.lastIndexOf('/') + 1);
      String authority = crs == CRS84 ? "OGC:" : "EPSG:";
      if (crs.uri.equals(t)
          || crs.uri.replace("http://", "https://").equals(t)
          || (authority + code).equalsIgnoreCase(t)) {
        return crs;
      }
    }
    throw OgcException.invalidParameter(
        parameter,
        "unsupported CRS '"
            + text
            + "'; supported: "
            + String.join(", ", candidates.stream().map(OgcCrs::uri).toList()));
  }

  /** A copy of {@code lonLat} (CRS84) in this CRS, in its axis order. */
  public Geometry fromLonLat(Geometry lonLat) {
    return fromLonLat(lonLat, northFirst);
  }

  /**
   * A copy of {@code lonLat} (CRS84) in this CRS, north first or east first as asked: WFS clients
   * name a CRS either with its EPSG axis order ({@code urn:ogc:def:crs:EPSG::4326}) or in the
   * traditional east-first order ({@code EPSG:4326}).
   */
  public Geometry fromLonLat(Geometry lonLat, boolean northFirstOut) {
    if (this == CRS84 || (geographic && !northFirstOut)) {
      return lonLat;
    }
    CoordinateTransform t = geographic ? null : transform(LON_LAT, target());
    Geometry copy = lonLat.copy();
    copy.apply(new Reproject(t, false, northFirstOut));
    copy.geometryChanged();
    return copy;
  }

  /** A copy of {@code geometry} (in this CRS's axis order) in CRS84. */
  public Geometry toLonLat(Geometry geometry) {
    if (this == CRS84) {
      return geometry;
    }
    Geometry copy = geometry.copy();
    copy.apply(new Reproject(geographic ? null : transform(target(), LON_LAT), northFirst, false));
    copy.geometryChanged();
    return copy;
  }

  /**
   * Reads a {@code bbox} given in this CRS (four numbers in its axis order) as a CRS84 envelope
   * that contains it: corners and edge midpoints are transformed (enough for boxes of a city).
   */
  public Envelope boxToLonLat(double[] box) {
    return boxToLonLat(box, northFirst);
  }

  /** {@link #boxToLonLat(double[])} with the box's axis order given ({@code northFirstIn}). */
  public Envelope boxToLonLat(double[] box, boolean northFirstIn) {
    boolean northFirst = this != CRS84 && northFirstIn;
    double minA = box[0];
    double minB = box[1];
    double maxA = box[2];
    double maxB = box[3];
    Envelope out = new Envelope();
    CoordinateTransform t = geographic || this == CRS84 ? null : transform(target(), LON_LAT);
    for (double fa : new double[] {0, 0.5, 1}) {
      for (double fb : new double[] {0, 0.5, 1}) {
        // (1 - f) * min + f * max, not min + f * (max - min): the width of ±1e308 overflows
        double a = (1 - fa) * minA + fa * maxA;
        double b = (1 - fb) * minB + fb * maxB;
        double x = northFirst ? b : a;
        double y = northFirst ? a : b;
        if (t != null) {
          ProjCoordinate p = new ProjCoordinate();
          t.transform(new ProjCoordinate(x, y), p);
          x = p.x;
          y = p.y;
        }
        out.expandToInclude(x, y);
      }
    }
    return out;
  }

  private CoordinateReferenceSystem target() {
    return FACTORY.createFromName(proj4Name);
  }

  private static CoordinateTransform transform(
      CoordinateReferenceSystem from, CoordinateReferenceSystem to) {
    return TRANSFORMS.createTransform(from, to);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OgcCrs other && other.uri.equals(uri);
  }

  @Override
  public int hashCode() {
    return uri.hashCode();
  }

  @Override
  public String toString() {
    return uri.substring(uri.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT);
  }

  /**
   * Moves every coordinate: swap the axes of the input when {@code swapIn}, transform (when
   * projected), swap the output when {@code swapOut}.
   */
  private static final class Reproject implements CoordinateSequenceFilter {
    private final CoordinateTransform transform;
    private final boolean swapIn;
    private final boolean swapOut;
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();

    Reproject(CoordinateTransform transform, boolean swapIn, boolean swapOut) {
      this.transform = transform;
      this.swapIn = swapIn;
      this.swapOut = swapOut;
    }

    @Override
    public void filter(CoordinateSequence seq, int i) {
      double x = swapIn ? seq.getY(i) : seq.getX(i);
      double y = swapIn ? seq.getX(i) : seq.getY(i);
      if (transform != null) {
        in.x = x;
        in.y = y;
        transform.transform(in, out);
        x = out.x;
        y = out.y;
      }
      seq.setOrdinate(i, 0, swapOut ? y : x);
      seq.setOrdinate(i, 1, swapOut ? x : y);
    }

    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public boolean isGeometryChanged() {
      return true;
    }
  }
}
