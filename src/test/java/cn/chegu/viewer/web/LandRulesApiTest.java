package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The land rules on the sample, through every door: a site dragged into water or next to an
 * existing school is refused with the rule that refused it (in both languages), siting with a
 * minimum spacing never proposes a site closer than that to an existing facility of its type, and a
 * scenario's facility obeys the same rules. 小学 1 stands at (114.182824, 30.496669).
 */
@SampleApiTest
class LandRulesApiTest {

  private static final double SCHOOL_LON = 114.182824;
  private static final double SCHOOL_LAT = 30.496669;

  @Autowired MockMvc mvc;

  private static double meters(double lon1, double lat1, double lon2, double lat2) {
    double r = 6_371_000;
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * r * Math.asin(Math.sqrt(a));
  }

  /** Existing facilities of the sample, [lon, lat] by type. */
  private Map<String, List<double[]>> existing() throws Exception {
    Map<String, List<double[]>> out = new TreeMap<>();
    JsonNode fc = ApiCalls.okJson(mvc, "/api/layers/facilities/features?limit=5000");
    for (JsonNode f : fc.get("features")) {
      if (f.get("properties").get("status").asText().equals("existing")) {
        JsonNode c = f.get("geometry").get("coordinates");
        out.computeIfAbsent(f.get("properties").get("type").asText(), k -> new ArrayList<>())
            .add(new double[] {c.get(0).asDouble(), c.get(1).asDouble()});
      }
    }
    return out;
  }

  private double nearest(List<double[]> points, JsonNode site) {
    double best = Double.MAX_VALUE;
    for (double[] p : points) {
      best =
          Math.min(
              best, meters(p[0], p[1], site.get("lon").asDouble(), site.get("lat").asDouble()));
    }
    return best;
  }

  @Test
  void aSiteDraggedNextToAnExistingSchoolIsRefusedOnlyWithASpacing() throws Exception {
    String site = "[[" + (SCHOOL_LON + 0.0005) + "," + SCHOOL_LAT + "]]"; // about 48 m east
    SitingCalls.post200(
        mvc, "/api/siting/evaluate", "{\"standard\":\"primary10\",\"sites\":" + site + "}");
    mvc.perform(
            post("/api/siting/evaluate")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"standard\":\"primary10\",\"minSpacingMeters\":300,\"sites\":" + site + "}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.rule").value("spacing"))
        .andExpect(jsonPath("$.index").value(0))
        .andExpect(jsonPath("$.message", containsString("minimum spacing of 300 m")))
        .andExpect(jsonPath("$.messageZh", containsString("最小间距 300 米")));
  }

  @Test
  void aSiteInWaterIsRefusedByTheWaterRuleInBothLanguages() throws Exception {
    mvc.perform(
            post("/api/siting/evaluate")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"standard\":\"health15\",\"sites\":[[114.17,30.5],[114.207,30.4849]]}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.rule").value("water"))
        .andExpect(jsonPath("$.index").value(1))
        .andExpect(jsonPath("$.message", containsString("site 2")))
        .andExpect(jsonPath("$.messageZh", containsString("水域")));
  }

  @Test
  void sitingWithASpacingKeepsEverySiteThatFarFromItsTypeAndSaysSo() throws Exception {
    JsonNode a =
        SitingCalls.post200(
            mvc,
            "/api/siting",
            "{\"standard\":\"primary10\",\"k\":3,\"method\":\"greedy\",\"minSpacingMeters\":1500}");
    assertThat(a.get("sites")).hasSize(3);
    List<double[]> schools = existing().get("primary_school");
    for (JsonNode s : a.get("sites")) {
      assertThat(nearest(schools, s)).isGreaterThanOrEqualTo(1500 - 1.0); // metres, projection
    }
    assertThat(a.get("landRules").findValuesAsText("rule"))
        .containsExactly("boundary", "water", "exclusion", "spacing");
    JsonNode free =
        SitingCalls.post200(
            mvc, "/api/siting", "{\"standard\":\"primary10\",\"k\":3,\"method\":\"greedy\"}");
    assertThat(free.get("newlyCoveredResidents").asLong())
        .isGreaterThanOrEqualTo(a.get("newlyCoveredResidents").asLong());
    assertThat(free.get("landRules").findValuesAsText("rule"))
        .containsExactly("boundary", "water", "exclusion");
  }

  @Test
  void jointSitingKeepsTheSpacingPerType() throws Exception {
    JsonNode a =
        SitingCalls.post200(
            mvc,
            "/api/siting/joint",
            "{\"standard\":\"primary10\",\"budget\":3,\"minSpacingMeters\":1500,"
                + "\"timeLimitSeconds\":60}");
    Map<String, List<double[]>> byType = existing();
    assertThat(a.get("sites").size()).as(a.toString()).isPositive();
    for (JsonNode s : a.get("sites")) {
      List<double[]> same = byType.getOrDefault(s.get("type").asText(), List.of());
      assertThat(nearest(same, s)).isGreaterThanOrEqualTo(1500 - 1.0);
    }
    assertThat(a.get("landRules").findValuesAsText("rule")).contains("spacing");
  }

  @Test
  void aScenarioFacilityInWaterIsRefusedByTheSameRule() throws Exception {
    mvc.perform(
            post("/api/scenarios")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"name\":\"湖心诊所\",\"facilities\":[{\"type\":\"community_health_station\","
                        + "\"lon\":114.207,\"lat\":30.4849}]}")
                .with(user("editor").roles("EDITOR"))
                .with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.rule").value("water"))
        .andExpect(jsonPath("$.message", containsString("facilities[0]")));
  }

  @Test
  void aSpacingOutOfRangeIsABadRequest() throws Exception {
    mvc.perform(
            post("/api/siting")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"standard\":\"primary10\",\"minSpacingMeters\":-5}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("minSpacingMeters")));
  }
}
