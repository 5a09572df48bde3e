package cn.chegu.viewer.web;

import static cn.chegu.viewer.web.ImportRequests.EDITOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Residents outside the boundary are said in siting and access answers too, not only in coverage:
 * two 250 m cells of 99 residents are appended 1 km east of {@link AreasApiTest}'s district (2 km ×
 * 1 km, 432 residents inside). Siting, evaluate, joint siting (and its evaluate) and access keep
 * 432 as their total and say "198 residents in 2 cells lie outside the boundary" in English and
 * Chinese; before the append they say nothing of the kind.
 */
@SampleApiTest
class OutsideBoundaryApiTest {

  static final String EN = "198 residents in 2 cells lie outside the boundary and are not counted";
  static final String ZH = "边界外 2 个网格中的 198 名居民不计入";

  @Autowired MockMvc mvc;
  private final ObjectMapper json = new ObjectMapper();

  private JsonNode read(ResultActions r) throws Exception {
    return json.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private static String lonLat(double x, double y) {
    return String.format(
        Locale.ROOT,
        "[%.7f,%.7f]",
        AreasApiTest.LON0 + x / AreasApiTest.KX,
        AreasApiTest.LAT0 + y / AreasApiTest.KY);
  }

  /**
   * The answers on the area's residents, in order: siting, evaluate, joint, access, joint evaluate.
   */
  private JsonNode[] answers(String area) throws Exception {
    String q = "?area=" + area;
    return new JsonNode[] {
      SitingCalls.post200(
          mvc,
          "/api/siting" + q,
          "{\"standard\":\"health15\",\"objective\":\"mclp\",\"k\":1,\"method\":\"greedy\"}"),
      SitingCalls.post200(
          mvc,
          "/api/siting/evaluate" + q,
          "{\"standard\":\"health15\",\"method\":\"euclidean\",\"sites\":["
              + lonLat(1500, 500)
              + "]}"),
      SitingCalls.post200(
          mvc,
          "/api/siting/joint" + q,
          "{\"standard\":\"life15\",\"budget\":1,\"timeLimitSeconds\":30}"),
      read(
          mvc.perform(get("/api/access" + q + "&type=community_health_center"))
              .andExpect(status().isOk())),
      SitingCalls.post200(
          mvc,
          "/api/siting/joint/evaluate" + q,
          "{\"standard\":\"health15\",\"budget\":1,\"sites\":[{\"type\":"
              + "\"community_health_station\",\"lon\":"
              + (AreasApiTest.LON0 + 1500 / AreasApiTest.KX)
              + ",\"lat\":"
              + (AreasApiTest.LAT0 + 500 / AreasApiTest.KY)
              + "}]}")
    };
  }

  @Test
  void sitingAndAccessAnswersSayWhoIsOutsideTheBoundary() throws Exception {
    String area = AreaUploads.createDistrict(mvc);
    try {
      for (JsonNode a : answers(area)) {
        assertThat(a.get("notes").toString()).doesNotContain("outside the boundary");
        assertThat(a.get("notesZh").toString()).doesNotContain("边界外");
      }
      double x0 = AreasApiTest.COLUMNS * AreasApiTest.CELL + 1000;
      String outside =
          "{\"type\":\"FeatureCollection\",\"features\":["
              + cell("out-1", x0, 0)
              + ","
              + cell("out-2", x0, AreasApiTest.CELL)
              + "]}";
      mvc.perform(
              multipart("/api/imports")
                  .file(
                      new MockMultipartFile(
                          "file",
                          "outside.geojson",
                          "application/geo+json",
                          outside.getBytes(StandardCharsets.UTF_8)))
                  .param("layer", "population")
                  .param("mode", "append")
                  .param("area", area)
                  .with(EDITOR)
                  .with(csrf()))
          .andExpect(status().isOk());
      JsonNode[] after = answers(area);
      for (JsonNode a : after) {
        assertThat(a.get("notes").toString()).contains(EN);
        assertThat(a.get("notesZh").toString()).contains(ZH);
      }
      // the denominators leave them out: 8 columns × 4 rows of 10 + column residents = 432
      assertThat(after[0].get("totalResidents").asLong()).isEqualTo(432);
      assertThat(after[1].get("totalResidents").asLong()).isEqualTo(432);
      assertThat(after[3].get("totals").get("residents").asLong()).isEqualTo(432);
    } finally {
      mvc.perform(delete("/api/areas/" + area).with(EDITOR).with(csrf()));
    }
  }

  private static String cell(String id, double x, double y) {
    double c = AreasApiTest.CELL;
    String ring =
        "["
            + lonLat(x, y)
            + ","
            + lonLat(x + c, y)
            + ","
            + lonLat(x + c, y + c)
            + ","
            + lonLat(x, y + c)
            + ","
            + lonLat(x, y)
            + "]";
    return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":["
        + ring
        + "]},\"properties\":{\"id\":\""
        + id
        + "\",\"residents\":99}}";
  }
}
