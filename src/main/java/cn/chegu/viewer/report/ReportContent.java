package cn.chegu.viewer.report;

import cn.chegu.viewer.indicator.Indicator;
import cn.chegu.viewer.plan.Plan;
import java.time.Instant;
import java.util.List;

/**
 * Everything one report shows, already computed; the PDF and XLSX writers only lay it out.
 *
 * @param title the report's title from the area's plan (zh, en)
 * @param view what was asked: standard, method, year, facility set, scenario
 * @param generatedAt when the report was made
 * @param headline the baseline's residents covered
 * @param scenario the scenario's result, or null when none was asked for
 * @param areas per sub-district, sorted by name
 * @param gaps the baseline's ranked gaps (at most {@link ReportService#MAX_GAPS})
 * @param indicators the area plan's indicators for the same year and facility set
 * @param rules how every number was obtained, with sources
 * @param layers the current version and provenance of each layer
 * @param datasetChecksum SHA-256 of the area's data as it is now (every layer's current version,
 *     {@link cn.chegu.viewer.store.LayerVersionStore#checksum()})
 * @param mapPng the map of the view, PNG bytes
 */
public record ReportContent(
    Plan.Text title,
    View view,
    Instant generatedAt,
    Headline headline,
    ScenarioResult scenario,
    List<AreaRow> areas,
    List<GapRow> gaps,
    List<Indicator> indicators,
    List<String> rules,
    List<LayerRow> layers,
    String datasetChecksum,
    byte[] mapPng) {

  /** The chosen view. */
  public record View(
      String standard,
      String standardZh,
      String standardEn,
      String method,
      int year,
      String facilities,
      Long scenarioId,
      String scenarioName) {}

  /** Residents covered of all residents; share as the coverage API rounds it (4 decimals). */
  public record Headline(long total, long covered, double share) {
    /** The share in per cent with one decimal, as {@link Percent#of} writes it. */
    public String percent() {
      return Percent.of(share, covered, total);
    }
  }

  /** Baseline and scenario side by side. */
  public record ScenarioResult(String name, Headline before, Headline after) {}

  /** One sub-district; {@code scenarioCovered} is null without a scenario. */
  public record AreaRow(String area, long total, long covered, double share, Long scenarioCovered) {
    public String percent() {
      return Percent.of(share, covered, total);
    }
  }

  /** One gap of the ranking. */
  public record GapRow(int rank, String area, long residents, int cells, double areaKm2) {}

  /** One layer's provenance: {@code origin} names the data of its current {@code version}. */
  public record LayerRow(
      String id,
      String title,
      String titleZh,
      int features,
      int version,
      String origin,
      String licence,
      boolean schematic,
      boolean modelled) {}
}
