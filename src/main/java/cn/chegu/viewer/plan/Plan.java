package cn.chegu.viewer.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An area's plan: what the plan is called, how its layers are grouped and labelled on the map,
 * which service standards it puts in force and which indicators it sets (see the package
 * documentation; the file format is {@link PlanFile}'s).
 *
 * @param id short identifier of the plan document, {@link #NATIONAL_ID} for the national plan
 * @param source the plan document quoted, in its own words
 * @param title the viewer's title for the area
 * @param reportTitle the title printed on reports
 * @param populationNote how the area's population was obtained (printed in reports)
 * @param indicatorsNote where the indicators' targets come from (printed in reports)
 * @param layerGroups the layer tree's groups in display order, with their names
 * @param legend labels of the map's legend and layer-tree entries that belong to this plan (keys of
 *     the web front end's strings, e.g. {@code toggle.axis})
 * @param standards codes of the service standards in force, in display order
 * @param indicators the plan's indicators, in display order
 * @param standardSources the plan's own clauses behind its standards, per standard code and field
 *     (e.g. {@code health15} → {@code time} → "plan §9.3 …"): laid over the national sources of the
 *     standard catalogue when this plan's area answers; empty for the national plan
 * @param standardSourcesZh the same clauses in Chinese ({@code standardSourcesZh} of the plan
 *     file); a clause without one shows its English text in Chinese answers too
 */
public record Plan(
    String id,
    String source,
    Text title,
    Text reportTitle,
    String populationNote,
    String indicatorsNote,
    List<Label> layerGroups,
    List<Label> legend,
    List<String> standards,
    List<PlanIndicator> indicators,
    Map<String, Map<String, String>> standardSources,
    Map<String, Map<String, String>> standardSourcesZh) {

  /** Id of the national plan (no plan file). */
  public static final String NATIONAL_ID = "national";

  /** GB 50180-2018 (城市居住区规划设计标准): the national standard of the life circles. */
  public static final String GB_50180 = "GB 50180-2018 城市居住区规划设计标准";

  public Plan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(reportTitle, "reportTitle");
    layerGroups = List.copyOf(layerGroups);
    legend = List.copyOf(legend);
    standards = List.copyOf(standards);
    indicators = List.copyOf(indicators);
    standardSources = copy(standardSources);
    standardSourcesZh = copy(standardSourcesZh == null ? Map.of() : standardSourcesZh);
  }

  private static Map<String, Map<String, String>> copy(Map<String, Map<String, String>> in) {
    Map<String, Map<String, String>> sources = new LinkedHashMap<>();
    in.forEach(
        (code, fields) ->
            sources.put(code, Collections.unmodifiableMap(new LinkedHashMap<>(fields))));
    return Collections.unmodifiableMap(sources);
  }

  /**
   * The sources of a standard's numbers under this plan: the catalogue's (national) sources with
   * this plan's clauses laid over them, field by field.
   */
  public Map<String, String> sources(String standard, Map<String, String> national) {
    Map<String, String> out = new LinkedHashMap<>(national);
    out.putAll(standardSources.getOrDefault(standard, Map.of()));
    return out;
  }

  /**
   * {@link #sources} in Chinese: the catalogue's Chinese sources with this plan's clauses laid over
   * them, in Chinese where the plan file gives them, else in its own (English) words — never the
   * national clause a plan replaced.
   */
  public Map<String, String> sourcesZh(String standard, Map<String, String> nationalZh) {
    Map<String, String> out = new LinkedHashMap<>(nationalZh);
    out.putAll(standardSources.getOrDefault(standard, Map.of()));
    out.putAll(standardSourcesZh.getOrDefault(standard, Map.of()));
    return out;
  }

  /** A text in both languages. */
  public record Text(String zh, String en) {
    public Text {
      Objects.requireNonNull(zh, "zh");
      Objects.requireNonNull(en, "en");
    }
  }

  /** A named thing of the map: a layer group ({@code key} = group id) or a legend entry. */
  public record Label(String key, String zh, String en) {}

  /** Whether this is the national plan of an area without a plan file. */
  public boolean national() {
    return NATIONAL_ID.equals(id);
  }

  /**
   * The plan of an area without a plan file: national standards only. GB 50180-2018 defines the
   * residential life circles by walking time (15, 10 and 5 minutes, §1.0.3, §2.0.2–2.0.4); their
   * coverage is measured with the standards {@code life15}, {@code park10} and {@code
   * kindergarten5}. The standard sets no coverage target, so none is stated.
   *
   * @param areaName the area's display name, used in the titles
   */
  public static Plan national(String areaName) {
    String name = areaName == null || areaName.isBlank() ? "" : areaName.strip();
    return new Plan(
        NATIONAL_ID,
        GB_50180,
        new Text(
            name.isEmpty() ? "规划一张图" : name + " · 规划一张图",
            name.isEmpty() ? "Planning viewer" : "Planning viewer — " + name),
        new Text("规划评估报告", "Planning report"),
        "residents of the area's population layer as imported",
        "national standards only (" + GB_50180 + "): the life circles' coverage, no plan targets",
        List.of(),
        List.of(),
        List.of("life15", "park10", "kindergarten5"),
        List.of(
            nationalCircle("life15", "15分钟生活圈", "15-minute life circle", "15-minute level"),
            nationalCircle("park10", "10分钟公共活动圈", "10-minute park circle", "10-minute level"),
            nationalCircle(
                "kindergarten5", "5分钟幼儿园服务圈", "5-minute kindergarten circle", "5-minute level")),
        Map.of(),
        Map.of());
  }

  private static PlanIndicator nationalCircle(
      String standard, String nameZh, String nameEn, String level) {
    return new PlanIndicator(
        standard + "_circle",
        PlanIndicator.Measure.COVERAGE,
        standard,
        List.of(),
        nameZh + "覆盖率",
        nameEn + ": residents covered",
        "GB 50180-2018 (" + level + ")",
        "%",
        null,
        null,
        "国家标准 GB 50180-2018 规定生活圈的步行范围，未定覆盖率目标",
        null,
        null);
  }
}
