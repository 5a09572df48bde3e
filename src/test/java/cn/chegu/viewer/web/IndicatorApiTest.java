package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/indicators on the shipped sample: the plan's targets, measured or honestly not. */
@SampleApiTest
class IndicatorApiTest {

  @Autowired MockMvc mvc;
  private final ObjectMapper json = new ObjectMapper();

  private Map<String, JsonNode> indicators(String query) throws Exception {
    JsonNode list =
        json.readTree(
            mvc.perform(get("/api/indicators" + query))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    Map<String, JsonNode> byCode = new HashMap<>();
    list.forEach(i -> byCode.put(i.get("code").asText(), i));
    return byCode;
  }

  private JsonNode coverage(String standard) throws Exception {
    return json.readTree(
        mvc.perform(get("/api/coverage?standard=" + standard + "&method=network&year=2020"))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  @Test
  void everyIndicatorQuotesThePlanAndIsMeasuredOrSaysWhatItNeeds() throws Exception {
    Map<String, JsonNode> all = indicators("?year=2020&facilities=existing");
    assertThat(all).hasSizeGreaterThanOrEqualTo(8);
    long measured = 0;
    for (JsonNode i : all.values()) {
      assertThat(i.get("planRef").asText()).isNotBlank();
      assertThat(i.get("view").asText()).startsWith("#");
      assertThat(i.has("measured")).as("measured is written out, even when null").isTrue();
      // what the panel shows in Chinese mode is Chinese (车谷's plan file gives needsZh)
      if (i.get("measured").isNull()) {
        assertThat(i.get("needs").asText()).as(i.get("code").asText()).isNotBlank();
        assertThat(i.get("needsZh").asText())
            .as(i.get("code").asText())
            .containsPattern("[\\u4e00-\\u9fff]");
        assertThat(i.get("met").isNull()).isTrue();
      } else {
        measured++;
        assertThat(i.get("method").asText()).isNotBlank();
        assertThat(i.get("methodZh").asText())
            .as(i.get("code").asText())
            .containsPattern("[\\u4e00-\\u9fff]");
      }
    }
    assertThat(measured).isGreaterThanOrEqualTo(5);
  }

  @Test
  void theHealthCircleIsTheCoverageShareFlooredAndTheTableTwoOneBaselinesAreQuoted()
      throws Exception {
    Map<String, JsonNode> all = indicators("");
    JsonNode cov = coverage("health15");
    double expected =
        Math.floor(
                cov.get("coveredResidents").asLong()
                    * 10_000.0
                    / cov.get("totalResidents").asLong())
            / 100.0;
    JsonNode health = all.get("health15_circle");
    assertThat(health.get("nameZh").asText()).contains("15分钟社区卫生");
    assertThat(health.get("measured").asDouble()).isEqualTo(expected);
    assertThat(health.get("target").asDouble()).isEqualTo(100.0);
    assertThat(health.get("met").asBoolean()).isEqualTo(expected >= 100.0);
    assertThat(health.get("view").asText()).contains("standard=health15");

    JsonNode physicians = all.get("physicians_per_1000");
    assertThat(physicians.get("baseline").asDouble()).isEqualTo(2.81);
    assertThat(physicians.get("target").asDouble()).isEqualTo(4.7);
    assertThat(physicians.get("measured").isNull()).isTrue();
    JsonNode childcare = all.get("childcare_per_1000");
    assertThat(childcare.get("baseline").asDouble()).isEqualTo(0.06);
    assertThat(childcare.get("target").asDouble()).isEqualTo(4.5);
  }

  @Test
  void theEmergencyNetworkCountsOnlyTheSitesOfTheFacilitySet() throws Exception {
    // The sample's 3 sub-centres and 9 stations are all planned: none exist, all are in the plan.
    assertThat(
            indicators("?facilities=existing").get("emergency_network").get("measured").asDouble())
        .isZero();
    JsonNode plan = indicators("?facilities=plan").get("emergency_network");
    assertThat(plan.get("measured").asDouble()).isEqualTo(12.0);
    assertThat(plan.get("met").asBoolean()).isTrue();
  }

  @Test
  void metroCatchmentGrowsWithTheStationsUnderConstruction() throws Exception {
    double existing =
        indicators("?facilities=existing").get("metro_800m").get("measured").asDouble();
    double committed =
        indicators("?facilities=committed").get("metro_800m").get("measured").asDouble();
    assertThat(existing).isBetween(0.0, 100.0);
    assertThat(committed).isGreaterThanOrEqualTo(existing);
  }

  @Test
  void badParametersAreRefusedWithTheAllowedValues() throws Exception {
    mvc.perform(get("/api/indicators?facilities=everything"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("existing, committed, plan")));
    mvc.perform(get("/api/indicators?year=2030"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("2020 or 2025")));
  }
}
