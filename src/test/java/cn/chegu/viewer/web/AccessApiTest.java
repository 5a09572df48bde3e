package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.chegu.viewer.analysis.CoverageService;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Capacity-aware access (E2SFCA) on the shipped sample: its invariant, shape and refusals. */
@SampleApiTest
class AccessApiTest {

  @Autowired MockMvc mvc;
  @Autowired CoverageService coverage;

  private JsonNode getJson(String url) throws Exception {
    return ApiCalls.okJson(mvc, url);
  }

  /**
   * Σ access·residents / 1,000 = Σ capacity of the facilities whose catchment holds residents, to
   * 0.1 %, computed from the answer's own (rounded) numbers.
   */
  @ParameterizedTest
  @CsvSource({
    "hospital,2020",
    "hospital,2025",
    "community_health_center,2020",
    "community_health_center,2025",
    "kindergarten,2020",
    "kindergarten,2025",
    "primary_school,2020",
    "primary_school,2025",
    "middle_school,2020",
    "middle_school,2025"
  })
  void accessOfAllResidentsAddsUpToTheCapacityInReach(String type, int year) throws Exception {
    JsonNode a = getJson("/api/access?type=" + type + "&year=" + year + "&facilities=plan");
    double allocated = 0;
    long residents = 0;
    for (JsonNode c : a.get("cells")) {
      allocated += c.get("access").asDouble() * c.get("residents").asLong() / 1000.0;
      residents += c.get("residents").asLong();
    }
    double capacity = 0;
    for (JsonNode f : a.get("facilities")) {
      if (f.get("demand").asDouble() > 0) {
        capacity += f.get("capacity").asDouble();
      }
    }
    assertThat(capacity).as(type + " capacity in reach").isPositive();
    assertThat(Math.abs(allocated - capacity) / capacity).as(type + " " + year).isLessThan(0.001);
    assertThat(residents).isEqualTo(year == 2020 ? 481_338 : 1_000_000);
    assertThat(a.get("totals").get("invariantResidual").asDouble()).isLessThan(1e-9);
  }

  @Test
  void statesTheMethodTheBandsTheNormAndWhereEachCapacityComesFrom() throws Exception {
    JsonNode a = getJson("/api/access?type=primary_school");
    assertThat(a.get("type").asText()).isEqualTo("primary_school");
    assertThat(a.get("year").asInt()).isEqualTo(2020);
    assertThat(a.get("facilitySet").asText()).isEqualTo("existing");
    assertThat(a.get("facilitiesUsed").get("set").asText()).isEqualTo("existing");
    assertThat(a.get("capacityUnit").asText()).isEqualTo("places");
    assertThat(a.get("catchment").get("standard").asText()).isEqualTo("primary10");
    JsonNode bands = a.get("decay").get("bands");
    assertThat(bands).hasSize(3);
    assertThat(bands.get(0).get("weight").asDouble()).isEqualTo(1.0);
    assertThat(bands.get(1).get("weight").asDouble()).isEqualTo(0.68);
    assertThat(bands.get(2).get("weight").asDouble()).isEqualTo(0.22);
    assertThat(bands.get(2).get("toMinutes").asDouble()).isEqualTo(10.0);
    assertThat(a.get("decay").get("source").asText()).contains("Luo & Qi 2009");
    assertThat(a.get("norm").get("source").asText()).isNotBlank();
    JsonNode q = a.get("quantiles");
    assertThat(q.get("p10").asDouble()).isLessThanOrEqualTo(q.get("p50").asDouble());
    assertThat(q.get("p50").asDouble()).isLessThanOrEqualTo(q.get("p90").asDouble());
    assertThat(a.get("byArea")).hasSize(7);
    for (JsonNode f : a.get("facilities")) {
      // the sample's capacities are all modelled, and say so
      assertThat(f.get("capacityModelled").asBoolean()).isTrue();
      assertThat(f.get("capacitySource").asText()).startsWith("modelled: ");
      // and in Chinese, for the map's Chinese mode (the data's capacity_source_zh)
      assertThat(f.get("capacitySourceZh").asText()).startsWith("模型推算：");
      assertThat(f.get("overloaded").asBoolean()).isEqualTo(f.get("load").asDouble() > 1);
    }
    assertThat(a.get("facilitiesUsed").get("total").asInt()).isEqualTo(a.get("facilities").size());
    // capacities, not positions: a distinct name from coverage's positionsModelled
    assertThat(a.get("facilitiesUsed").get("capacitiesModelled").asInt())
        .isEqualTo(a.get("facilities").size());
    assertThat(a.get("facilitiesUsed").has("modelled")).isFalse();
    assertThat(a.get("timings").get("totalMillis").asLong()).isNotNegative();
  }

  @Test
  void theFacilitySetFiltersByStatusAndAWarmCallIsServedFromTheCache() throws Exception {
    JsonNode existing = getJson("/api/access?type=hospital&facilities=existing");
    JsonNode plan = getJson("/api/access?type=hospital&facilities=plan");
    assertThat(existing.get("facilities").size()).isLessThan(plan.get("facilities").size());
    // apportioned residents add up to the residents in reach: nobody is counted twice
    double apportioned = 0;
    for (JsonNode f : plan.get("facilities")) {
      apportioned += f.get("apportionedResidents").asDouble();
    }
    assertThat(apportioned)
        .isCloseTo(
            plan.get("totals").get("residentsInReach").asDouble(),
            org.assertj.core.data.Percentage.withPercentage(0.1));
    JsonNode again = getJson("/api/access?type=hospital&facilities=plan");
    assertThat(again.get("timings").get("phases").has("e2sfca")).isFalse();
    assertThat(again.get("cells")).isEqualTo(plan.get("cells"));
  }

  @Test
  void aDataRefreshDropsTheCachedAnswers() throws Exception {
    getJson("/api/access?type=middle_school&year=2025");
    assertThat(
            getJson("/api/access?type=middle_school&year=2025")
                .get("timings")
                .get("phases")
                .has("e2sfca"))
        .isFalse();
    coverage.refresh();
    assertThat(
            getJson("/api/access?type=middle_school&year=2025")
                .get("timings")
                .get("phases")
                .has("e2sfca"))
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "type=park",
        "type=hospital&year=2030",
        "type=hospital&year=abc",
        "type=hospital&facilities=all",
        "year=2020"
      })
  void badParametersAre400WithAMessage(String query) throws Exception {
    mvc.perform(get("/api/access?" + query))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").isNotEmpty());
  }

  @Test
  void anUnknownTypeNamesTheAllowedOnes() throws Exception {
    mvc.perform(get("/api/access?type=clinic"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath(
                "$.message",
                containsString(
                    "hospital, community_health_center, kindergarten, primary_school,"
                        + " middle_school")));
  }
}
