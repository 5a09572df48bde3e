package cn.chegu.viewer.web;

import static cn.chegu.viewer.web.ImportRequests.EDITOR;
import static cn.chegu.viewer.web.TestGeoJson.collection;
import static cn.chegu.viewer.web.TestGeoJson.feature;
import static cn.chegu.viewer.web.TestGeoJson.props;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.chegu.viewer.tools.RequiresTool;
import cn.chegu.viewer.tools.Tool;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A second planning area made from one zip of GeoJSON files, far from Wuhan: a 2 km × 1 km district
 * at 60° N, 24.9° E (UTM zone 35N, EPSG:32635), drawn in local metres:
 *
 * <pre>
 *   y=1000 +---+---+---+---+---+---+---+---+
 *          | . | . | . | . | . | . | . | . |   8 × 4 cells of 250 m, residents 10 + column
 *          +---+---+---+---+---+---+---+---+   roads through every row and column of centres
 *          | . | . | F | . | . | . | . | . |   F: one health station at (500, 500)
 *          +---+---+---+---+---+---+---+---+
 *          | . | . | . | . | . | . | . | . |
 *      y=0 +---+---+---+---+---+---+---+---+ x=2000
 * </pre>
 *
 * Straight-line coverage within the standard's radius is counted here by hand-checkable distances
 * from F to the cell centres (the nearest centre to a 1000 m circle is 952 m away, so a few metres
 * of projection difference cannot move a cell).
 */
@SampleApiTest
class AreasApiTest {

  static final double LON0 = 24.9;
  static final double LAT0 = 60.0;
  static final double KX = 111_320 * Math.cos(Math.toRadians(LAT0));
  static final double KY = 110_540;
  static final int COLUMNS = 8;
  static final int ROWS = 4;
  static final double CELL = 250;
  static final double FX = 500;
  static final double FY = 500;

  @Autowired MockMvc mvc;
  private final ObjectMapper json = new ObjectMapper();

  private ArrayNode ll(double x, double y) {
    return json.createArrayNode().add(LON0 + x / KX).add(LAT0 + y / KY);
  }

  private ObjectNode box(double x0, double y0, double x1, double y1) {
    ArrayNode ring =
        json.createArrayNode()
            .add(ll(x0, y0))
            .add(ll(x1, y0))
            .add(ll(x1, y1))
            .add(ll(x0, y1))
            .add(ll(x0, y0));
    ObjectNode g = json.createObjectNode().put("type", "Polygon");
    g.set("coordinates", json.createArrayNode().add(ring));
    return g;
  }

  private ObjectNode line(double x0, double y0, double x1, double y1) {
    ObjectNode g = json.createObjectNode().put("type", "LineString");
    g.set("coordinates", json.createArrayNode().add(ll(x0, y0)).add(ll(x1, y1)));
    return g;
  }

  private static long residents(int column) {
    return 10 + column;
  }

