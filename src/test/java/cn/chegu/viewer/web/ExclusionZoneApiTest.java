package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An exclusion layer through the API, on the test district of {@link AreasApiTest} (8 × 4 cells of
 * 250 m, residents 10 + column, one health station at (500 m, 500 m)) imported with an {@code
 * exclusion.geojson}: the east strip x ∈ [1500, 2000] m, y ∈ [0, 1000] m, named 禁建测试区. Drawn:
 *
 * <pre>
 *   y=1000 +-------+-------+-------+-------+-------+-------+#######|#######+
 *          |       |       |       |       |       |       |# excluded    #|
 *          |       |   S   |       |       |       |       |#  (cols 6-7) #|
 *   y=0    +-------+-------+-------+-------+-------+-------+#######|#######+
 *          x=0                                            x=1500        x=2000
 * </pre>
 *
 * A site dragged (evaluate) or added (scenario) into the strip is refused with 422 naming the rule
 * and the zone; generated candidates (siting, joint siting) never lie in it — although the strip
 * holds the district's most residents per cell (10 + column) and lies beyond S's 1,000 m reach.
 */
@SampleApiTest
class ExclusionZoneApiTest {

  private static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");
  private static final double X0 = 1500;
  private static final double X1 = 2000;
  private static final double Y1 = 1000;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired MockMvc mvc;

  private String area;

  private static double lon(double x) {
    return AreasApiTest.LON0 + x / AreasApiTest.KX;
  }

  private static double lat(double y) {
    return AreasApiTest.LAT0 + y / AreasApiTest.KY;
  }

  /** Whether a WGS84 point lies in the excluded strip (1 m of slack for the projection). */
  private static boolean excluded(JsonNode site) {
    double x = (site.get("lon").asDouble() - AreasApiTest.LON0) * AreasApiTest.KX;
    double y = (site.get("lat").asDouble() - AreasApiTest.LAT0) * AreasApiTest.KY;
    return x > X0 + 1 && x < X1 - 1 && y > 1 && y < Y1 - 1;
  }

  /** The test district's zip with an exclusion layer added. */
  private static byte[] districtWithExclusion() throws Exception {
    String ring =
        String.format(
            Locale.ROOT,
            "[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]",
            lon(X0),
            lat(0),
            lon(X1),
            lat(0),
            lon(X1),
            lat(Y1),
            lon(X0),
            lat(Y1),
            lon(X0),
            lat(0));
    return AreaUploads.districtZipWith(
        "exclusion.geojson",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
            + "{\"id\":\"x1\",\"name_zh\":\"禁建测试区\",\"name_en\":\"test no-build strip\"},"
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":["
            + ring
            + "]}}]}");
  }

  @BeforeEach
  void createArea() throws Exception {
    JsonNode created =
        JSON.readTree(
            AreaUploads.upload(
                    mvc,
                    "district.zip",
                    "application/zip",
                    districtWithExclusion(),
                    "Exclusion district")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    area = created.get("id").asText();
    assertThat(created.get("layers").get("exclusion").asInt()).isEqualTo(1);
  }

  @AfterEach
  void deleteArea() throws Exception {
    mvc.perform(delete("/api/areas/" + area).with(EDITOR).with(csrf()));
  }

  private String inStrip() {
    return String.format(Locale.ROOT, "[%f,%f]", lon(1750), lat(375));
  }

  @Test
  void aSiteDraggedIntoTheZoneIsRefusedNamingTheRuleAndTheZone() throws Exception {
    String outside = String.format(Locale.ROOT, "[%f,%f]", lon(1125), lat(375));
    SitingCalls.post200(
        mvc,
        "/api/siting/evaluate?area=" + area,
        "{\"standard\":\"health15\",\"sites\":[" + outside + "]}");
    mvc.perform(
            post("/api/siting/evaluate?area=" + area)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"standard\":\"health15\",\"sites\":[" + outside + "," + inStrip() + "]}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.rule").value("exclusion"))
        .andExpect(jsonPath("$.index").value(1))
        .andExpect(jsonPath("$.message", containsString("test no-build strip")))
        .andExpect(jsonPath("$.messageZh", containsString("禁建测试区")));
  }

  @Test
  void aScenarioFacilityAddedInTheZoneIsRefusedAndNothingIsWritten() throws Exception {
    String before = scenarios();
    JsonNode p = JSON.readTree(inStrip());
    mvc.perform(
            post("/api/scenarios?area=" + area)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"name\":\"禁建区里的站\",\"facilities\":[{\"type\":\"community_health_station\","
                        + "\"lon\":"
                        + p.get(0).asDouble()
                        + ",\"lat\":"
                        + p.get(1).asDouble()
                        + "}]}")
                .with(EDITOR)
                .with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.rule").value("exclusion"));
    assertThat(scenarios()).isEqualTo(before);
  }

  /** The area's scenarios as the editor sees them, as text. */
  private String scenarios() throws Exception {
    return mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                    "/api/scenarios?area=" + area)
                .with(EDITOR))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void generatedCandidatesAvoidTheZoneInSitingAndJointSiting() throws Exception {
    JsonNode a =
        SitingCalls.post200(
            mvc,
            "/api/siting?area=" + area,
            "{\"standard\":\"health15\",\"k\":2,\"method\":\"exact\",\"timeLimitSeconds\":30}");
    assertThat(a.get("sites")).isNotEmpty(); // k is at most 2: no site is added for no gain
    for (JsonNode s : a.get("sites")) {
      assertThat(excluded(s)).as(s.toString()).isFalse();
    }
    assertThat(a.get("landRules").toString()).contains("1 exclusion zones");
    JsonNode j =
        SitingCalls.post200(
            mvc,
            "/api/siting/joint?area=" + area,
            "{\"standard\":\"health15\",\"budget\":2,\"timeLimitSeconds\":30}");
    assertThat(j.get("sites").size()).isPositive();
    for (JsonNode s : j.get("sites")) {
      assertThat(excluded(s)).as(s.toString()).isFalse();
    }
    // a candidate given in the strip is refused naming the rule, not silently dropped
    mvc.perform(
            post("/api/siting?area=" + area)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"standard\":\"health15\",\"k\":1,\"method\":\"greedy\",\"candidates\":["
                        + inStrip()
                        + "]}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.rule").value("exclusion"));
  }
}
