package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.coverage.AreaOutline;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.facility.FacilitySet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Parsing of the coverage endpoints' parameters, with messages that say what is allowed. */
final class CoverageParameters {

  static final int MAX_BANDS = 6;

  /** Shortest band, minutes: a shorter one rounds to nothing on the network. */
  static final double MIN_BAND_MINUTES = 0.5;

  /** Longest band, minutes. */
  static final double MAX_BAND_MINUTES = 120;

  private CoverageParameters() {}

  static CoverageMethod method(String text) {
    try {
      return CoverageMethod.fromCode(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(
          "method", "must be euclidean or network, got '" + text + "'");
    }
  }

  /** Least and largest grid cell of a map outline, metres. */
  static final double MIN_TOLERANCE_METERS = 5;

  static final double MAX_TOLERANCE_METERS = 500;

  static AreaOutline outline(String text) {
    try {
      return AreaOutline.fromCode(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("outline", "must be map or exact, got '" + text + "'");
    }
  }

  /** Metres in [{@value #MIN_TOLERANCE_METERS}, {@value #MAX_TOLERANCE_METERS}]. */
  static double tolerance(String text) {
    double v = number("tolerance", text);
    if (!(v >= MIN_TOLERANCE_METERS && v <= MAX_TOLERANCE_METERS)) {
      throw new InvalidParameterException(
          "tolerance",
          "must be metres in ["
              + (int) MIN_TOLERANCE_METERS
              + ", "
              + (int) MAX_TOLERANCE_METERS
              + "], got '"
              + text.trim()
              + "'");
    }
    return v;
  }

  static PopulationYear year(String text) {
    try {
      return PopulationYear.of(Integer.parseInt(text.trim()));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("year", "must be 2020 or 2025, got '" + text + "'");
    }
  }

  static FacilitySet facilities(String text) {
    try {
      return FacilitySet.of(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("facilities", e.getMessage());
    }
  }

  /** A residents threshold of gaps (minResidents, minCellResidents): a whole number ≥ 1. */
  static long minResidents(String name, String text) {
    double v = number(name, text);
    if (!(v >= 1 && v <= 1_000_000_000) || v != Math.rint(v)) {
      throw new InvalidParameterException(
          name, "must be a whole number ≥ 1, got '" + text.trim() + "'");
    }
    return (long) v;
  }

  static LonLat lonLat(String lon, String lat) {
    return lonLat(number("lon", lon), number("lat", lat));
  }

  static LonLat lonLat(double x, double y) {
    try {
      return new LonLat(x, y);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("lon/lat", e.getMessage());
    }
  }

  /**
   * Comma-separated minutes, each in [0.5, 120], at most {@value #MAX_BANDS}, ascending after
   * parsing; none given means the standard's own time.
   */
  static List<Duration> bands(String text, Duration standardTime) {
    if (text == null || text.isBlank()) {
      return List.of(standardTime);
    }
    String[] parts = text.split(",", -1);
    if (parts.length > MAX_BANDS) {
      throw new InvalidParameterException(
          "bands", "at most " + MAX_BANDS + " bands, got " + parts.length);
    }
    List<Duration> out = new ArrayList<>();
    for (String part : parts) {
      double minutes = number("bands", part);
      if (!(minutes >= MIN_BAND_MINUTES && minutes <= MAX_BAND_MINUTES)) {
        throw new InvalidParameterException(
            "bands",
            "each band must be minutes from "
                + MIN_BAND_MINUTES
                + " to "
                + MAX_BAND_MINUTES
                + ", got '"
                + part.trim()
                + "'");
      }
      // rounded to 0.1 minute (6 s), then sorted and deduplicated: "15,5,10.04,10" is the
      // cache entry of "5,10,15", not a second costly drawing
      out.add(Duration.ofSeconds(Math.round(minutes * 10) * 6));
    }
    return out.stream().distinct().sorted().toList();
  }

  private static double number(String name, String text) {
    try {
      double v = Double.parseDouble(text.trim());
      if (!Double.isFinite(v)) {
        throw new InvalidParameterException(name, "'" + text.trim() + "' is not a finite number");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name, "'" + text.trim() + "' is not a number");
    }
  }
}