  /** The layers of the district; {@code withZone} false leaves the boundary out. */
  private byte[] zip(boolean withZone, boolean badCell) throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    if (withZone) {
      files.put(
          "zone.geojson",
          collection(
              feature(box(0, 0, COLUMNS * CELL, ROWS * CELL), props("id", "z1", "name_zh", "测试"))));
    }
    ObjectNode[] cells = new ObjectNode[COLUMNS * ROWS];
    for (int i = 0; i < COLUMNS; i++) {
      for (int j = 0; j < ROWS; j++) {
        Map<String, Object> p = props("id", "c" + i + "-" + j);
        if (!(badCell && i == 0 && j == 0)) {
          p.put("residents", residents(i));
        }
        cells[i * ROWS + j] = feature(box(i * CELL, j * CELL, (i + 1) * CELL, (j + 1) * CELL), p);
      }
    }
    files.put("population.geojson", collection(cells));
    ObjectNode[] roads = new ObjectNode[COLUMNS + ROWS];
    for (int i = 0; i < COLUMNS; i++) {
      double x = i * CELL + CELL / 2;
      roads[i] = feature(line(x, 0, x, ROWS * CELL), props("id", "v" + i, "class", "local"));
    }
    for (int j = 0; j < ROWS; j++) {
      double y = j * CELL + CELL / 2;
      roads[COLUMNS + j] =
          feature(
              line(0, y, COLUMNS * CELL, y),
              props("id", "h" + j, "class", "local", "speed_kmh", 30));
    }
    files.put("roads.geojson", collection(roads));
    ObjectNode point = json.createObjectNode().put("type", "Point");
    point.set("coordinates", ll(FX, FY));
    files.put(
        "facilities.geojson",
        collection(
            feature(
                point,
                props(
                    "id",
                    "f1",
                    "name_zh",
                    "测试站",
                    "type",
                    "community_health_station",
                    "status",
                    "existing"))));
    return BadFileCorpus.zipBytes(files);
  }

  /** The district of the class comment as a zip of GeoJSON files (for tests of other classes). */
  static byte[] districtZip() throws Exception {
    return new AreasApiTest().zip(true, false);
  }

  private ResultActions create(byte[] zip) throws Exception {
    return AreaUploads.upload(mvc, "district.zip", "application/zip", zip, "Test district");
  }

  private JsonNode read(ResultActions r) throws Exception {
    return json.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  @Test
  void anAreaFromAZipAnswersInItsOwnCrsAndTheDefaultAreaIsUntouched() throws Exception {
    String sample = "/api/coverage?standard=health15&method=euclidean";
    JsonNode before = read(mvc.perform(get(sample)).andExpect(status().isOk()));
    JsonNode created = read(create(zip(true, false)).andExpect(status().isCreated()));
    String id = created.get("id").asText();
    assertThat(created.get("crs").asText()).isEqualTo("EPSG:32635");
    assertThat(created.get("layers").get("population").asInt()).isEqualTo(COLUMNS * ROWS);
    assertThat(created.get("readiness").get("nearWalkableRoadShare").asDouble()).isEqualTo(1.0);
    assertThat(created.get("readiness").get("components").asInt()).isEqualTo(1);

    JsonNode areas = read(mvc.perform(get("/api/areas")).andExpect(status().isOk()));
    assertThat(areas.findValuesAsText("id")).contains("chegu", id);
    assertThat(areas.get(0).get("default").asBoolean()).isTrue();

    double radius = 0;
    for (JsonNode s : read(mvc.perform(get("/api/standards")))) {
      if (s.get("code").asText().equals("health15")) {
        radius = s.get("euclideanRadiusMeters").asDouble();
      }
    }
    long total = 0;
    long covered = 0;
    for (int i = 0; i < COLUMNS; i++) {
      for (int j = 0; j < ROWS; j++) {
        total += residents(i);
        double d = Math.hypot(i * CELL + CELL / 2 - FX, j * CELL + CELL / 2 - FY);
        covered += d <= radius ? residents(i) : 0;
      }
    }
    JsonNode e =
        read(
            mvc.perform(get("/api/coverage?area=" + id + "&standard=health15&method=euclidean"))
                .andExpect(status().isOk()));
    assertThat(e.get("totalResidents").asLong()).isEqualTo(total);
    assertThat(e.get("coveredResidents").asLong()).isEqualTo(covered);
    assertThat(e.get("crs").asText()).isEqualTo("EPSG:32635");
    assertThat(e.get("populationNote")).isNull(); // no 车谷 words for another area
    JsonNode n =
        read(mvc.perform(get("/api/coverage?area=" + id + "&standard=health15&method=network")));
    assertThat(n.get("coveredResidents").asLong()).isPositive().isLessThanOrEqualTo(covered);
    assertThat(n.get("share").asDouble())
        .isCloseTo(n.get("coveredResidents").asDouble() / total, within(1e-4));

    double[] inside = {LON0 + FX / KX, LAT0 + FY / KY};
    mvc.perform(
            get("/api/coverage/at?area=" + id + "&standard=health15&method=euclidean")
                .param("lon", "" + inside[0])
                .param("lat", "" + inside[1]))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.covered").value(true));
    mvc.perform(
            get("/api/coverage/at?standard=health15&method=euclidean")
                .param("lon", "" + inside[0])
                .param("lat", "" + inside[1]))
        .andExpect(status().isBadRequest()); // outside the default area's zone
    // optional layers (transport, water, admin units) missing: answered, not 404
    mvc.perform(get("/api/indicators?area=" + id)).andExpect(status().isOk());
    mvc.perform(get("/api/layers?area=" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value("zone"));

    JsonNode after = read(mvc.perform(get(sample)).andExpect(status().isOk()));
    assertThat(after.get("coveredResidents")).isEqualTo(before.get("coveredResidents"));
    assertThat(after.get("totalResidents")).isEqualTo(before.get("totalResidents"));
    assertThat(after.get("crs").asText()).isEqualTo("EPSG:32650");

    mvc.perform(delete("/api/areas/" + id).with(EDITOR).with(csrf()))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/coverage?area=" + id + "&standard=health15"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/layers/zone/features?area=" + id)).andExpect(status().isNotFound());
  }

  /**
   * Residents outside the boundary: two cells appended east of the zone (within the import's 20 km
   * margin, 99 residents each) change no denominator and are counted in a note; the district has no
   * admin units and its cells no subdistrict, so the per-unit table is one row named after the
   * area, not "".
   */
  @Test
  void cellsOutsideTheBoundaryAreLeftOutAndSaidAndUnnamedCellsTakeTheAreaName() throws Exception {
    JsonNode created = read(create(zip(true, false)).andExpect(status().isCreated()));
    String id = created.get("id").asText();
    String url = "/api/coverage?area=" + id + "&standard=health15&method=euclidean";
    JsonNode before = read(mvc.perform(get(url)).andExpect(status().isOk()));
    assertThat(before.get("byArea")).hasSize(1);
    assertThat(before.get("byArea").get(0).get("area").asText()).isEqualTo("Test district");
    assertThat(before.get("notes").toString()).doesNotContain("outside the boundary");

    double x0 = COLUMNS * CELL + 1000;
    byte[] outside =
        collection(
            feature(box(x0, 0, x0 + CELL, CELL), props("id", "out-1", "residents", 99)),
            feature(box(x0, CELL, x0 + CELL, 2 * CELL), props("id", "out-2", "residents", 99)));
    mvc.perform(
            multipart("/api/imports")
                .file(
                    new MockMultipartFile(
                        "file", "outside.geojson", "application/geo+json", outside))
                .param("layer", "population")
                .param("mode", "append")
                .param("area", id)
                .with(EDITOR)
                .with(csrf()))
        .andExpect(status().isOk());
    JsonNode after = read(mvc.perform(get(url)).andExpect(status().isOk()));
    assertThat(after.get("totalResidents")).isEqualTo(before.get("totalResidents"));
    assertThat(after.get("coveredResidents")).isEqualTo(before.get("coveredResidents"));
    assertThat(after.get("notes").toString())
        .contains("198 residents in 2 cells lie outside the boundary and are not counted");
    assertThat(after.get("notesZh").toString()).contains("边界外 2 个网格中的 198 名居民不计入");
    JsonNode gaps =
        read(
            mvc.perform(
                    get("/api/coverage/gaps?area=" + id + "&standard=health15&method=euclidean"))
                .andExpect(status().isOk()));
    assertThat(gaps.get("notes").toString()).contains("198 residents in 2 cells lie outside");
    mvc.perform(delete("/api/areas/" + id).with(EDITOR).with(csrf()))
        .andExpect(status().isNoContent());
  }

  /**
   * Readiness: after the district's roads are replaced by one street at x = 100 m, only the cells
   * of columns 0 and 1 (centres 25 m and 275 m away) lie within the 500 m snap limit — (10 + 11) ×
   * 4 = 84 of 432 residents, 19.4 % — so the network coverage answer says the network reaches too
   * few, in both languages; the straight-line answer does not.
   */
  @Test
  void aNetworkReachingFewerThan90PercentIsSaidInTheCoverageAnswer() throws Exception {
    JsonNode created = read(create(zip(true, false)).andExpect(status().isCreated()));
    String id = created.get("id").asText();
    String network = "/api/coverage?area=" + id + "&standard=health15&method=network";
    assertThat(read(mvc.perform(get(network))).get("notes").toString())
        .doesNotContain("reaches only");
    byte[] road =
        collection(feature(line(100, 0, 100, ROWS * CELL), props("id", "only", "class", "local")));
    mvc.perform(
            multipart("/api/imports")
                .file(new MockMultipartFile("file", "road.geojson", "application/geo+json", road))
                .param("layer", "roads")
                .param("mode", "replace")
                .param("area", id)
                .with(EDITOR)
                .with(csrf()))
        .andExpect(status().isOk());
    JsonNode n = read(mvc.perform(get(network)).andExpect(status().isOk()));
    assertThat(n.get("notes").toString()).contains("reaches only 19.4 % of the residents");
    assertThat(n.get("notesZh").toString()).contains("路网仅覆盖 19.4% 的居民");
    assertThat(
            read(mvc.perform(get(network.replace("network", "euclidean")))).get("notes").toString())
        .doesNotContain("reaches only");
    mvc.perform(delete("/api/areas/" + id).with(EDITOR).with(csrf()))
        .andExpect(status().isNoContent());
  }

  /** Words of the 车谷 plan that an area without a plan file must never show. */
  static final Pattern CHEGU_WORDS =
      Pattern.compile("车谷|经开|汉南|武汉|Chegu|WEDZ|Car Valley|Five-Year|十四五|481,338|§9");

  @Test
  void anAreaWithoutAPlanFileSpeaksNationalStandardsOnly() throws Exception {
    String cheguPlan = body(mvc.perform(get("/api/plan")).andExpect(status().isOk()));
    String cheguIndicators = body(mvc.perform(get("/api/indicators")).andExpect(status().isOk()));
    String id = read(create(zip(true, false)).andExpect(status().isCreated())).get("id").asText();
    try {
      String indicators =
          body(mvc.perform(get("/api/indicators?area=" + id)).andExpect(status().isOk()));
      assertThat(indicators).doesNotContainPattern(CHEGU_WORDS);
      JsonNode list = json.readTree(indicators);
      assertThat(list.findValuesAsText("code"))
          .containsExactly("life15_circle", "park10_circle", "kindergarten5_circle");
      for (JsonNode i : list) {
        assertThat(i.get("planRef").asText()).startsWith("GB 50180-2018");
        assertThat(i.get("target").isNull()).as("GB 50180 sets no coverage target").isTrue();
        assertThat(i.get("view").asText()).endsWith("&area=" + id);
      }
      // the life circle's share is the coverage answer's, floored to 0.01 %
      JsonNode life =
          read(mvc.perform(get("/api/coverage?area=" + id + "&standard=life15&method=network")));
      assertThat(list.get(0).get("measured").asDouble())
          .isEqualTo(
              Math.floor(
                      life.get("coveredResidents").asLong()
                          * 10_000.0
                          / life.get("totalResidents").asLong())
                  / 100.0);

      String plan = body(mvc.perform(get("/api/plan?area=" + id)).andExpect(status().isOk()));
      assertThat(plan).doesNotContainPattern(CHEGU_WORDS);
      JsonNode p = json.readTree(plan);
      assertThat(p.get("national").asBoolean()).isTrue();
      assertThat(p.get("title").get("en").asText()).isEqualTo("Planning viewer — Test district");
      assertThat(p.get("legend")).isEmpty();
      assertThat(p.get("layerGroups")).isEmpty();

      JsonNode ogc = read(mvc.perform(get("/ogc?area=" + id + "&f=json")));
      assertThat(ogc.get("title").asText())
          .doesNotContainPattern(CHEGU_WORDS)
          .contains("Test district");

      // the default area's plan is untouched by the other area
      assertThat(body(mvc.perform(get("/api/plan")))).isEqualTo(cheguPlan);
      assertThat(body(mvc.perform(get("/api/indicators")))).isEqualTo(cheguIndicators);
      assertThat(json.readTree(cheguPlan).get("title").get("zh").asText()).contains("车谷");
      assertThat(json.readTree(cheguIndicators).findValuesAsText("code"))
          .contains("health15_circle", "emergency_network", "physicians_per_1000");
    } finally {
      mvc.perform(delete("/api/areas/" + id).with(EDITOR).with(csrf()));
    }
  }

  @Test
  @RequiresTool(Tool.CJK_FONT)
  void theReportOfAnAreaWithoutAPlanFileHasNoCheguWords() throws Exception {
    String id = read(create(zip(true, false)).andExpect(status().isCreated())).get("id").asText();
    try {
      byte[] xlsx =
          mvc.perform(get("/api/report?area=" + id + "&standard=life15&method=network&format=xlsx"))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsByteArray();
      StringBuilder text = new StringBuilder();
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
        for (Sheet sheet : wb) {
          for (Row row : sheet) {
            for (Cell cell : row) {
              text.append(cell).append('\t');
            }
            text.append('\n');
          }
        }
      }
      assertThat(text.toString())
          .doesNotContainPattern(CHEGU_WORDS)
          .contains("规划评估报告\tPlanning report")
          .contains("life15_circle");
    } finally {
      mvc.perform(delete("/api/areas/" + id).with(EDITOR).with(csrf()));
    }
  }

  @Test
  void ogcLinksOfAnAreaStayInIt() throws Exception {
    String id = read(create(zip(true, false)).andExpect(status().isCreated())).get("id").asText();
    try {
      JsonNode landing = read(mvc.perform(get("/ogc?f=json&area=" + id)));
      assertThat(landing.get("links").findValuesAsText("href"))
          .isNotEmpty()
          .allSatisfy(href -> assertThat(href).contains("area=" + id));
      JsonNode collection =
          read(
              mvc.perform(get("/ogc/collections/population?f=json&area=" + id))
                  .andExpect(status().isOk()));
      assertThat(collection.get("links").findValuesAsText("href"))
          .isNotEmpty()
          .allSatisfy(href -> assertThat(href).contains("area=" + id));
      // the area's 32 cells in pages of 20: self and next stay in the area, and next reads it
      JsonNode page =
          read(
              mvc.perform(
                      get("/ogc/collections/population/items?f=json&limit=20&area=" + id)
                          .accept("application/geo+json"))
                  .andDo(
                      r ->
                          System.out.println(
                              "ITEMS "
                                  + r.getResponse().getStatus()
                                  + " "
                                  + r.getResponse()
                                      .getContentAsString()
                                      .substring(
                                          0,
                                          Math.min(
                                              600, r.getResponse().getContentAsString().length()))))
                  .andExpect(status().isOk()));
      assertThat(page.get("numberMatched").asInt()).isEqualTo(COLUMNS * ROWS);
      String next = null;
      for (JsonNode l : page.get("links")) {
        assertThat(l.get("href").asText()).contains("area=" + id);
        if (l.get("rel").asText().equals("next")) {
          next = l.get("href").asText();
        }
      }
      assertThat(next).isNotNull();
      JsonNode second =
          read(
              mvc.perform(
                  get(next.substring(next.indexOf("/ogc"))).accept("application/geo+json")));
      assertThat(second.get("features")).hasSize(COLUMNS * ROWS - 20);
      String html =
          body(mvc.perform(get("/ogc/collections?f=html&area=" + id)).andExpect(status().isOk()));
      assertThat(html)
          .contains("href=\"/ogc?f=html&amp;area=" + id + "\"")
          .contains("href=\"/#area=" + id + "\"");
      // the default area's links are as before: no area
      assertThat(read(mvc.perform(get("/ogc?f=json"))).get("links").findValuesAsText("href"))
          .allSatisfy(href -> assertThat(href).doesNotContain("area="));
    } finally {
      mvc.perform(delete("/api/areas/" + id).with(EDITOR).with(csrf()));
    }
  }

  private static String body(ResultActions r) throws Exception {
    return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void aRefusedUploadCreatesNothing() throws Exception {
    int areas = read(mvc.perform(get("/api/areas"))).size();
    JsonNode noZone = read(create(zip(false, false)).andExpect(status().isUnprocessableEntity()));
    assertThat(noZone.get("problems").get(0).get("message").asText()).contains("zone");
    JsonNode badCell = read(create(zip(true, true)).andExpect(status().isUnprocessableEntity()));
    assertThat(badCell.get("problems").get(0).get("field").asText()).isEqualTo("residents");
    assertThat(read(mvc.perform(get("/api/areas"))).size()).isEqualTo(areas);
  }

  @Test
  void anUnknownAreaIs404AndTheDefaultAreaCannotBeDeleted() throws Exception {
    mvc.perform(get("/api/coverage?area=nowhere&standard=health15"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value("no area 'nowhere'; GET /api/areas lists them"));
    mvc.perform(get("/api/layers?area=nowhere")).andExpect(status().isNotFound());
    mvc.perform(delete("/api/areas/chegu").with(EDITOR).with(csrf()))
        .andExpect(status().isConflict());
    mvc.perform(delete("/api/areas/nowhere").with(EDITOR).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(
            multipart("/api/areas")
                .file(new MockMultipartFile("file", "d.zip", "application/zip", zip(true, false)))
                .with(user("viewer").roles("VIEWER"))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }
}
