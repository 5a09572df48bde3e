package cn.chegu.viewer.web;

import static cn.chegu.viewer.web.ImportRequests.EDITOR;
import static cn.chegu.viewer.web.ImportRequests.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.chegu.viewer.imports.ImportService;
import cn.chegu.viewer.io.ChinaOffsets;
import cn.chegu.viewer.store.LayerVersionStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Imports into the fixture's facilities layer (fac-1 at 114.11, 30.46; fac-2 at 114.22, 30.37),
 * exports of it, and its versions. Every test leaves the layer as the fixture had it.
 */
@ApiTest
class ImportApiTest {

  @Autowired MockMvc mvc;
  @Autowired ImportService imports;
  @Autowired LayerVersionStore versions;
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void backToTheFixture() {
    if (versions.currentVersion("facilities") > 1) {
      imports.restore("facilities", 1, "test");
    }
  }

  static String csv(String header, String... rows) {
    return header + "\n" + String.join("\n", rows) + "\n";
  }

  private JsonNode features() throws Exception {
    return json.readTree(
        mvc.perform(get("/api/layers/facilities/features"))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private JsonNode ok(String name, byte[] bytes, Map<String, String> params) throws Exception {
    return json.readTree(
        mvc.perform(upload(name, bytes, "facilities", params))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  @Test
  void csvReplacesTheLayerAsANewVersionAndRestoreBringsTheOldOneBack() throws Exception {
    int before = versions.currentVersion("facilities");
    JsonNode report =
        ok(
            "new.csv",
            csv(
                    "id,name_zh,type,capacity,lon,lat",
                    "n1,新站,community_health_station,30,114.15,30.40")
                .getBytes(StandardCharsets.UTF_8),
            Map.of("mode", "replace"));
    assertThat(report.get("version").asInt()).isEqualTo(before + 1);
    // the fixture's two facilities (fac-1, fac-2) go, n1 comes
    assertThat(report.get("changes").toString())
        .isEqualTo("{\"before\":2,\"after\":1,\"added\":1,\"replaced\":0,\"removed\":2}");
    assertThat(report.get("imported").asInt()).isEqualTo(1);
    JsonNode f = features().get("features");
    assertThat(f).hasSize(1);
    JsonNode p = f.get(0).get("properties");
    assertThat(p.get("capacity").asLong()).isEqualTo(30); // typed from CSV text
    assertThat(p.get("source").asText())
        .startsWith("new.csv sha256:")
        .hasSize("new.csv sha256:".length() + 64);
    assertThat(p.get("imported_by").asText()).isEqualTo("editor");
    mvc.perform(get("/api/layers/facilities/versions"))
        .andExpect(jsonPath("$[0].version").value(1))
        .andExpect(jsonPath("$[0].who").value("sample"))
        .andExpect(jsonPath("$[-1:].file").value("new.csv"))
        .andExpect(jsonPath("$[-1:].counts.features").value(1));
    mvc.perform(post("/api/layers/facilities/versions/1/restore").with(EDITOR).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.note").value("restored from version 1"));
    assertThat(features().get("features")).hasSize(2);
    mvc.perform(post("/api/layers/facilities/versions/99/restore").with(EDITOR).with(csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  void appendAddsAndRefusesDuplicateIds() throws Exception {
    ok(
        "more.csv",
        csv("id,type,lon,lat", "n2,hospital,114.12,30.41").getBytes(StandardCharsets.UTF_8),
        Map.of("mode", "append"));
    assertThat(features().get("features")).hasSize(3);
    mvc.perform(
            upload(
                "dup.csv",
                csv("id,type,lon,lat", "fac-1,hospital,114.12,30.41")
                    .getBytes(StandardCharsets.UTF_8),
                "facilities",
                Map.of("mode", "append")))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors[0].field").value("id"))
        .andExpect(jsonPath("$.errors[0].message", containsString("duplicate id 'fac-1'")));
  }

  @Test
  void withoutModeAnImportAppendsAndADryRunOfAReplaceCountsWhatItWouldRemove() throws Exception {
    byte[] file =
        csv("id,type,lon,lat", "fac-2,hospital,114.12,30.41", "n3,kindergarten,114.15,30.40")
            .getBytes(StandardCharsets.UTF_8);
    // fac-2 is already in the layer: a replace overwrites it, drops fac-1 and adds n3
    JsonNode dry = ok("r.csv", file, Map.of("mode", "replace", "dryRun", "true"));
    assertThat(dry.get("changes").toString())
        .isEqualTo("{\"before\":2,\"after\":2,\"added\":1,\"replaced\":1,\"removed\":1}");
    assertThat(features().get("features")).hasSize(2);
    // no mode: append, the two fixture facilities stay
    JsonNode report =
        ok(
            "a.csv",
            csv("id,type,lon,lat", "n4,kindergarten,114.15,30.40").getBytes(StandardCharsets.UTF_8),
            Map.of());
    assertThat(report.get("mode").asText()).isEqualTo("append");
    assertThat(report.get("changes").toString())
        .isEqualTo("{\"before\":2,\"after\":3,\"added\":1,\"replaced\":0,\"removed\":0}");
    assertThat(features().get("features")).hasSize(3);
  }

  @Test
  void dryRunReportsAndPreviewsButWritesNothing() throws Exception {
    // the fixture has no roads: no coverage, so the dry run gives counts and no headline
    int before = versions.currentVersion("facilities");
    JsonNode report =
        ok(
            "new.csv",
            csv("id,type,lon,lat", "n1,kindergarten,114.15,30.40").getBytes(StandardCharsets.UTF_8),
            Map.of("dryRun", "true"));
    assertThat(report.get("dryRun").asBoolean()).isTrue();
    assertThat(report.has("headline")).isFalse();
    assertThat(report.get("preview").get(0).get("id").asText()).isEqualTo("n1");
    assertThat(versions.currentVersion("facilities")).isEqualTo(before);
    assertThat(features().get("features")).hasSize(2);
  }

  @Test
  void gcj02CoordinatesLandWithinAMetreOfTheirWgs84Position() throws Exception {
    Coordinate g = ChinaOffsets.wgsToGcj(114.15, 30.40);
    ok(
        "gaode.csv",
        csv(
                "id,type,lon,lat",
                String.format(java.util.Locale.ROOT, "g1,hospital,%.7f,%.7f", g.x, g.y))
            .getBytes(StandardCharsets.UTF_8),
        Map.of("crs", "GCJ02", "mode", "replace"));
    JsonNode c = features().get("features").get(0).get("geometry").get("coordinates");
    double dx = (c.get(0).asDouble() - 114.15) * 111_320 * Math.cos(Math.toRadians(30.4));
    double dy = (c.get(1).asDouble() - 30.40) * 110_574;
    assertThat(Math.hypot(dx, dy)).isLessThan(1.0);
  }

  @Test
  void mappingRenamesColumnsAndTranslatesValues() throws Exception {
    String mapping =
        "{\"columns\":{\"name_zh\":\"名称\",\"type\":\"类别\"},\"values\":{\"卫生站\":\"community_health_station\"}}";
    ok(
        "bureau.csv",
        csv("名称,类别,经度,纬度", "东风卫生站,卫生站,114.15,30.40", "沌口医院,医院,114.16,30.41")
            .getBytes(StandardCharsets.UTF_8),
        Map.of("mapping", mapping, "mode", "replace"));
    JsonNode f = features().get("features");
    assertThat(f.get(0).get("properties").get("type").asText())
        .isEqualTo("community_health_station");
    assertThat(f.get(1).get("properties").get("type").asText())
        .isEqualTo("hospital"); // FacilityType's Chinese name
    assertThat(f.get(0).get("properties").get("name_zh").asText()).isEqualTo("东风卫生站");
  }

  @Test
  void xlsxWithLonLatColumns() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet s = book.createSheet("设施");
      Row h = s.createRow(0);
      String[] head = {"id", "name_zh", "type", "capacity", "lon", "lat"};
      for (int i = 0; i < head.length; i++) {
        h.createCell(i).setCellValue(head[i]);
      }
      Row r = s.createRow(1);
      r.createCell(0).setCellValue("x1");
      r.createCell(1).setCellValue("学校");
      r.createCell(2).setCellValue("primary_school");
      r.createCell(3).setCellValue(900);
      r.createCell(4).setCellValue(114.2);
      r.createCell(5).setCellValue(30.5);
      book.write(out);
    }
    ok("list.xlsx", out.toByteArray(), Map.of("mode", "replace"));
    JsonNode p = features().get("features").get(0).get("properties");
    assertThat(p.get("capacity").asLong()).isEqualTo(900);
    assertThat(p.get("name_zh").asText()).isEqualTo("学校");
  }

  @Test
  void skipInvalidWritesTheValidOnesAndListsTheRest() throws Exception {
    JsonNode report =
        ok(
            "mixed.csv",
            csv("id,type,lon,lat", "a,hospital,114.15,30.40", "b,spaceport,114.16,30.41")
                .getBytes(StandardCharsets.UTF_8),
            Map.of("skipInvalid", "true"));
    assertThat(report.get("imported").asInt()).isEqualTo(1);
    assertThat(report.get("skipped").asInt()).isEqualTo(1);
    assertThat(report.get("errors").get(0).get("feature").asText()).isEqualTo("feature 2 (id b)");
    assertThat(report.get("errors").get(0).get("field").asText()).isEqualTo("type");
  }

  @Test
  void aWholeFileInTheWrongCrsIsCaughtWithAHint() throws Exception {
    // Gauss-Krüger CM 114°E metres read as longitude/latitude: thousands of km off; the hint
    // names the CRS in which they land in the zone.
    mvc.perform(
            upload(
                "gk.csv",
                csv("id,type,x,y", "a,hospital,510640,3363200", "b,hospital,511600,3364200")
                    .getBytes(StandardCharsets.UTF_8),
                "facilities",
                Map.of("crs", "EPSG:4326")))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors", hasSize(1)))
        .andExpect(jsonPath("$.errors[0].message", containsString("all 2 features lie")))
        .andExpect(jsonPath("$.errors[0].message", containsString("is the CRS EPSG:4547")));
  }

  @Test
  void onlyEditorsImport() throws Exception {
    byte[] file =
        csv("id,type,lon,lat", "a,hospital,114.15,30.40").getBytes(StandardCharsets.UTF_8);
    mvc.perform(upload("a.csv", file, "facilities", Map.of()).with(user("viewer").roles("VIEWER")))
        .andExpect(status().isForbidden());
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                    "/api/imports")
                .file(
                    new org.springframework.mock.web.MockMultipartFile(
                        "file", "a.csv", "text/csv", file))
                .param("layer", "facilities")
                .with(csrf()))
        .andExpect(status().isUnauthorized());
    mvc.perform(upload("a.csv", file, "nosuchlayer", Map.of())).andExpect(status().isNotFound());
    mvc.perform(upload("a.csv", file, "facilities", Map.of("mode", "merge")))
        .andExpect(status().isBadRequest());
    mvc.perform(upload("a.csv", file, "facilities", Map.of("crs", "EPSG:2154")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("not supported")));
  }

  @Test
  void exportsRoundTripThroughTheImporter() throws Exception {
    for (String[] c :
        new String[][] {
          {"gpkg", "EPSG:4490", "gpkg"},
          {"shp", "EPSG:4547", "zip"},
          {"csv", "GCJ02", "csv"},
          {"xlsx", "EPSG:4326", "xlsx"},
          {"geojson", "EPSG:4549", "geojson"}
        }) {
      byte[] file =
          mvc.perform(get("/api/layers/facilities/features?format=" + c[0] + "&crs=" + c[1]))
              .andExpect(status().isOk())
              .andExpect(header().string("Content-Disposition", containsString("facilities-")))
              .andExpect(header().string("Content-Disposition", containsString("." + c[2])))
              .andReturn()
              .getResponse()
              .getContentAsByteArray();
      Map<String, String> params =
          c[0].equals("csv") || c[0].equals("xlsx")
              ? Map.of("crs", c[1], "mode", "replace")
              : Map.of("mode", "replace");
      ok("back." + c[2], file, params);
      JsonNode f = features().get("features");
      assertThat(f).as(c[0]).hasSize(2);
      for (JsonNode feature : f) {
        JsonNode xy = feature.get("geometry").get("coordinates");
        boolean first = feature.get("id").asText().equals("fac-1");
        double dx = (xy.get(0).asDouble() - (first ? 114.11 : 114.22)) * 96_000;
        double dy = (xy.get(1).asDouble() - (first ? 30.46 : 30.37)) * 110_574;
        assertThat(Math.hypot(dx, dy)).as(c[0] + " " + c[1]).isLessThan(0.5);
        assertThat(feature.get("properties").get("name_zh").asText()).isNotBlank();
      }
      imports.restore("facilities", 1, "test");
    }
  }

  @Test
  void badExportParametersAre400() throws Exception {
    mvc.perform(get("/api/layers/facilities/features?format=dwg"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("gpkg")));
    mvc.perform(get("/api/layers/facilities/features?format=gpkg&crs=EPSG:9999"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/layers?format=xlsx"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
  }

  @Test
  void aScenarioRemembersTheLayerVersionsItWasMadeOn() throws Exception {
    int before = versions.currentVersion("facilities");
    long id =
        json.readTree(
                mvc.perform(
                        post("/api/scenarios")
                            .contentType("application/json")
                            .content("{\"name\":\"on the old facilities\"}")
                            .with(EDITOR)
                            .with(csrf()))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .get("id")
            .asLong();
    ok(
        "newer.csv",
        csv("id,name_zh,type,lon,lat", "n1,新站,community_health_station,114.15,30.40")
            .getBytes(StandardCharsets.UTF_8),
        Map.of());
    assertThat(versions.currentVersion("facilities")).isEqualTo(before + 1);
    mvc.perform(get("/api/scenarios/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.layerVersions.facilities").value(before));
  }
}
