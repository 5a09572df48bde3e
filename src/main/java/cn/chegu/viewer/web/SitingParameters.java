package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.facility.FacilitySet;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What {@code /api/siting}, {@code /api/siting/evaluate} and {@code /api/siting/joint} read alike
 * (time limit, year, facility set, minimum spacing, job id), checked once ({@link SolveJob} runs a
 * solve as a cancellable job).
 */
final class SitingParameters {

  static final int MAX_TIME_LIMIT_SECONDS = 60;

  /** The smallest time limit accepted: below it nothing useful can run. */
  static final double MIN_TIME_LIMIT_SECONDS = 0.1;

  /** The largest minimum spacing accepted, metres. */
  static final double MAX_SPACING_METERS = 10_000;

  private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

  private SitingParameters() {}

  /** A client's job id, checked, or a new one. */
  static String jobId(String given) {
    if (given == null || given.isBlank()) {
      return UUID.randomUUID().toString();
    }
    if (!JOB_ID.matcher(given).matches()) {
      throw new InvalidParameterException(
          "jobId", "8 to 64 letters, digits, '-' or '_', got '" + given + "'");
    }
    return given;
  }

  /** The time limit, {@code fallback} seconds when absent. */
  static Duration timeLimit(Double given, double fallback) {
    double seconds = given == null ? fallback : given;
    if (!(seconds >= MIN_TIME_LIMIT_SECONDS && seconds <= MAX_TIME_LIMIT_SECONDS)) {
      throw new InvalidParameterException(
          "timeLimitSeconds",
          "must be in ["
              + MIN_TIME_LIMIT_SECONDS
              + ", "
              + MAX_TIME_LIMIT_SECONDS
              + "], got "
              + seconds);
    }
    return Duration.ofMillis(Math.round(seconds * 1000));
  }

  /** The population year, 2020 when absent. */
  static PopulationYear year(Integer y) {
    return CoverageParameters.year(String.valueOf(y == null ? 2020 : y));
  }

  /** The facility set that stays fixed, {@code existing} when absent. */
  static FacilitySet facilitySet(String code) {
    return code == null ? FacilitySet.EXISTING : CoverageParameters.facilities(code);
  }

  /** The minimum spacing to an existing facility of the same type, metres (0 when absent). */
  static double spacing(Double meters) {
    if (meters == null) {
      return 0;
    }
    if (!(meters >= 0 && meters <= MAX_SPACING_METERS)) {
      throw new InvalidParameterException(
          "minSpacingMeters", "must be in [0, " + (int) MAX_SPACING_METERS + "], got " + meters);
    }
    return meters;
  }
}
