package cn.chegu.viewer.ogc;

import java.util.Locale;
import java.util.Optional;

/**
 * The three kinds of geometry a desktop client types a layer by: points, lines and areas (single
 * and multi parts of one dimension belong to the same family). A collection holds one family, so
 * QGIS, ArcGIS and the WFS clients that fix a layer's geometry type from its first feature or its
 * schema see every feature.
 */
public enum GeometryFamily {
  POINTS("points", "Point", "MultiPoint"),
  LINES("lines", "LineString", "MultiLineString"),
  AREAS("areas", "Polygon", "MultiPolygon");

  private final String suffix;
  private final String single;
  private final String multi;

  GeometryFamily(String suffix, String single, String multi) {
    this.suffix = suffix;
    this.single = single;
    this.multi = multi;
  }

  /** The collection id suffix: {@code transport-points}. */
  public String suffix() {
    return suffix;
  }

  /** The OGC type of one part, e.g. {@code LineString}. */
  public String single() {
    return single;
  }

  /** The OGC multi-part type, e.g. {@code MultiLineString}. */
  public String multi() {
    return multi;
  }

  /**
   * The family of an OGC or database type name, in any case and with or without PostGIS's {@code
   * ST_} prefix ({@code ST_MultiPolygon}, {@code POLYGON}); empty for collections and unknown
   * names.
   */
  public static Optional<GeometryFamily> of(String typeName) {
    String t = typeName.trim().toLowerCase(Locale.ROOT);
    if (t.startsWith("st_")) {
      t = t.substring(3);
    }
    for (GeometryFamily f : values()) {
      if (t.equals(f.single.toLowerCase(Locale.ROOT))
          || t.equals(f.multi.toLowerCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The OGC type name written in metadata for this family's types found ({@code single} or multi).
   */
  String typeName(boolean anyMulti) {
    return anyMulti ? multi : single;
  }
}
