package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/compare on the sample: 2020 against 2025 residents for one standard. */
@SampleApiTest
class CompareApiTest {

  @Autowired MockMvc mvc;

  private JsonNode read(String url) throws Exception {
    return ApiCalls.okJson(mvc, url);
  }

  @Test
  void bothSidesAgreeWithTheCoverageApiAndTheAreasAddUp() throws Exception {
    JsonNode diff = read("/api/compare?standard=health15&method=network&year=2020&yearB=2025");
    JsonNode a = read("/api/coverage?standard=health15&method=network&year=2020");
    JsonNode b = read("/api/coverage?standard=health15&method=network&year=2025");
    assertThat(diff.get("coveredA").asLong()).isEqualTo(a.get("coveredResidents").asLong());
    assertThat(diff.get("coveredB").asLong()).isEqualTo(b.get("coveredResidents").asLong());
    long change = 0;
    for (JsonNode area : diff.get("byArea")) {
      change += area.get("change").asLong();
    }
    assertThat(change).isEqualTo(diff.get("coveredB").asLong() - diff.get("coveredA").asLong());
    // same facilities, more residents: no cell changes status, uncovered residents grow somewhere
    assertThat(diff.get("features").size()).isPositive();
    for (JsonNode f : diff.get("features")) {
      assertThat(f.get("properties").get("change").asText()).isEqualTo("same");
    }
  }

  @Test
  void theSameSideTwiceChangesNothing() throws Exception {
    JsonNode diff = read("/api/compare?standard=park10&method=euclidean");
    assertThat(diff.get("features").size()).isZero();
    assertThat(diff.get("coveredA").asLong()).isEqualTo(diff.get("coveredB").asLong());
  }

  @Test
  void badSidesAreRefused() throws Exception {
    mvc.perform(get("/api/compare?standard=health15&yearB=2030"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("2020 or 2025")));
    mvc.perform(get("/api/compare?standard=health15&facilitiesB=some"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/compare?standard=nope")).andExpect(status().isNotFound());
    mvc.perform(get("/api/compare?standard=health15&scenarioB=424242"))
        .andExpect(status().isNotFound());
  }
}
