package cn.chegu.viewer.web;

import static cn.chegu.viewer.web.ImportRequests.EDITOR;
import static cn.chegu.viewer.web.ImportRequests.storeChecksum;
import static cn.chegu.viewer.web.ImportRequests.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.chegu.viewer.imports.ImportService;
import cn.chegu.viewer.store.LayerVersionStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One change event, everything derived follows it: after an import into the sample's facilities
 * layer, the layer list, the report's data table and its data checksum name the imported version,
 * and the coverage answer counts the new facility (its cache was dropped by the store's event, not
 * by the import service); a restore of the version before brings the checksum back. The test leaves
 * the layer's content as it found it (restored), as other sample tests share the store.
 */
@SampleApiTest
class LayerChangeApiTest {

  static final String REPORT =
      "/api/report?standard=health15&method=euclidean&year=2020&facilities=existing&format=xlsx";

  @Autowired MockMvc mvc;
  @Autowired ImportService imports;
  @Autowired LayerVersionStore versions;
  @Autowired DataSource dataSource;
  private final ObjectMapper json = new ObjectMapper();

  private int start;

  @org.junit.jupiter.api.BeforeEach
  void remember() {
    start = versions.currentVersion("facilities");
  }

  @AfterEach
  void backToTheSample() {
    if (versions.currentVersion("facilities") == start + 1) {
      imports.restore("facilities", start, "test");
    }
  }

