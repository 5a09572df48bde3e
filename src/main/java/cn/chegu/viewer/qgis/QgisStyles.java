package cn.chegu.viewer.qgis;

import static cn.chegu.viewer.qgis.WebPalette.*;

import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.qgis.Renderer.Categorized;
import cn.chegu.viewer.qgis.Renderer.Category;
import cn.chegu.viewer.qgis.Renderer.Graduated;
import cn.chegu.viewer.qgis.Renderer.Range;
import cn.chegu.viewer.qgis.Renderer.Single;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The web map's symbology as QGIS renderers, per collection: the rules of {@code styles.js}
 * (facility colour by type, planned paler; metro colour by line, planned dashed; road colour and
 * weight by class; population classes; park hatch by park number; layout by element and belt)
 * written as QGIS expressions over the same properties.
 */
public final class QgisStyles {

  /** "planned" or "under construction": drawn paler (facilities) or dashed (transport). */
  static final String PLANNED = "\"status\" IN ('planned', 'under_construction')";

  private QgisStyles() {}

  /** The renderer of a collection; {@code year} picks the population property (2020 or 2025). */
  public static Renderer of(String collectionId, String geometryType, int year, boolean zh) {
    String id = collectionId;
    if (id.startsWith("gaps-")) {
      return new Single(Symbol.fill(GAP_COLOUR, GAP_WEIGHT, GAP_COLOUR, 0.4, null).hatched());
    }
    if (id.startsWith("service-areas-")) {
      return new Single(Symbol.fill(BAND_COLOUR, 0.8, BAND_COLOUR, 0.28, null));
    }
    if (id.startsWith("scenario-") && id.endsWith("-facilities")) {
      return facilities(zh);
    }
    return switch (id) {
      case "zone" -> new Single(Symbol.outline(ZONE_COLOR, ZONE_WEIGHT, ZONE_DASH));
      case "subdistricts" ->
          new Single(Symbol.outline(SUBDISTRICT_COLOR, SUBDISTRICT_WEIGHT, SUBDISTRICT_DASH));
      case "water" -> new Single(Symbol.fill(WATER_STROKE, WATER_WEIGHT, WATER_FILL, 1, null));
      case "population" -> population(year);
      case "facilities" -> facilities(zh);
      case "roads" -> roads();
      case "parks" -> parks();
      case "layout-lines", "layout-areas", "layout" -> layout(geometryType);
      case "transport-lines" -> transportLines();
      case "transport-points" -> transportPoints();
      case "transport-areas" -> transportAreas();
      default -> new Single(fallback(geometryType));
    };
  }

  /** The property a layer is labelled with, or null for none. */
  public static String labelField(String collectionId, boolean zh) {
    return switch (collectionId) {
      case "facilities", "parks", "transport-points" -> zh ? "name_zh" : "name_en";
      default -> collectionId.startsWith("scenario-") ? (zh ? "name_zh" : "name_en") : null;
    };
  }

  private static Symbol fallback(String geometryType) {
    String t = geometryType.toLowerCase(Locale.ROOT);
    if (t.contains("point")) {
      return Symbol.circle(4.5, "#ffffff", 1.2, "#777777", 0.95, null);
    }
    if (t.contains("line")) {
      return Symbol.line("#666666", 2, 1, null);
    }
    return Symbol.fill("#666666", 1, "#999999", 0.3, null);
  }

  /** {@code facilityStyle}: colour by type; planned and under construction at 0.55 opacity. */
  private static Renderer facilities(boolean zh) {
    List<Category> categories = new ArrayList<>();
    for (Map.Entry<String, String> e : FACILITY_COLORS.entrySet()) {
      double radius = FACILITY_RADIUS.getOrDefault(e.getKey(), 4.5);
      Symbol s = Symbol.circle(radius, "#ffffff", 1.2, e.getValue(), 0.95, null);
      String name = typeName(e.getKey(), zh);
      categories.add(new Category(e.getKey(), name, s));
      categories.add(
          new Category(
              e.getKey() + ":planned",
              name + (zh ? "（规划/在建）" : " (planned)"),
              s.withFillOpacity(0.55)));
    }
    return new Categorized(
        "\"type\" || CASE WHEN " + PLANNED + " THEN ':planned' ELSE '' END",
        categories,
        Symbol.circle(4.5, "#ffffff", 1.2, "#777777", 0.95, null));
  }

