package cn.chegu.viewer.web;

import cn.chegu.viewer.facility.FacilitySet;
import java.util.Locale;

/** Parsing of the indicator and report parameters, with messages that say what is allowed. */
final class OutputParameters {

  private OutputParameters() {}

  /** {@code existing}, {@code committed} or {@code plan}. */
  static FacilitySet facilities(String text) {
    try {
      return FacilitySet.of(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("facilities", e.getMessage());
    }
  }

  /** The report's file format: {@code pdf} or {@code xlsx}. */
  static String reportFormat(String text) {
    String f = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (!f.equals("pdf") && !f.equals("xlsx")) {
      throw new InvalidParameterException("format", "must be pdf or xlsx, got '" + text + "'");
    }
    return f;
  }

  /** A scenario id, or null when none is given. */
  static Long scenario(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(
          "scenario", "must be a scenario id (a number), got '" + text + "'");
    }
  }
}
