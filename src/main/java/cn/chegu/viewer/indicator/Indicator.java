package cn.chegu.viewer.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One plan target measured on our data; see the package documentation for the terms. Null values
 * are written out ({@code "measured": null}), since "not measurable" is an answer.
 *
 * @param code stable identifier, e.g. {@code health15_circle}
 * @param unit "%", "per 1,000 residents", "sites", ...
 * @param baseline the plan's 2020 value, or null where it gives none
 * @param target the plan's 2025 value in {@code unit}, or null where it states no number
 * @param targetText the plan's own words for the target
 * @param measured our value in {@code unit}, or null when the data cannot measure it
 * @param met measured reaches target (null when either is null)
 * @param method how {@code measured} was computed (standard, rule, facility set, year)
 * @param needs the data that would be needed to measure it (null when measured)
 * @param view the map view that shows it: a URL hash for the front end
 * @param methodZh {@code method} in Chinese (null when {@code method} is)
 * @param needsZh {@code needs} in Chinese (null when {@code needs} is)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Indicator(
    String code,
    String nameZh,
    String nameEn,
    String planRef,
    String unit,
    Double baseline,
    Double target,
    String targetText,
    Double measured,
    Boolean met,
    String method,
    String needs,
    String view,
    String methodZh,
    String needsZh) {

  /** An indicator our layers cannot measure: {@code measured} and {@code met} are null. */
  static Indicator unmeasured(
      String code,
      String nameZh,
      String nameEn,
      String planRef,
      String unit,
      Double baseline,
      Double target,
      String targetText,
      String needs,
      String needsZh,
      String view) {
    return new Indicator(
        code,
        nameZh,
        nameEn,
        planRef,
        unit,
        baseline,
        target,
        targetText,
        null,
        null,
        null,
        needs,
        view,
        null,
        needsZh);
  }

  /** Whether {@code measured} reaches {@code target} (at least); null when either is missing. */
  static Boolean reaches(Double measured, Double target) {
    return measured == null || target == null ? null : measured >= target - 1e-9;
  }
}
