package cn.chegu.viewer.web.ogc;

import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.io.GeometrySimplifier;
import cn.chegu.viewer.ogc.ItemQuery;
import cn.chegu.viewer.ogc.OgcCrs;
import cn.chegu.viewer.ogc.OgcException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * The query parameters of items and item requests, parsed and checked. Parameters that are not
 * standard are equality filters on queryables (checked against the collection by {@link
 * cn.chegu.viewer.ogc.ItemSelection}); the item endpoint takes no filters, so an unknown parameter
 * there is refused here.
 */
final class OgcParameters {

  /**
   * Parameters with a meaning of their own on the items endpoint ({@code area} is every endpoint's:
   * web.AreaResolver reads it).
   */
  static final List<String> ITEMS =
      List.of(
          "area",
          "f",
          "limit",
          "offset",
          "bbox",
          "bbox-crs",
          "crs",
          "zoom",
          "maxAllowableOffset",
          "datetime");

  /** Parameters of the single-item endpoint. */
  static final List<String> ITEM = List.of("area", "f", "crs", "zoom", "maxAllowableOffset");

  private OgcParameters() {}

  /** {@code crs}, CRS84 when absent. */
  static OgcCrs crs(Map<String, String> params) {
    String crs = params.get("crs");
    return crs == null || crs.isBlank()
        ? OgcCrs.CRS84
        : OgcCrs.parse(crs, "crs", AreaScope.current().metricEpsg());
  }

  /** The simplification tolerance in degrees from {@code zoom} or {@code maxAllowableOffset}. */
  static double tolerance(Map<String, String> params) {
    try {
      return GeometrySimplifier.tolerance(
          number(params, "zoom"), number(params, "maxAllowableOffset"));
    } catch (IllegalArgumentException e) {
      throw OgcException.invalidParameter("zoom/maxAllowableOffset", e.getMessage());
    }
  }

  /** The items query: bbox (in {@code bbox-crs}), limit, offset, filters. */
  static ItemQuery items(Map<String, String> params) {
    Map<String, String> filters = new HashMap<>(params);
    filters.keySet().removeAll(ITEMS);
    Double limit = number(params, "limit");
    Double offset = number(params, "offset");
    return new ItemQuery(
        bbox(params.get("bbox"), params.get("bbox-crs")),
        filters,
        offset == null ? 0 : integer("offset", offset),
        limit == null ? ItemQuery.DEFAULT_LIMIT : integer("limit", limit));
  }

  /** Refuses any parameter of the item endpoint it does not know. */
  static void checkItem(Map<String, String> params) {
    for (String name : params.keySet()) {
      if (!ITEM.contains(name)) {
        throw OgcException.invalidParameter(name, "unknown parameter; allowed: " + ITEM);
      }
    }
  }

  /**
   * {@code minA,minB,maxA,maxB} (or 6 numbers with heights, which are ignored) in the axis order of
   * {@code bbox-crs} (CRS84, i.e. lon/lat, when absent), as a CRS84 envelope.
   */
  static Envelope bbox(String text, String crsText) {
    if (text == null || text.isBlank()) {
      if (crsText != null) {
        throw OgcException.invalidParameter("bbox-crs", "given without bbox");
      }
      return null;
    }
    OgcCrs crs =
        crsText == null
            ? OgcCrs.CRS84
            : OgcCrs.parse(crsText, "bbox-crs", AreaScope.current().metricEpsg());
    String[] parts = text.split(",", -1);
    if (parts.length != 4 && parts.length != 6) {
      throw OgcException.invalidParameter(
          "bbox", "expected 4 (or 6) comma-separated numbers, got " + parts.length);
    }
    double[] v = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw OgcException.invalidParameter("bbox", "'" + parts[i].trim() + "' is not a number");
      }
      if (!Double.isFinite(v[i])) {
        throw OgcException.invalidParameter("bbox", "'" + parts[i].trim() + "' is not finite");
      }
    }
    double[] box =
        parts.length == 4 ? v : new double[] {v[0], v[1], v[3], v[4]}; // drop the heights
    if (box[0] > box[2] || box[1] > box[3]) {
      throw OgcException.invalidParameter(
          "bbox", "the lower corner must come first (min ≤ max on both axes)");
    }
    Envelope lonLat = crs.boxToLonLat(box);
    if (!Double.isFinite(lonLat.getMinX())
        || !Double.isFinite(lonLat.getMaxX())
        || !Double.isFinite(lonLat.getMinY())
        || !Double.isFinite(lonLat.getMaxY())) {
      throw OgcException.invalidParameter(
          "bbox", "lies outside the area where " + crs + " coordinates can be transformed");
    }
    // a box larger than the world (e.g. ±1e308) asks for everything: clipped to the world
    Envelope world = lonLat.intersection(new Envelope(-180, 180, -90, 90));
    return world.isNull() ? lonLat : world; // wholly outside the world: matches nothing
  }

  private static Double number(Map<String, String> params, String name) {
    String text = params.get(name);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      double v = Double.parseDouble(text.trim());
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw OgcException.invalidParameter(name, "'" + text + "' is not a number");
    }
  }

  private static int integer(String name, double v) {
    if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
      throw OgcException.invalidParameter(name, "must be a whole number, got " + v);
    }
    return (int) v;
  }
}
