package cn.chegu.viewer.web;

import static cn.chegu.viewer.web.ImportRequests.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.chegu.viewer.imports.ImportService;
import cn.chegu.viewer.io.Crs;
import cn.chegu.viewer.io.ExportFormat;
import cn.chegu.viewer.store.LayerVersionStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Files as bureaus really send them, read whole: zips made on Chinese Windows (GBK names, no UTF-8
 * flag), tables with title rows above the header and coordinate columns named 东经/北纬, and files
 * whose CRS the reader cannot know, imported when the user names it with {@code crs=}. The refusals
 * of the same files without their parameter are in {@link BadFileCorpus}. Every test leaves the
 * fixture's facilities layer as it was.
 */
@ApiTest
class ReaderImportApiTest {

  @Autowired MockMvc mvc;
  @Autowired ImportService imports;
  @Autowired LayerVersionStore versions;
  @TempDir Path tmp;
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void backToTheFixture() {
    if (versions.currentVersion("facilities") > 1) {
      imports.restore("facilities", 1, "test");
    }
  }

  private JsonNode ok(String name, byte[] bytes, Map<String, String> params) throws Exception {
    return json.readTree(
        mvc.perform(upload(name, bytes, "facilities", params))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  private JsonNode onlyFeature() throws Exception {
    JsonNode all =
        json.readTree(
            mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/api/layers/facilities/features"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(all.get("features")).hasSize(1);
    return all.get("features").get(0);
  }

  @Test
  void aZipWithGbkNamesFromChineseWindowsImports() throws Exception {
    String geojson =
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
            + "{\"type\":\"Point\",\"coordinates\":[114.15,30.45]},\"properties\":"
            + "{\"id\":\"gbk-1\",\"name_zh\":\"沌口卫生站\",\"type\":\"community_health_station\"}}]}";
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip, Charset.forName("GBK"))) {
      z.putNextEntry(new ZipEntry("卫生站/沌口街道卫生站.geojson"));
      z.write(geojson.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    JsonNode report = ok("设施.zip", zip.toByteArray(), Map.of("mode", "replace"));
    assertThat(report.get("imported").asInt()).isEqualTo(1);
    assertThat(report.get("file").asText()).isEqualTo("设施.zip!沌口街道卫生站.geojson");
    assertThat(onlyFeature().get("properties").get("name_zh").asText()).isEqualTo("沌口卫生站");
  }

  @Test
  void aCsvWithTitleRowsAndEastNorthColumnsImportsWithHeaderRowAndMapping() throws Exception {
    String csv =
        "沌口街道公共服务设施一览表\n"
            + "（2025年12月）\n"
            + "编号,名称,类别,东经,北纬\n"
            + "t-1,东风卫生站,community_health_station,114.15,30.40\n";
    JsonNode report =
        ok(
            "bureau.csv",
            csv.getBytes(StandardCharsets.UTF_8),
            Map.of(
                "headerRow",
                "3",
                "mode",
                "replace",
                "mapping",
                "{\"columns\":{\"id\":\"编号\",\"name_zh\":\"名称\",\"type\":\"类别\","
                    + "\"lon\":\"东经\",\"lat\":\"北纬\"}}"));
    assertThat(report.get("imported").asInt()).isEqualTo(1);
    JsonNode f = onlyFeature();
    assertThat(f.get("id").asText()).isEqualTo("t-1");
    assertThat(f.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(114.15);
    assertThat(f.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(30.40);
  }

  /** Without headerRow the header is found below a title row, and the answer says where. */
  @Test
  void anXlsxWithATitleRowIsReadFromTheRowThatNamesTheCoordinates() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet s = book.createSheet("设施");
      s.createRow(0).createCell(0).setCellValue("经开区医疗设施（标题行）");
      Row h = s.createRow(1);
      String[] head = {"id", "name_zh", "type", "经度", "纬度"};
      for (int i = 0; i < head.length; i++) {
        h.createCell(i).setCellValue(head[i]);
      }
      Row r = s.createRow(2);
      r.createCell(0).setCellValue("x-1");
      r.createCell(1).setCellValue("沌口医院");
      r.createCell(2).setCellValue("hospital");
      r.createCell(3).setCellValue(114.2);
      r.createCell(4).setCellValue(30.5);
      book.write(out);
    }
    JsonNode report = ok("list.xlsx", out.toByteArray(), Map.of("mode", "replace"));
    assertThat(report.get("imported").asInt()).isEqualTo(1);
    assertThat(report.get("warnings").toString()).contains("found on row 2");
    assertThat(onlyFeature().get("properties").get("name_zh").asText()).isEqualTo("沌口医院");
  }

  @Test
  void aGeoPackageWithAnUndefinedSrsImportsWhenCrsIsGiven() throws Exception {
    byte[] gpkg =
        BadFileCorpus.undefinedSrs(BadFileCorpus.export(ExportFormat.GPKG, Crs.WGS84), tmp);
    JsonNode report = ok("fac.gpkg", gpkg, Map.of("crs", "EPSG:4326", "mode", "replace"));
    assertThat(report.get("crs").asText()).isEqualTo("EPSG:4326");
    assertThat(report.get("warnings").toString()).contains("999999").contains("undefined");
    assertThat(onlyFeature().get("geometry").get("coordinates").get(0).asDouble())
        .isCloseTo(114.15, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aShapefileWithAMarsPrjImportsOnlyWhenCrsIsGiven() throws Exception {
    Map<String, byte[]> shp =
        BadFileCorpus.with(
            BadFileCorpus.entries(BadFileCorpus.goodShapefile()), "prj", BadFileCorpus.MARS_PRJ);
    byte[] zip = BadFileCorpus.zipBytes(shp);
    int before = versions.currentVersion("facilities");
    mvc.perform(upload("fac.zip", zip, "facilities", Map.of()))
        .andExpect(status().isUnprocessableEntity());
    assertThat(versions.currentVersion("facilities")).isEqualTo(before);
    // the coordinates are CGCS2000 3° Gauss-Krüger, CM 114° E (the corpus' good Shapefile)
    JsonNode report = ok("fac.zip", zip, Map.of("crs", "EPSG:4547", "mode", "replace"));
    assertThat(report.get("warnings").toString()).contains("Mars_2000");
    assertThat(onlyFeature().get("geometry").get("coordinates").get(0).asDouble())
        .isCloseTo(114.15, org.assertj.core.data.Offset.offset(1e-6));
  }
}
