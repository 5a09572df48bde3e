package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Results other than layers download as files: a scenario's facilities (rows with lon/lat become
 * points, so GeoPackage/Shapefile too) and access cells (a table). The files are opened by POI,
 * Commons CSV and, when installed, GDAL's {@code ogrinfo}.
 */
@SampleApiTest
class ResultExportApiTest {

  @Autowired MockMvc mvc;
  private final ObjectMapper json = new ObjectMapper();

  private byte[] download(String url, String type) throws Exception {
    return mvc.perform(get(url))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", containsString(type)))
        .andExpect(header().string("Content-Disposition", containsString("attachment")))
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private long scenarioWithOneAddition() throws Exception {
    String body =
        "{\"name\":\"export\",\"facilities\":[{\"type\":\"community_health_station\","
            + "\"name\":\"新站\",\"lon\":114.0690,\"lat\":30.3165}]}";
    return json.readTree(
            mvc.perform(
                    post("/api/scenarios")
                        .contentType("application/json")
                        .content(body)
                        .with(user("editor").roles("EDITOR"))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .get("id")
        .asLong();
  }

  @Test
  void scenarioFacilitiesDownloadInEveryFormat() throws Exception {
    long id = scenarioWithOneAddition();
    String base = "/api/scenarios/" + id + "/facilities";
    JsonNode answer =
        json.readTree(mvc.perform(get(base)).andReturn().getResponse().getContentAsString());
    int n = answer.size();
    assertThat(n).isGreaterThan(1);

    CSVParser csv =
        CSVParser.parse(
            new String(download(base + "?format=csv", "text/csv"), StandardCharsets.UTF_8)
                .replace("\uFEFF", ""),
            CSVFormat.DEFAULT.builder().setHeader().build());
    java.util.List<CSVRecord> records = csv.getRecords();
    assertThat(records).hasSize(n);
    assertThat(csv.getHeaderNames()).contains("id", "x", "y");
    CSVRecord added =
        records.stream().filter(r -> r.get("id").equals("s" + id + "-1")).findFirst().get();
    assertThat(Double.parseDouble(added.get("x"))).isCloseTo(114.0690, within(1e-9));
    assertThat(Double.parseDouble(added.get("y"))).isCloseTo(30.3165, within(1e-9));

    try (XSSFWorkbook book =
        new XSSFWorkbook(
            new ByteArrayInputStream(download(base + "?format=xlsx", "spreadsheetml")))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(n); // header + n rows
      Row header = sheet.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("id");
    }

    JsonNode geojson = json.readTree(download(base + "?format=geojson&crs=EPSG:4547", "json"));
    assertThat(geojson.get("features")).hasSize(n);

    assertOpensInGdal(
        download(base + "?format=gpkg&crs=EPSG:4490", "geopackage"), "gpkg", n, "4490", "Point");
    assertOpensInGdal(
        download(base + "?format=shp&crs=EPSG:4547", "zip"), "zip", n, "4547", "Point");
  }

  @Test
  void accessCellsDownloadAsATable() throws Exception {
    String url = "/api/access?type=community_health_center&year=2020";
    JsonNode answer =
        json.readTree(mvc.perform(get(url)).andReturn().getResponse().getContentAsString());
    int cells = answer.get("cells").size();
    assertThat(cells).isPositive();
    CSVParser csv =
        CSVParser.parse(
            new String(download(url + "&format=csv", "text/csv"), StandardCharsets.UTF_8)
                .replace("\uFEFF", ""),
            CSVFormat.DEFAULT.builder().setHeader().build());
    assertThat(csv.getHeaderNames()).containsExactly("id", "residents", "access");
    assertThat(csv.getRecords()).hasSize(cells);
    try (XSSFWorkbook book =
        new XSSFWorkbook(
            new ByteArrayInputStream(download(url + "&format=xlsx", "spreadsheetml")))) {
      assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(cells);
    }
    mvc.perform(get(url + "&format=gpkg"))
        .andExpect(status().isBadRequest()); // cells carry no geometry
  }

  @Test
  void thePanelsDownloadButtonsAnswerFiles() throws Exception {
    String params = "standard=health15&method=network&year=2020&facilities=existing";
    // Coverage panel: gaps as GeoPackage, byArea as Excel
    int gaps =
        json.readTree(
                mvc.perform(get("/api/coverage/gaps?" + params))
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .get("features")
            .size();
    assertOpensInGdal(
        download("/api/coverage/gaps?" + params + "&format=gpkg", "geopackage"),
        "gpkg",
        gaps,
        "4326",
        "Multi Polygon");
    int areas =
        json.readTree(
                mvc.perform(get("/api/coverage?" + params))
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .get("byArea")
            .size();
    try (XSSFWorkbook book =
        new XSSFWorkbook(
            new ByteArrayInputStream(
                download(
                    "/api/coverage?" + params + "&format=xlsx&table=byArea", "spreadsheetml")))) {
      assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(areas);
      assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("area");
    }
    // Siting panel: the proposed sites as GeoPackage (POST of the evaluate body)
    byte[] sites =
        mvc.perform(
                post("/api/siting/evaluate?format=gpkg&table=sites")
                    .contentType("application/json")
                    .content(
                        "{\"standard\":\"health15\",\"method\":\"network\",\"year\":2020,"
                            + "\"facilities\":\"existing\",\"sites\":[[114.0690,30.3165],[114.10,30.35]]}")
                    .with(csrf()))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", containsString("geopackage")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertOpensInGdal(sites, "gpkg", 2, "4326", "Point");
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }

  /** ogrinfo finds {@code count} features in {@code epsg}; skipped where GDAL is not installed. */
  private static void assertOpensInGdal(
      byte[] file, String ext, int count, String epsg, String geometry) throws Exception {
    Path tmp = Files.createTempFile("export", "." + ext);
    try {
      Files.write(tmp, file);
      Process p;
      try {
        p =
            new ProcessBuilder(
                    "ogrinfo", "-ro", "-al", "-so", (ext.equals("zip") ? "/vsizip/" : "") + tmp)
                .redirectErrorStream(true)
                .start();
      } catch (IOException noGdal) {
        return;
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(out).isZero();
      assertThat(out)
          .contains("Feature Count: " + count)
          .contains("Geometry: " + geometry)
          .contains(epsg);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
