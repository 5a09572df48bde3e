package cn.chegu.viewer.qgis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The QGIS project draws as the web map: every colour and weight in {@link WebPalette} is read from
 * {@code web/js/styles.js} and {@code coverage-layers.js} and compared, so a change on one side
 * only fails here.
 */
class WebPaletteTest {

  private static final String STYLES = read("web/js/styles.js");
  private static final String COVERAGE = read("web/js/coverage-layers.js");

  @Test
  void facilityColoursAndRadiiAreTheMapsOwn() {
    String block = block(STYLES, "FACILITY_COLORS = {");
    for (Map.Entry<String, String> e : WebPalette.FACILITY_COLORS.entrySet()) {
      assertThat(block).as(e.getKey()).contains(e.getKey() + ": '" + e.getValue() + "'");
    }
    assertThat(entries(block)).isEqualTo(WebPalette.FACILITY_COLORS.size());
    String radius = block(STYLES, "FACILITY_RADIUS = {");
    WebPalette.FACILITY_RADIUS.forEach(
        (k, v) ->
            assertThat(radius).contains(k + ": " + (v == Math.rint(v) ? "" + v.intValue() : v)));
  }

  @Test
  void roadsMetroPopulationAndParksAreTheMapsOwn() {
    String roads = block(STYLES, "ROAD_STYLE = {");
    WebPalette.ROAD_STYLE.forEach(
        (cls, s) -> {
          double w = (Double) s[1];
          String weight = w == Math.rint(w) ? String.valueOf((int) w) : String.valueOf(w);
          assertThat(roads).contains(cls + ": { color: '" + s[0] + "', weight: " + weight + " }");
        });
    String metro = block(STYLES, "METRO_COLORS = {");
    WebPalette.METRO_COLORS.forEach((k, v) -> assertThat(metro).contains(k + ": '" + v + "'"));
    assertThat(STYLES)
        .contains("POPULATION_BREAKS = " + WebPalette.POPULATION_BREAKS.toString())
        .contains("POPULATION_COLORS = " + quoted(WebPalette.POPULATION_COLORS));
    assertThat(STYLES).contains("PARK_COLORS = " + quoted(WebPalette.PARK_COLORS));
  }

  @Test
  void outlinesWaterGapsAndBandsAreTheMapsOwn() {
    assertThat(STYLES)
        .contains(
            "ZONE_OUTLINE = { color: '"
                + WebPalette.ZONE_COLOR
                + "', weight: "
                + WebPalette.ZONE_WEIGHT
                + ", dashArray: '"
                + WebPalette.ZONE_DASH
                + "'")
        .contains(
            "SUBDISTRICT = { color: '"
                + WebPalette.SUBDISTRICT_COLOR
                + "', weight: "
                + WebPalette.SUBDISTRICT_WEIGHT
                + ", dashArray: '"
                + WebPalette.SUBDISTRICT_DASH
                + "'")
        .contains(
            "WATER = { color: '"
                + WebPalette.WATER_STROKE
                + "', weight: "
                + WebPalette.WATER_WEIGHT
                + ", fillColor: '"
                + WebPalette.WATER_FILL
                + "'")
        .contains("isPlanned(props) ? '" + WebPalette.PLANNED_DASH + "'");
    assertThat(COVERAGE)
        .contains("GAP_COLOUR = '" + WebPalette.GAP_COLOUR + "'")
        .contains("weight: " + WebPalette.GAP_WEIGHT)
        .contains("BAND_COLOURS = ['" + WebPalette.BAND_COLOUR + "'");
  }

  @Test
  void darkerIsTheMapsDarkerByHand() {
    // #8dd3c7 × 0.7 = (98.7, 147.7, 139.3) → (99, 148, 139) = #63948b
    assertThat(WebPalette.darker("#8dd3c7")).isEqualTo("#63948b");
  }

  private static String quoted(java.util.List<String> colours) {
    return "[" + String.join(", ", colours.stream().map(c -> "'" + c + "'").toList()) + "]";
  }

  private static int entries(String block) {
    Matcher m = Pattern.compile("\\w+: '#[0-9a-f]{6}'").matcher(block);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String block(String js, String start) {
    int from = js.indexOf(start);
    assertThat(from).as(start).isNotNegative();
    return js.substring(from, js.indexOf("};", from));
  }

  private static String read(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
