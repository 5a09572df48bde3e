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
}
