package cn.chegu.viewer.report;

import cn.chegu.viewer.report.ReportContent.LayerRow;
import java.time.Instant;
import java.util.List;

/**
 * The report of a view that is not a coverage view (siting, access, compare, parks): what the panel
 * shows, already computed and formatted as the panel formats it, so screen and report print the
 * same figures. The PDF and XLSX writers only lay it out.
 *
 * @param kind {@code siting}, {@code access}, {@code compare} or {@code parks}
 * @param titleZh the view's title in Chinese
 * @param titleEn the same in English
 * @param description what was asked, in words (standard, year, facility set …)
 * @param headlineLabel what the headline figure is, both languages
 * @param headline the figure as the panel's headline shows it (e.g. {@code 40.1% → 55.3%})
 * @param tables the panel's tables, in its order
 * @param rules how the numbers were obtained, with sources
 * @param layers the data versions and provenance of each layer
 * @param datasetChecksum checksum of the loaded dataset, or "" when unknown
 * @param generatedAt when the report was made
 * @param mapPng the view's map drawn on the server ({@link MapRenderer}), or null for none
 */
public record ViewReport(
    String kind,
    String titleZh,
    String titleEn,
    String description,
    String headlineLabel,
    String headline,
    List<Table> tables,
    List<String> rules,
    List<LayerRow> layers,
    String datasetChecksum,
    Instant generatedAt,
    byte[] mapPng) {

  public ViewReport {
    tables = List.copyOf(tables);
    rules = List.copyOf(rules);
    layers = List.copyOf(layers);
  }

  /**
   * One table, its cells formatted as the panel formats them.
   *
   * @param sheet the workbook sheet's name (ASCII, at most 31 characters)
   * @param title the heading in the PDF, both languages
   */
  public record Table(String sheet, String title, List<String> headers, List<List<String>> rows) {
    public Table {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }
}
