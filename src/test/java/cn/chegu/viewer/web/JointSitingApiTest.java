package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Joint life-circle siting on the shipped sample: the sites keep the budget, and saved as a
 * scenario they add exactly the residents the answer claims; phases keep their own budgets.
 */
@SampleApiTest
class JointSitingApiTest {

  @Autowired MockMvc mvc;

  private JsonNode joint(String body) throws Exception {
    return SitingCalls.post200(mvc, "/api/siting/joint", body);
  }

  @Test
  void jointSitesKeepTheBudgetAndAScenarioOfThemAddsWhatTheyClaim() throws Exception {
    JsonNode a =
        joint(
            "{\"standard\":\"life15\",\"budget\":4,\"costs\":{\"park\":2},"
                + "\"timeLimitSeconds\":60}");
    assertThat(a.get("status").asText()).isIn("OPTIMAL", "FEASIBLE");
    assertThat(a.get("candidates").get("source").asText()).startsWith("complete");
    double cost = 0;
    ObjectNode body = SitingCalls.scenario("生活圈补点");
    for (JsonNode s : a.get("sites")) {
      cost += s.get("cost").asDouble();
      assertThat(s.get("cost").asDouble()).isEqualTo(s.get("type").asText().equals("park") ? 2 : 1);
      SitingCalls.addSite(body, s.get("type").asText(), s);
    }
    assertThat(cost).isLessThanOrEqualTo(4);
    assertThat(a.get("newlyCoveredResidents").asLong()).isPositive();
    long id = SitingCalls.save(mvc, body);
    JsonNode after = ApiCalls.okJson(mvc, "/api/scenarios/" + id + "/coverage?standard=life15");
    JsonNode before = ApiCalls.okJson(mvc, "/api/coverage?standard=life15");
    assertThat(after.get("coveredResidents").asLong() - before.get("coveredResidents").asLong())
        .isEqualTo(a.get("newlyCoveredResidents").asLong());
    assertThat(a.get("landRules").findValuesAsText("rule"))
        .containsExactly("boundary", "water", "exclusion");
  }

  @Test
  void eachPhaseKeepsItsBudgetAndReportsItsCoverage() throws Exception {
    JsonNode a =
        joint(
            "{\"standard\":\"life15\",\"timeLimitSeconds\":60,"
                + "\"phases\":[{\"year\":2020,\"budget\":2},{\"year\":2025,\"budget\":2}]}");
    assertThat(a.get("phases")).hasSize(2);
    long previous = 0;
    for (JsonNode p : a.get("phases")) {
      int year = p.get("year").asInt();
      double spent = 0;
      for (JsonNode s : a.get("sites")) {
        if (s.get("phase").asInt() == year) {
          spent += s.get("cost").asDouble();
        }
      }
      assertThat(spent).isLessThanOrEqualTo(2).isEqualTo(p.get("spent").asDouble());
      assertThat(p.get("coveredResidents").asLong()).isPositive();
      previous = p.get("coveredResidents").asLong();
    }
    assertThat(previous).isPositive();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"standard\":\"life15\"}|400|budget",
        "{\"standard\":\"life15\",\"budget\":0}|400|budget",
        "{\"standard\":\"life15\",\"budget\":3,\"costs\":{\"spa\":1}}|400|costs",
        "{\"standard\":\"life15\",\"budget\":3,\"costs\":{\"park\":-1}}|400|costs",
        "{\"standard\":\"life15\",\"budget\":3,\"costs\":{\"kindergarten\":1}}|400|not a type",
        "{\"standard\":\"life15\",\"budget\":3,\"method\":\"greedy\"}|400|method",
        "{\"standard\":\"life15\",\"phases\":[{\"year\":2020}]}|400|phases",
        "{\"standard\":\"life15\",\"budget\":3,\"year\":2031}|400|year",
        "{\"standard\":\"nope\",\"budget\":3}|404|known"
      })
  void badRequestsAreRefusedWithAReason(String body, int code, String says) throws Exception {
    mvc.perform(post("/api/siting/joint").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().is(code))
        .andExpect(jsonPath("$.message", containsString(says)));
  }
}
