package cn.chegu.viewer.plan;

import java.util.List;
import java.util.Objects;

/**
 * One indicator a plan sets, quoted: the words, clause and target are the plan's; {@code measure}
 * says which of the viewer's measurements answers it.
 *
 * @param code stable identifier, e.g. {@code health15_circle}
 * @param measure how the viewer measures it
 * @param standard the service standard measured ({@link Measure#COVERAGE}) or shown with it
 *     (others; may be null)
 * @param types facility type codes counted ({@link Measure#FACILITY_COUNT})
 * @param planRef the clause the target comes from, e.g. {@code §9.3}
 * @param unit "%", "per 1,000 residents", "sites", ...
 * @param baseline the plan's base-year value, or null where it gives none
 * @param target the plan's target value in {@code unit}, or null where it states no number
 * @param targetText the plan's own words for the target
 * @param needs the data that would measure it ({@link Measure#NONE}, {@link
 *     Measure#KINDERGARTEN_PLACES}); null otherwise
 * @param needsZh {@code needs} in Chinese, or null where the plan file gives none
 */
public record PlanIndicator(
    String code,
    Measure measure,
    String standard,
    List<String> types,
    String nameZh,
    String nameEn,
    String planRef,
    String unit,
    Double baseline,
    Double target,
    String targetText,
    String needs,
    String needsZh) {

  public PlanIndicator {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(measure, "measure");
    types = types == null ? List.of() : List.copyOf(types);
  }

  /** The measurements the viewer has for a plan's indicators. */
  public enum Measure {
    /** Share of residents a service standard covers on the network (needs {@code standard}). */
    COVERAGE("coverage"),
    /** Facilities of the given {@code types} in the facility set (needs {@code types}). */
    FACILITY_COUNT("facility_count"),
    /** Residents within 800 m in a straight line of a metro station of the transport layer. */
    METRO_CATCHMENT("metro_catchment"),
    /** Residents within an 800 m walk of a rail stop served in the transit timetable. */
    STATION_AREA("station_area"),
    /** Kindergarten places are counted, the children are not known: not measurable. */
    KINDERGARTEN_PLACES("kindergarten_places"),
    /** Not measurable on the layers: answered with what {@code needs} says. */
    NONE("none");

    private final String code;

    Measure(String code) {
      this.code = code;
    }

    /** The name used in plan files. */
    public String code() {
      return code;
    }

    /** The measure of that name; null when there is none. */
    static Measure of(String code) {
      for (Measure m : values()) {
        if (m.code.equals(code)) {
          return m;
        }
      }
      return null;
    }
  }
}