  private static String typeName(String code, boolean zh) {
    try {
      FacilityType t = FacilityType.fromCode(code);
      return zh ? t.nameZh() : code.replace('_', ' ');
    } catch (IllegalArgumentException e) {
      return code;
    }
  }

  /** {@code roadStyle}: colour and weight by class, opacity 0.9. */
  private static Renderer roads() {
    List<Category> categories = new ArrayList<>();
    ROAD_STYLE.forEach(
        (cls, s) ->
            categories.add(
                new Category(cls, cls, Symbol.line((String) s[0], (Double) s[1], 0.9, null))));
    Object[] local = ROAD_STYLE.get("local");
    return new Categorized(
        "\"class\"", categories, Symbol.line((String) local[0], (Double) local[1], 0.9, null));
  }

  /** {@code populationStyle}: six classes of residents per cell, no outline, 0.75 opacity. */
  private static Renderer population(int year) {
    List<Range> ranges = new ArrayList<>();
    for (int i = 0; i < POPULATION_BREAKS.size(); i++) {
      int lower = POPULATION_BREAKS.get(i);
      boolean last = i == POPULATION_BREAKS.size() - 1;
      double upper = last ? 1e9 : POPULATION_BREAKS.get(i + 1);
      String label = last ? "≥ " + lower : lower + "–" + (int) (upper - 1);
      ranges.add(
          new Range(
              lower, upper, label, Symbol.fill(null, 0, POPULATION_COLORS.get(i), 0.75, null)));
    }
    return new Graduated(year == 2025 ? "residents_2025" : "residents", ranges);
  }

  /** {@code parkStyle}: outline and hatch in the darker park colour, by {@code park_no}. */
  private static Renderer parks() {
    List<Category> categories = new ArrayList<>();
    for (int n = 1; n <= PARK_COLORS.size(); n++) {
      String dark = darker(PARK_COLORS.get(n - 1));
      categories.add(
          new Category(
              String.valueOf(n), "№" + n, Symbol.fill(dark, 1.5, dark, 0.9, null).hatched()));
    }
    String dark = darker(PARK_COLORS.get(0));
    return new Categorized(
        "to_string(coalesce(\"park_no\", 1))",
        categories,
        Symbol.fill(dark, 1.5, dark, 0.9, null).hatched());
  }

  /** {@code LAYOUT} by element; a belt is the river belt or, when named 东风, the Dongfeng belt. */
  private static Renderer layout(String geometryType) {
    boolean line = geometryType.toLowerCase(Locale.ROOT).contains("line");
    List<Category> c = new ArrayList<>();
    if (line) {
      c.add(new Category("axis", "axis", Symbol.line("#6a1b9a", 7, 0.95, "18 9")));
    } else {
      c.add(new Category("core", "core", Symbol.fill("#b2182b", 2.5, "#d7191c", 0.45, null)));
      c.add(new Category("cluster", "cluster", Symbol.fill("#d95f0e", 2, "#fd8d3c", 0.4, null)));
      c.add(
          new Category(
              "axis_corridor", "axis corridor", Symbol.fill("#b39ddb", 1, "#d1c4e9", 0.45, null)));
      c.add(
          new Category(
              "belt_river", "river belt", Symbol.fill("#12806f", 1.2, "#17a589", 0.3, "4 4")));
      c.add(
          new Category(
              "belt_dongfeng", "Dongfeng belt", Symbol.fill("#8c510a", 1, "#a6611a", 0.22, "4 4")));
    }
    String expression =
        "CASE WHEN \"element\" = 'belt' THEN CASE WHEN concat(\"name_zh\", ' ', \"name_en\", ' ',"
            + " \"id\") ~ '(?i)东风|dongfeng' THEN 'belt_dongfeng' ELSE 'belt_river' END"
            + " ELSE \"element\" END";
    return new Categorized(
        expression,
        c,
        line
            ? Symbol.line("#666666", 1, 1, null)
            : Symbol.fill("#666666", 1, "#666666", 0.2, null));
  }

