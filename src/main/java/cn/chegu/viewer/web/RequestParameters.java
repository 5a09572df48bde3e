package cn.chegu.viewer.web;

import cn.chegu.viewer.io.GeometrySimplifier;
import org.locationtech.jts.geom.Envelope;

/** Parsing and range checks for the API's query parameters, with messages a caller can act on. */
final class RequestParameters {

  private RequestParameters() {}

  /**
   * Parses {@code minLon,minLat,maxLon,maxLat}: four finite numbers, min &lt; max, longitudes in
   * −180..180 and latitudes in −90..90. Null or blank means "no bbox".
   *
   * @return the box (x = longitude), or null when {@code text} is null or blank
   */
  static Envelope bbox(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String[] parts = text.split(",", -1);
    if (parts.length != 4) {
      throw new InvalidParameterException(
          "bbox", "expected 4 numbers minLon,minLat,maxLon,maxLat, got " + parts.length);
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new InvalidParameterException("bbox", "'" + parts[i].trim() + "' is not a number");
      }
      if (!Double.isFinite(v[i])) {
        throw new InvalidParameterException("bbox", "'" + parts[i].trim() + "' is not finite");
      }
    }
    double minLon = v[0];
    double minLat = v[1];
    double maxLon = v[2];
    double maxLat = v[3];
    if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
      throw new InvalidParameterException(
          "bbox", "longitudes must lie in -180..180 and latitudes in -90..90");
    }
    if (minLon >= maxLon || minLat >= maxLat) {
      throw new InvalidParameterException(
          "bbox", "minLon must be less than maxLon and minLat less than maxLat");
    }
    return new Envelope(minLon, maxLon, minLat, maxLat);
  }

  /** {@code value}, or {@code defaultValue} when null, checked to lie in {@code 1..max}. */
  static int limit(Integer value, int defaultValue, int max) {
    int limit = value == null ? defaultValue : value;
    if (limit < 1 || limit > max) {
      throw new InvalidParameterException(
          "limit", "must be between 1 and " + max + ", got " + limit);
    }
    return limit;
  }

  /**
   * Simplification tolerance in degrees from {@code zoom} or {@code maxAllowableOffset}; 0: none.
   */
  static double simplification(Double zoom, Double maxAllowableOffset) {
    try {
      return GeometrySimplifier.tolerance(zoom, maxAllowableOffset);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("zoom/maxAllowableOffset", e.getMessage());
    }
  }

  /**
   * The one value of a parameter that may come both in the query string and as a form field: null
   * when absent or blank; 400 when the two places disagree (which one was meant is unknown).
   */
  static String single(String name, java.util.List<String> values) {
    java.util.List<String> given =
        values == null
            ? java.util.List.of()
            : values.stream()
                .filter(v -> v != null && !v.isBlank())
                .map(String::trim)
                .distinct()
                .toList();
    if (given.size() > 1) {
      throw new InvalidParameterException(
          name, "given twice with different values " + given + "; give it once");
    }
    return given.isEmpty() ? null : given.get(0);
  }
}
