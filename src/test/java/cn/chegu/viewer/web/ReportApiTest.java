package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.chegu.viewer.tools.RequiresTool;
import cn.chegu.viewer.tools.Tool;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * GET /api/report on the shipped sample. The PDF's text is read back with poppler's {@code
 * pdftotext} (skipped where poppler-utils is missing, except in CI where it must be installed).
 */
@SampleApiTest
class ReportApiTest {

  static final String VIEW = "standard=health15&method=network&year=2020&facilities=existing";

  @Autowired MockMvc mvc;
  @Autowired cn.chegu.viewer.indicator.AreaPlans plans;
  private final ObjectMapper json = new ObjectMapper();

  private byte[] bytes(String url) throws Exception {
    return mvc.perform(get(url))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  /** The headline share as GET /api/coverage gives it, with one decimal (Python's "%.1f"). */
  private String headlineShare() throws Exception {
    JsonNode cov = json.readTree(bytes("/api/coverage?" + VIEW));
    return new BigDecimal(cov.get("share").asDouble() * 100)
        .setScale(1, RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  /** The text of a PDF by pdftotext (a test calling this says {@code @RequiresTool(PDFTOTEXT)}). */
  static String pdfToText(byte[] pdf) throws Exception {
    Path file = Files.createTempFile("report", ".pdf");
    try {
      Files.write(file, pdf);
      Process p = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).isZero();
      return text;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  @RequiresTool({Tool.PDFTOTEXT, Tool.CJK_FONT})
  void thePdfCarriesTheHeadlineTheSubDistrictTableAndTheRulesAsExtractableChinese()
      throws Exception {
    byte[] pdf = bytes("/api/report?" + VIEW + "&format=pdf");
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    String text = pdfToText(pdf);
    assertThat(text)
        .contains("15分钟社区卫生服务圈")
        .contains("覆盖率 Coverage: " + headlineShare() + " %")
        .contains("沌口街道")
        .contains("缺口排名")
        .contains("每千人口拥有执业")
        .contains("Source of time");
  }

  @Test
  void theWorkbookHasOneSheetPerPartAndTheSameNumbers() throws Exception {
    byte[] xlsx = bytes("/api/report?" + VIEW + "&format=xlsx");
    JsonNode cov = json.readTree(bytes("/api/coverage?" + VIEW));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names)
          .containsExactly("headline", "areas", "gaps", "indicators", "rules", "layers");
      Sheet headline = wb.getSheet("headline");
      assertThat(headline.getRow(7).getCell(0).getStringCellValue()).isEqualTo("share");
      assertThat(headline.getRow(7).getCell(1).getNumericCellValue())
          .isEqualTo(cov.get("share").asDouble());
      Sheet areas = wb.getSheet("areas");
      assertThat(areas.getPhysicalNumberOfRows() - 1).isEqualTo(cov.get("byArea").size());
      assertThat(wb.getSheet("indicators").getPhysicalNumberOfRows()).isGreaterThan(8);
    }
  }

  @Test
  void aScenarioReportShowsItsDeltas() throws Exception {
    // no scenario exists in a fresh store: a missing scenario is a 404 naming it
    mvc.perform(get("/api/report?" + VIEW + "&scenario=987654&format=xlsx"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message", containsString("987654")));
  }

  @Test
  void badParametersAreRefusedBeforeAnyWork() throws Exception {
    mvc.perform(get("/api/report?" + VIEW + "&format=docx"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("pdf or xlsx")));
    mvc.perform(get("/api/report?standard=nope&format=pdf")).andExpect(status().isNotFound());
    mvc.perform(get("/api/report?" + VIEW + "&scenario=abc"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("scenario")));
    mvc.perform(get("/api/report?standard=health15&facilities=some"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void theFileIsNamedAfterTheView() throws Exception {
    mvc.perform(get("/api/report?" + VIEW + "&format=xlsx"))
        .andExpect(status().isOk())
        .andExpect(
            header()
                .string(
                    "Content-Disposition",
                    containsString("chegu-report-health15-network-2020-existing.xlsx")));
  }

  /** The figure as html.js pct() prints a share of the API (4 decimals): "40.1%". */
  private static String pct(double share, long covered, long total) {
    return cn.chegu.viewer.report.Percent.of(share, covered, total) + "%";
  }

  @Test
  @RequiresTool({Tool.PDFTOTEXT, Tool.CJK_FONT})
  void aSitingReportEvaluatesTheSitesOfTheLinkAsTheEvaluateCallDoes() throws Exception {
    String sites = "114.170000:30.500000,114.120000:30.470000";
    JsonNode ev =
        json.readTree(
            mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                            "/api/siting/evaluate")
                        .contentType("application/json")
                        .content(
                            "{\"standard\":\"health15\",\"year\":2020,\"facilities\":\"existing\","
                                + "\"sites\":[[114.17,30.5],[114.12,30.47]]}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    long total = ev.get("totalResidents").asLong();
    long before = ev.get("coveredBefore").asLong();
    long after = before + ev.get("newlyCoveredResidents").asLong();
    String headline =
        pct(ev.get("shareBefore").asDouble(), before, total)
            + " → "
            + pct(ev.get("shareAfter").asDouble(), after, total);
    String text =
        pdfToText(
            bytes(
                "/api/report?view=siting&standard=health15&year=2020&facilities=existing&sites="
                    + sites));
    assertThat(text.replaceAll("\\s+", ""))
        .contains(("覆盖率 Coverage: " + headline).replace(" ", ""))
        .contains("+" + String.format("%,d", ev.get("sites").get(0).get("newlyCovered").asLong()))
        .contains("114.1700")
        .contains("沌口街道")
        // the plan file's report title (GET /api/plan) heads the view's
        .contains((plans.current().reportTitle().zh() + " · 选址方案报告").replace(" ", ""));
  }

  @Test
  void accessAndCompareWorkbooksCarryThePanelsFigures() throws Exception {
    JsonNode acc = json.readTree(bytes("/api/access?type=hospital&year=2020&facilities=existing"));
    try (XSSFWorkbook wb =
        new XSSFWorkbook(
            new ByteArrayInputStream(
                bytes("/api/report?view=access&type=hospital&year=2020&format=xlsx")))) {
      Sheet areas = wb.getSheet("areas");
      assertThat(areas.getPhysicalNumberOfRows() - 1).isEqualTo(acc.get("byArea").size());
      assertThat(wb.getSheet("headline").getRow(0).getCell(1).getStringCellValue())
          .isEqualTo("access");
      assertThat(wb.getSheet("headline").getRow(3).getCell(1).getStringCellValue())
          .isEqualTo(
              cn.chegu.viewer.report.Figures.perThousand(
                  acc.get("quantiles").get("p50").asDouble()));
    }
    JsonNode cmp =
        json.readTree(
            bytes("/api/compare?standard=health15&year=2020&facilities=existing&facilitiesB=plan"));
    try (XSSFWorkbook wb =
        new XSSFWorkbook(
            new ByteArrayInputStream(
                bytes(
                    "/api/report?view=compare&standard=health15&year=2020&facilities=existing"
                        + "&facilitiesB=plan&format=xlsx")))) {
      assertThat(wb.getSheet("headline").getRow(3).getCell(1).getStringCellValue())
          .isEqualTo(
              pct(
                      (double) cmp.get("coveredA").asLong() / cmp.get("totalA").asLong(),
                      cmp.get("coveredA").asLong(),
                      cmp.get("totalA").asLong())
                  + " → "
                  + pct(
                      (double) cmp.get("coveredB").asLong() / cmp.get("totalB").asLong(),
                      cmp.get("coveredB").asLong(),
                      cmp.get("totalB").asLong()));
      assertThat(wb.getSheet("areas").getPhysicalNumberOfRows() - 1)
          .isEqualTo(cmp.get("byArea").size());
    }
  }

  @Test
  void aViewReportWithoutItsParametersIsRefusedWithTheirName() throws Exception {
    mvc.perform(get("/api/report?view=siting&standard=health15"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("sites")));
    mvc.perform(get("/api/report?view=siting&standard=health15&sites=114.1,30.5"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("lon:lat")));
    mvc.perform(get("/api/report?view=siting&standard=health15&sites=114.1:95"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/report?view=access"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("type")));
    mvc.perform(get("/api/report?view=access&type=zoo")).andExpect(status().isBadRequest());
    mvc.perform(get("/api/report?view=scenario"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("scenario")));
    mvc.perform(get("/api/report?view=map"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("coverage, scenario, siting")));
  }
}
