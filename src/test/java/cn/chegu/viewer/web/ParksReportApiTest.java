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
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * GET /api/report?view=parks on the shipped sample: the parks page carries GET /api/parks's figures
 * for the same year and set, written as the Parks tab writes them.
 */
@SampleApiTest
class ParksReportApiTest {

  static final String QUERY = "year=2020&facilities=existing";

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

  private static String count(JsonNode n) {
    return String.format("%,d", n.asLong());
  }

  @Test
  void theWorkbookHasOneRowPerParkWithTheParksAnswersFigures() throws Exception {
    JsonNode parks = json.readTree(bytes("/api/parks?" + QUERY));
    assertThat(parks.size()).isEqualTo(8);
    try (XSSFWorkbook wb =
        new XSSFWorkbook(
            new ByteArrayInputStream(bytes("/api/report?view=parks&" + QUERY + "&format=xlsx")))) {
      assertThat(wb.getSheet("headline").getRow(0).getCell(1).getStringCellValue())
          .isEqualTo("parks");
      Sheet sheet = wb.getSheet("parks");
      assertThat(sheet.getPhysicalNumberOfRows() - 1).isEqualTo(parks.size());
      for (int i = 0; i < parks.size(); i++) {
        JsonNode p = parks.get(i);
        Row row = sheet.getRow(i + 1);
        JsonNode r = p.get("residentsWithin");
        assertThat(row.getCell(0).getStringCellValue())
            .isEqualTo(p.get("nameZh").asText() + " " + p.get("nameEn").asText());
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(count(r.get("transit30")));
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo(count(r.get("transit45")));
        assertThat(row.getCell(3).getStringCellValue()).isEqualTo(count(r.get("drive30")));
        assertThat(row.getCell(4).getStringCellValue()).isEqualTo(count(r.get("walk30")));
        assertThat(row.getCell(5).getStringCellValue()).isEqualTo(count(r.get("bike30")));
        assertThat(row.getCell(6).getStringCellValue()).isEqualTo(count(p.get("jobs")) + "*");
        assertThat(p.get("jobsSource").asText()).startsWith(row.getCell(7).getStringCellValue());
        // the Parks tab: ratio.toFixed(2), stations "n (Math.round(share * 100) %)"
        JsonNode ratio = p.get("jobsHousingRatio");
        assertThat(row.getCell(8).getStringCellValue())
            .isEqualTo(
                ratio.isNull()
                    ? "—"
                    : new java.math.BigDecimal(ratio.asDouble())
                        .setScale(2, java.math.RoundingMode.HALF_UP)
                        .toPlainString());
        assertThat(row.getCell(9).getStringCellValue())
            .isEqualTo(Integer.toString(p.get("stationsWithin800m").asInt()));
        assertThat(row.getCell(10).getStringCellValue())
            .isEqualTo(Math.round(p.get("areaShareNearStation").asDouble() * 100) + " %");
      }
      StringBuilder rules = new StringBuilder();
      wb.getSheet("rules").forEach(row -> rules.append(row.getCell(0).getStringCellValue()));
      assertThat(rules.toString())
          .contains("07:30")
          .contains("08:30")
          .contains("percentile")
          .contains("jobs/ha");
    }
  }

  @Test
  @RequiresTool({Tool.PDFTOTEXT, Tool.CJK_FONT})
  void thePdfCarriesEachParksTransit45FigureInItsRowAndTheRules() throws Exception {
    JsonNode parks = json.readTree(bytes("/api/parks?" + QUERY));
    byte[] pdf =
        mvc.perform(get("/api/report?view=parks&" + QUERY + "&format=pdf"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString("parks-2020")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    String text = ReportApiTest.pdfToText(pdf);
    String flat = text.replaceAll("\\s+", "");
    assertThat(flat)
        // the plan file's report title (GET /api/plan) heads the view's, as for the other views
        .contains((plans.current().reportTitle().zh() + " · 产业园区报告").replace(" ", ""))
        .contains("07:30:00–08:30:00");
    for (JsonNode p : parks) {
      JsonNode r = p.get("residentsWithin");
      // in the row: transit 30 then transit 45, as the two cells lie side by side
      assertThat(flat)
          .as(p.get("nameZh").asText())
          .contains(p.get("nameZh").asText())
          .contains(count(r.get("transit30")) + count(r.get("transit45")));
    }
  }

  @Test
  void anUnknownViewOrABadYearIsRefusedWithA400() throws Exception {
    mvc.perform(get("/api/report?view=park&" + QUERY))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("parks")));
    mvc.perform(get("/api/report?view=parks&year=1999&facilities=existing"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("year")));
    mvc.perform(get("/api/report?view=parks&year=2020&facilities=nope"))
        .andExpect(status().isBadRequest());
  }
}