  private JsonNode getJson(String url) throws Exception {
    return json.readTree(
        mvc.perform(get(url))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  /** The report's data table: checksum, then per layer id {version, origin}. */
  private record DataTable(String checksum, Map<String, String[]> layers) {}

  private DataTable reportTable() throws Exception {
    byte[] xlsx =
        mvc.perform(get(REPORT))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet s = wb.getSheet("layers");
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("data checksum (SHA-256)");
      Row header = s.getRow(1);
      assertThat(header.getCell(4).getStringCellValue()).isEqualTo("version");
      assertThat(header.getCell(5).getStringCellValue()).isEqualTo("origin");
      Map<String, String[]> layers = new java.util.LinkedHashMap<>();
      for (int i = 2; i <= s.getLastRowNum(); i++) {
        Row r = s.getRow(i);
        layers.put(
            r.getCell(0).getStringCellValue(),
            new String[] {
              String.valueOf((int) r.getCell(4).getNumericCellValue()),
              r.getCell(5).getStringCellValue()
            });
      }
      return new DataTable(s.getRow(0).getCell(1).getStringCellValue(), layers);
    }
  }

  @Test
  void provenanceChecksumReportAndCoverageFollowAnImportAndItsRestore() throws Exception {
    JsonNode layer = getJson("/api/layers/facilities");
    String loadedOrigin = layer.get("source").asText();
    assertThat(layer.get("version").asInt()).isEqualTo(start);
    DataTable before = reportTable();
    assertThat(before.layers().get("facilities"))
        .containsExactly(String.valueOf(start), loadedOrigin);
    assertThat(before.checksum()).hasSize(64);
    long stationsBefore =
        getJson("/api/coverage?standard=health15&method=euclidean")
            .get("facilitiesUsed")
            .get("total")
            .asLong();

    String csv = "id,name_zh,type,lon,lat\nn9,新站,community_health_station,114.15,30.40\n";
    JsonNode answer =
        json.readTree(
            mvc.perform(
                    upload(
                        "extra.csv",
                        csv.getBytes(StandardCharsets.UTF_8),
                        "facilities",
                        Map.of("mode", "append")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(answer.get("version").asInt()).isEqualTo(start + 1);
    String sha = answer.get("sha256").asText();

    layer = getJson("/api/layers/facilities");
    assertThat(layer.get("version").asInt()).isEqualTo(start + 1);
    assertThat(layer.get("source").asText())
        .startsWith("version " + (start + 1) + ": extra.csv sha256:" + sha.substring(0, 12))
        .contains("by editor at ");
    DataTable after = reportTable();
    assertThat(after.layers().get("facilities")[0]).isEqualTo(String.valueOf(start + 1));
    assertThat(after.layers().get("facilities")[1]).isEqualTo(layer.get("source").asText());
    assertThat(after.layers().get("zone")).isEqualTo(before.layers().get("zone"));
    assertThat(after.checksum()).hasSize(64).isNotEqualTo(before.checksum());
    assertThat(
            getJson("/api/coverage?standard=health15&method=euclidean")
                .get("facilitiesUsed")
                .get("total")
                .asLong())
        .isEqualTo(stationsBefore + 1);

    mvc.perform(
            post("/api/layers/facilities/versions/" + start + "/restore").with(EDITOR).with(csrf()))
        .andExpect(status().isOk());
    DataTable restored = reportTable();
    assertThat(restored.layers().get("facilities")[0]).isEqualTo(String.valueOf(start + 2));
    assertThat(restored.layers().get("facilities")[1]).contains("restored from version " + start);
    assertThat(restored.checksum()).isEqualTo(before.checksum());
    assertThat(
            getJson("/api/coverage?standard=health15&method=euclidean")
                .get("facilitiesUsed")
                .get("total")
                .asLong())
        .isEqualTo(stationsBefore);
  }

  private JsonNode importOneStation(String file) throws Exception {
    String csv = "id,name_zh,type,lon,lat\nn8,新站,community_health_station,114.16,30.41\n";
    return json.readTree(
        mvc.perform(
                upload(
                    file,
                    csv.getBytes(StandardCharsets.UTF_8),
                    "facilities",
                    Map.of("mode", "append")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  /**
   * A scenario records the layer versions it was made on; after an import its answers (GET, the
   * list, its coverage) say that the baseline changed, naming the layer and both versions.
   */
  @Test
  void aScenarioSaysWhenItsBaselineChangedSinceItWasMade() throws Exception {
    String created =
        mvc.perform(
                post("/api/scenarios")
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"before the import\"}")
                    .with(EDITOR)
                    .with(csrf()))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = json.readTree(created).get("id").asLong();
    JsonNode s = getJson("/api/scenarios/" + id);
    assertThat(s.get("layerVersions").get("facilities").asInt()).isEqualTo(start);
    assertThat(s.get("baselineChanged").asBoolean()).isFalse();
    assertThat(s.get("notes")).isEmpty();
    String cov = "/api/scenarios/" + id + "/coverage?standard=health15&method=euclidean";
    assertThat(getJson(cov).get("baselineChanged").asBoolean()).isFalse();

    importOneStation("later.csv");

    s = getJson("/api/scenarios/" + id);
    assertThat(s.get("baselineChanged").asBoolean()).isTrue();
    assertThat(s.get("changedLayers").toString())
        .isEqualTo(
            "[{\"id\":\"facilities\",\"madeOn\":" + start + ",\"now\":" + (start + 1) + "}]");
    String note = "facilities version " + start + " → " + (start + 1);
    assertThat(s.get("notes").get(0).asText()).contains(note);
    assertThat(s.get("notesZh").get(0).asText())
        .contains("facilities 版本 " + start + " → " + (start + 1));
    JsonNode answer = getJson(cov);
    assertThat(answer.get("baselineChanged").asBoolean()).isTrue();
    assertThat(answer.get("notes").toString()).contains(note);
    assertThat(answer.get("notesZh").toString()).contains("本方案创建后基础数据已更新");
    JsonNode listed = getJson("/api/scenarios");
    boolean found = false;
    for (JsonNode x : listed) {
      if (x.get("id").asLong() == id) {
        found = true;
        assertThat(x.get("baselineChanged").asBoolean()).isTrue();
      }
    }
    assertThat(found).isTrue();
    // the baseline's own coverage answer has no such field
    assertThat(getJson("/api/coverage?standard=health15&method=euclidean").has("baselineChanged"))
        .isFalse();

    // restoring the version it was made on is a new version with the same content: no change
    mvc.perform(
            post("/api/layers/facilities/versions/" + start + "/restore").with(EDITOR).with(csrf()))
        .andExpect(status().isOk());
    assertThat(versions.currentVersion("facilities")).isEqualTo(start + 2);
    assertThat(versions.contentChecksum("facilities", start + 2))
        .isEqualTo(versions.contentChecksum("facilities", start))
        .isNotEqualTo(versions.contentChecksum("facilities", start + 1));
    s = getJson("/api/scenarios/" + id);
    assertThat(s.get("layerVersions").get("facilities").asInt()).isEqualTo(start);
    assertThat(s.get("baselineChanged").asBoolean()).isFalse();
    assertThat(s.get("changedLayers")).isEmpty();
    assertThat(s.get("notes")).isEmpty();
    assertThat(getJson(cov).get("baselineChanged").asBoolean()).isFalse();
  }

  /**
   * The admin unit of a cell is checked when given: a dry run of one sample cell copied twice —
   * once naming a unit that is not around it, once naming none — warns about both (and writes
   * nothing).
   */
  @Test
  void anImportNamingAnotherSubdistrictThanTheUnitAroundItIsWarned() throws Exception {
    int population = versions.currentVersion("population");
    JsonNode cell = getJson("/api/layers/population/features?limit=1").get("features").get(0);
    String unit = cell.get("properties").get("subdistrict").asText();
    com.fasterxml.jackson.databind.node.ObjectNode wrong = cell.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) wrong.get("properties"))
        .put("id", "x-wrong")
        .put("subdistrict", "不存在街道");
    wrong.put("id", "x-wrong");
    com.fasterxml.jackson.databind.node.ObjectNode none = cell.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) none.get("properties"))
        .put("id", "x-none")
        .remove("subdistrict");
    none.put("id", "x-none");
    String fc = "{\"type\":\"FeatureCollection\",\"features\":[" + wrong + "," + none + "]}";
    JsonNode answer =
        json.readTree(
            mvc.perform(
                    upload(
                        "units.geojson",
                        fc.getBytes(StandardCharsets.UTF_8),
                        "population",
                        Map.of("mode", "append", "dryRun", "true")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(answer.get("warnings").toString())
        .contains(
            "1 features name a subdistrict other than the admin unit they lie in (kept as given;"
                + " e.g. x-wrong says '不存在街道', lies in '"
                + unit
                + "')")
        .contains("1 population cells have no subdistrict");
    // the same warnings in Chinese, with the same counts and names
    assertThat(answer.get("warningsZh").toString())
        .contains("1 个要素所填街道与其所在的行政单元不一致（按原值保留；例如 x-wrong 填为 '不存在街道'，实际位于 '" + unit + "'）")
        .contains("1 个人口网格未填所属街道");
    assertThat(versions.currentVersion("population")).isEqualTo(population);
  }

  private JsonNode dryRunOk(String name, byte[] bytes, Map<String, String> params)
      throws Exception {
    return json.readTree(
        mvc.perform(upload(name, bytes, "facilities", params))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  private static String csv(String header, String row) {
    return header + "\n" + row + "\n";
  }

  @Test
  void aDryRunThatRemovesTheHealthCentreShowsTheHeadlineDropAndWritesNothing() throws Exception {
    String checksum = storeChecksum(dataSource);
    JsonNode today =
        json.readTree(
            mvc.perform(
                    get(
                        "/api/coverage?standard=health15&method=network&year=2020&facilities=existing"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    // a replace by one kindergarten drops fac-1, and every health facility of the sample
    JsonNode dry =
        dryRunOk(
            "r.csv",
            csv("id,type,lon,lat,status", "k1,kindergarten,114.11,30.46,existing")
                .getBytes(StandardCharsets.UTF_8),
            Map.of("mode", "replace", "dryRun", "true"));
    JsonNode headline = dry.get("headline");
    assertThat(headline.get("standard").asText()).isEqualTo("health15");
    assertThat(headline.get("method").asText()).isEqualTo("network");
    assertThat(headline.get("year").asInt()).isEqualTo(2020);
    assertThat(headline.get("set").asText()).isEqualTo("existing");
    // "before" is the share the coverage answer gives today
    assertThat(headline.get("before").asDouble())
        .isEqualTo(today.get("share").asDouble(), within(1e-4))
        .isPositive();
    assertThat(headline.get("after").asDouble()).isZero();
    assertThat(storeChecksum(dataSource)).isEqualTo(checksum);

    // the same file appended keeps fac-1: the share stays; the real import carries no headline
    JsonNode append =
        dryRunOk(
            "a.csv",
            csv("id,type,lon,lat,status", "k1,kindergarten,114.11,30.46,existing")
                .getBytes(StandardCharsets.UTF_8),
            Map.of("mode", "append", "dryRun", "true"));
    assertThat(append.get("headline").get("after").asDouble())
        .isEqualTo(headline.get("before").asDouble());
    JsonNode written =
        dryRunOk(
            "a.csv",
            csv("id,type,lon,lat,status", "k1,kindergarten,114.11,30.46,existing")
                .getBytes(StandardCharsets.UTF_8),
            Map.of("mode", "append"));
    assertThat(written.has("headline")).isFalse();
    assertThat(written.get("changes").get("after").asInt())
        .isEqualTo(written.get("changes").get("before").asInt() + 1);
  }

  private JsonNode dryRun(String layer, String name, String body, String mode) throws Exception {
    return json.readTree(
        mvc.perform(
                upload(
                    name,
                    body.getBytes(StandardCharsets.UTF_8),
                    layer,
                    Map.of("mode", mode, "dryRun", "true")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  /** The layer as the API lists it: a GeoJSON file the import reads back. */
  private String exported(String layer) throws Exception {
    return mvc.perform(get("/api/layers/" + layer + "/features?limit=50000"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void aPopulationDryRunShowsTheCoverageAndResidentsOfTheStagedCellsAndWritesNothing()
      throws Exception {
    String checksum = storeChecksum(dataSource);
    JsonNode today =
        getJson("/api/coverage?standard=health15&method=network&year=2020&facilities=existing");
    // the layer as it is: the same share and residents before and after
    JsonNode same =
        dryRun("population", "p.geojson", exported("population"), "replace").get("headline");
    assertThat(same.get("before").asDouble())
        .isEqualTo(today.get("share").asDouble(), within(1e-4));
    assertThat(same.get("after").asDouble()).isEqualTo(same.get("before").asDouble());
    assertThat(same.get("residentsBefore").asLong())
        .isEqualTo(today.get("totalResidents").asLong());
    assertThat(same.get("residentsAfter").asLong()).isEqualTo(same.get("residentsBefore").asLong());
    // one cell of 1,000 residents around 沌口社区卫生服务中心 (114.1858, 30.462), an existing
    // health centre: all of them within its 15 minutes, 100 %
    String cell =
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
            + "{\"type\":\"Polygon\",\"coordinates\":[[[114.1853,30.4616],[114.1863,30.4616],"
            + "[114.1863,30.4624],[114.1853,30.4624],[114.1853,30.4616]]]},\"properties\":"
            + "{\"id\":\"c1\",\"residents\":1000,\"residents_2025\":1000}}]}";
    JsonNode one = dryRun("population", "c.geojson", cell, "replace").get("headline");
    assertThat(one.get("standard").asText()).isEqualTo("health15");
    assertThat(one.get("residentsAfter").asLong()).isEqualTo(1000);
    assertThat(one.get("after").asDouble()).isEqualTo(1.0);
    assertThat(storeChecksum(dataSource)).isEqualTo(checksum);
  }

  @Test
  void aRoadsDryRunShowsTheCoverageOnTheStagedRoadsAndWritesNothing() throws Exception {
    String checksum = storeChecksum(dataSource);
    JsonNode same = dryRun("roads", "r.geojson", exported("roads"), "replace").get("headline");
    assertThat(same.get("after").asDouble()).isEqualTo(same.get("before").asDouble()).isPositive();
    assertThat(same.has("residentsBefore")).isFalse();
    // the whole network replaced by one rural road of the sample (road-1, in the zone's far
    // south-west): the health centres are off the network, far fewer residents are reached
    String one =
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
            + "{\"type\":\"LineString\",\"coordinates\":[[113.752273,30.241714],"
            + "[113.754903,30.241798],[113.7579,30.241271]]},\"properties\":{\"id\":\"road-1\","
            + "\"class\":\"rural\",\"status\":\"existing\"}}]}";
    JsonNode gone = dryRun("roads", "one.geojson", one, "replace").get("headline");
    assertThat(gone.get("before").asDouble()).isEqualTo(same.get("before").asDouble());
    assertThat(gone.get("after").asDouble()).as(gone.toString()).isLessThan(0.01);
    assertThat(storeChecksum(dataSource)).isEqualTo(checksum);
  }
}
