package cn.chegu.viewer.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * A coordinate reference system the importer and exporter accept: one of the {@link #SUPPORTED}
 * EPSG codes (transformed by proj4j), or one of the two pseudo-CRS of Chinese web maps, {@code
 * GCJ02} and {@code BD09} (maths in {@link ChinaOffsets}). Everything is stored in EPSG:4326.
 * CGCS2000 (EPSG:4490 and its projections) is treated as identical to WGS84: the two frames differ
 * by a few centimetres, below any planning tolerance.
 *
 * <p>Imports also read World Mollweide ({@link #MOLLWEIDE}, ESRI:54009: {@code +proj=moll +lon_0=0
 * +x_0=0 +y_0=0 +datum=WGS84 +units=m}), the equal-area grid GHSL publishes its 100 m population in
 * ({@link #parseImport}); it is no EPSG code, so exports never offer it.
 *
 * @param code {@code EPSG:4547}, {@code GCJ02} or {@code BD09}
 * @param epsg the EPSG number, or 0 for a pseudo-CRS (whose files are written as EPSG:4326 axes)
 */
public record Crs(String code, int epsg) {

  /** EPSG codes accepted: WGS84, CGCS2000 and its Gauss-Krüger zones, Web Mercator, UTM 49/50N. */
  public static final List<Integer> SUPPORTED = supported();

  public static final Crs WGS84 = new Crs("EPSG:4326", 4326);
  public static final Crs GCJ02 = new Crs("GCJ02", 0);
  public static final Crs BD09 = new Crs("BD09", 0);

  /**
   * World Mollweide, ESRI:54009 (GHSL population grids); import only. {@link #epsg()} holds the
   * ESRI number, which no export writes.
   */
  public static final Crs MOLLWEIDE = new Crs("ESRI:54009", 54009);

  private static final Pattern ESRI_MOLLWEIDE =
      Pattern.compile("(?i)^\\s*ESRI\\s*:+\\s*54009\\s*$");

  private static final CRSFactory FACTORY = new CRSFactory();
  private static final CoordinateTransformFactory TRANSFORMS = new CoordinateTransformFactory();
  private static final Pattern EPSG_CODE =
      Pattern.compile("(?i)^\\s*(?:EPSG\\s*:+\\s*)?(\\d{4,5})\\s*$");

  /**
   * Parses {@code EPSG:4547}, {@code 4547}, {@code GCJ02}/{@code GCJ-02}, {@code BD09}/{@code
   * BD-09}.
   *
   * @throws UnsupportedCrsException naming the accepted values
   */
  public static Crs parse(String text) {
    String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace("-", "");
    if (t.equals("GCJ02")) {
      return GCJ02;
    }
    if (t.equals("BD09")) {
      return BD09;
    }
    Matcher m = EPSG_CODE.matcher(t);
    if (m.matches()) {
      return epsg(Integer.parseInt(m.group(1)));
    }
    throw new UnsupportedCrsException(
        "unknown CRS '" + text + "'; use EPSG:<code> (" + ranges() + "), GCJ02 or BD09");
  }

  /**
   * What an import's {@code crs=} may name: {@link #parse} plus {@code ESRI:54009} (World
   * Mollweide, {@link #MOLLWEIDE}).
   *
   * @throws UnsupportedCrsException naming the accepted values
   */
  public static Crs parseImport(String text) {
    if (text != null && ESRI_MOLLWEIDE.matcher(text).matches()) {
      return MOLLWEIDE;
    }
    try {
      return parse(text);
    } catch (UnsupportedCrsException e) {
      throw new UnsupportedCrsException(
          e.getMessage() + "; for imports also ESRI:54009 (World Mollweide, GHSL)");
    }
  }

  /** The supported CRS with this EPSG code. */
  public static Crs epsg(int code) {
    if (!SUPPORTED.contains(code)) {
      throw new UnsupportedCrsException(
          "EPSG:" + code + " is not supported; supported: " + ranges() + ", GCJ02, BD09");
    }
    return new Crs("EPSG:" + code, code);
  }

  /** True for a CRS whose coordinates are longitude/latitude degrees. */
  public boolean geographic() {
    return epsg == 4326 || epsg == 4490 || epsg == 0;
  }

  /** A copy of {@code geometry} (in this CRS) in EPSG:4326, SRID 4326. */
  public Geometry toWgs84(Geometry geometry) {
    return apply(geometry, operation(true), 4326);
  }

  /** A copy of {@code lonLat} (EPSG:4326) in this CRS, SRID = {@link #epsg()} (4326 if pseudo). */
  public Geometry fromWgs84(Geometry lonLat) {
    return apply(lonLat, operation(false), epsg == 0 ? 4326 : epsg);
  }

  /** One position in this CRS as WGS84 longitude/latitude. */
  public Coordinate toWgs84(double x, double y) {
    return operation(true).apply(x, y);
  }

  /** The proj4 definition (for pseudo-CRS: WGS84's). */
  public String proj4() {
    return proj4j(epsg == 0 ? 4326 : epsg).getParameterString();
  }

  @Override
  public String toString() {
    return code;
  }

  /** A coordinate operation; not thread-safe (proj4j transforms are not), so made per use. */
  private interface Operation {
    Coordinate apply(double x, double y);
  }

  private Operation operation(boolean toWgs84) {
    if (this.equals(GCJ02)) {
      return toWgs84 ? ChinaOffsets::gcjToWgs : ChinaOffsets::wgsToGcj;
    }
    if (this.equals(BD09)) {
      return toWgs84 ? ChinaOffsets::bdToWgs : ChinaOffsets::wgsToBd;
    }
    if (epsg == 4326 || epsg == 4490) {
      return Coordinate::new;
    }
    CoordinateReferenceSystem wgs = proj4j(4326);
    CoordinateReferenceSystem own = proj4j(epsg);
    CoordinateTransform t =
        toWgs84 ? TRANSFORMS.createTransform(own, wgs) : TRANSFORMS.createTransform(wgs, own);
    return (x, y) -> {
      ProjCoordinate out = new ProjCoordinate();
      t.transform(new ProjCoordinate(x, y), out);
      return new Coordinate(out.x, out.y);
    };
  }

  private static CoordinateReferenceSystem proj4j(int code) {
    return FACTORY.createFromName((code == MOLLWEIDE.epsg ? "ESRI:" : "EPSG:") + code);
  }

  private static Geometry apply(Geometry geometry, Operation op, int srid) {
    Geometry copy = geometry.copy();
    copy.apply(
        new CoordinateSequenceFilter() {
          @Override
          public void filter(CoordinateSequence seq, int i) {
            Coordinate c = op.apply(seq.getX(i), seq.getY(i));
            seq.setOrdinate(i, 0, c.x);
            seq.setOrdinate(i, 1, c.y);
          }

          @Override
          public boolean isDone() {
            return false;
          }

          @Override
          public boolean isGeometryChanged() {
            return true;
          }
        });
    copy.geometryChanged();
    copy.setSRID(srid);
    return copy;
  }

  private static List<Integer> supported() {
    List<Integer> codes = new ArrayList<>(List.of(4326, 4490, 3857, 32649, 32650));
    for (int c = 4491; c <= 4554; c++) {
      codes.add(
          c); // CGCS2000 Gauss-Krüger: 6° with prefix 4491–4501, without 4502–4512; 3° 4513–4554
    }
    return Collections.unmodifiableList(codes);
  }

  private static String ranges() {
    return "4326, 4490, 4491–4554 (CGCS2000 Gauss-Krüger), 3857, 32649, 32650";
  }
}