  /** {@code transportStyle} for lines: by kind (metro by line colour); planned dashed 8 6. */
  private static Renderer transportLines() {
    List<Category> c = new ArrayList<>();
    METRO_COLORS.forEach(
        (line, color) -> addBoth(c, "metro_line-" + line, "Metro " + line, line(color, 4, 0.95)));
    addBoth(c, "metro_line", "Metro", line("#555555", 4, 0.95));
    addBoth(c, "tram_line", "Tram", line("#00a3a3", 3, 1));
    addBoth(c, "railway", "Railway", line("#444444", 2.5, 1));
    addBoth(c, "expressway", "Expressway", line("#41527a", 3.5, 0.75));
    addBoth(c, "trunk_road", "Trunk road", line("#8a7a5c", 2.8, 0.75));
    addBoth(c, "bridge", "Bridge", line("#333333", 6, 0.8));
    String expression =
        "\"kind\" || CASE WHEN \"kind\" = 'metro_line' AND \"line\" IN ("
            + String.join(", ", METRO_COLORS.keySet().stream().map(k -> "'" + k + "'").toList())
            + ") THEN '-' || \"line\" ELSE '' END || CASE WHEN "
            + PLANNED
            + " THEN ':planned' ELSE '' END";
    return new Categorized(expression, c, line("#666666", 2, 1));
  }

  private static Symbol line(String color, double width, double opacity) {
    return Symbol.line(color, width, opacity, null);
  }

  private static void addBoth(List<Category> c, String key, String label, Symbol s) {
    c.add(new Category(key, label, s));
    c.add(new Category(key + ":planned", label + " (planned)", s.dashed(PLANNED_DASH)));
  }

  /** {@code transportPointStyle}: stations white with the first line's colour; ports, airport. */
  private static Renderer transportPoints() {
    List<Category> c = new ArrayList<>();
    METRO_COLORS.forEach(
        (line, color) -> {
          Symbol s = Symbol.circle(4.5, color, 2.5, "#ffffff", 1, null);
          c.add(new Category("station-" + line, "Metro " + line + " station", s));
          c.add(
              new Category(
                  "station-" + line + ":planned",
                  "Metro " + line + " station (planned)",
                  s.dashed("3 2")));
        });
    c.add(new Category("port", "Port", Symbol.circle(7, "#ffffff", 2, "#1f4e79", 0.95, null)));
    c.add(
        new Category("airport", "Airport", Symbol.circle(7, "#ffffff", 2, "#444444", 0.95, null)));
    String expression =
        "CASE WHEN \"kind\" = 'metro_station' THEN 'station-' || trim(array_first("
            + "string_to_array(coalesce(\"lines\", \"line\", ''), ','))) || CASE WHEN "
            + PLANNED
            + " THEN ':planned' ELSE '' END ELSE \"kind\" END";
    return new Categorized(expression, c, Symbol.circle(7, "#ffffff", 2, "#666666", 0.95, null));
  }

  /** {@code transportStyle} for areas: port and airport fills. */
  private static Renderer transportAreas() {
    List<Category> c = new ArrayList<>();
    Symbol port = Symbol.fill("#1f4e79", 1.5, "#4a7fb5", 0.5, null);
    Symbol airport = Symbol.fill("#555555", 1.5, "#999999", 0.5, null);
    c.add(new Category("port", "Port", port));
    c.add(new Category("port:planned", "Port (planned)", port.dashed(PLANNED_DASH)));
    c.add(new Category("airport", "Airport", airport));
    c.add(new Category("airport:planned", "Airport (planned)", airport.dashed(PLANNED_DASH)));
    return new Categorized(
        "\"kind\" || CASE WHEN " + PLANNED + " THEN ':planned' ELSE '' END",
        c,
        Symbol.fill("#666666", 2, "#999999", 0.5, null));
  }
}
