package cn.chegu.viewer.qgis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The web map's colours and line weights ({@code web/js/styles.js} and {@code
 * web/js/coverage-layers.js}) as Java constants, for the QGIS project. {@code WebPaletteTest} reads
 * the two JavaScript files and fails when a value here differs from theirs.
 */
public final class WebPalette {

  private WebPalette() {}

  /** {@code FACILITY_COLORS}. */
  public static final Map<String, String> FACILITY_COLORS =
      ordered(
          "hospital", "#d62728",
          "community_health_center", "#f46d6d",
          "community_health_station", "#f9a8a8",
          "emergency_center", "#67001f",
          "emergency_subcenter", "#ae017e",
          "emergency_station", "#f768a1",
          "kindergarten", "#9ecae1",
          "primary_school", "#4292c6",
          "middle_school", "#08519c",
          "high_school", "#17becf",
          "park", "#31a354",
          "culture", "#8c6bb1",
          "sports", "#ff7f0e");

  /** {@code FACILITY_RADIUS} (others 4.5). */
  public static final Map<String, Double> FACILITY_RADIUS =
      Map.of("hospital", 7.0, "emergency_center", 7.0, "emergency_subcenter", 6.0);

  /** {@code METRO_COLORS}. */
  public static final Map<String, String> METRO_COLORS =
      ordered("3", "#c9a227", "6", "#2e9b4a", "16", "#c2378a");

  /** {@code ROAD_STYLE}: class → colour, weight. */
  public static final Map<String, Object[]> ROAD_STYLE = new LinkedHashMap<>();

  static {
    ROAD_STYLE.put("expressway", new Object[] {"#41527a", 4.0});
    ROAD_STYLE.put("trunk", new Object[] {"#a0906c", 3.2});
    ROAD_STYLE.put("primary", new Object[] {"#9a9a9a", 2.2});
    ROAD_STYLE.put("secondary", new Object[] {"#b0b0b0", 1.6});
    ROAD_STYLE.put("local", new Object[] {"#cccccc", 1.0});
    ROAD_STYLE.put("rural", new Object[] {"#d6c9a8", 0.9});
  }

  /** {@code POPULATION_BREAKS}. */
  public static final List<Integer> POPULATION_BREAKS = List.of(1, 20, 50, 100, 200, 300);

  /** {@code POPULATION_COLORS}. */
  public static final List<String> POPULATION_COLORS =
      List.of("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494");

  /** {@code PARK_COLORS}. */
  public static final List<String> PARK_COLORS =
      List.of(
          "#8dd3c7", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#bc80bd");

  /** {@code WATER}: outline, weight, fill. */
  public static final String WATER_STROKE = "#5b9bd5";

  public static final double WATER_WEIGHT = 0.8;
  public static final String WATER_FILL = "#a9d3ee";

  /** {@code ZONE_OUTLINE}. */
  public static final String ZONE_COLOR = "#3b3b3b";

  public static final double ZONE_WEIGHT = 2.5;
  public static final String ZONE_DASH = "12 4 2 4";

  /** {@code SUBDISTRICT}. */
  public static final String SUBDISTRICT_COLOR = "#7a7a7a";

  public static final double SUBDISTRICT_WEIGHT = 1.2;
  public static final String SUBDISTRICT_DASH = "5 4";

  /** {@code GAP_COLOUR} and {@code GAP_STYLE} (coverage-layers.js). */
  public static final String GAP_COLOUR = "#c51b1b";

  public static final double GAP_WEIGHT = 1.2;

  /** {@code BAND_COLOURS[0]}: the one band of a service-area collection. */
  public static final String BAND_COLOUR = "#1a9850";

  /** The dash of planned transport ({@code transportStyle}). */
  public static final String PLANNED_DASH = "8 6";

  /** {@code darker()}: each channel × 0.7, rounded. */
  public static String darker(String hex) {
    int n = Integer.parseInt(hex.substring(1), 16);
    int r = (int) Math.round((n >> 16) * 0.7);
    int g = (int) Math.round(((n >> 8) & 255) * 0.7);
    int b = (int) Math.round((n & 255) * 0.7);
    return String.format("#%02x%02x%02x", r, g, b);
  }

  private static Map<String, String> ordered(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
