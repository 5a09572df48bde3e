package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Siting on the shipped sample, and saving its answer as a scenario. */
@SampleApiTest
class SitingApiTest {

  @Autowired MockMvc mvc;

  private JsonNode site(String body) throws Exception {
    return SitingCalls.post200(mvc, "/api/siting", body);
  }

  @Test
  void exactMclpIsProvenOptimalAndAtLeastAsGoodAsGreedy() throws Exception {
    // a time limit long enough for the complete candidate set's coverage to be built cold
    JsonNode exact =
        site("{\"standard\":\"health15\",\"objective\":\"mclp\",\"k\":3,\"timeLimitSeconds\":60}");
    JsonNode greedy =
        site("{\"standard\":\"health15\",\"objective\":\"mclp\",\"k\":3,\"method\":\"greedy\"}");

    assertThat(exact.get("status").asText()).isEqualTo("OPTIMAL");
    assertThat(exact.get("gap").asDouble()).isZero();
    assertThat(exact.get("sites")).hasSize(3);
    long sum = 0;
    for (JsonNode s : exact.get("sites")) {
      sum += s.get("newlyCovered").asLong();
      assertThat(s.get("lon").asDouble()).isBetween(113.7, 114.3);
    }
    assertThat(sum).isEqualTo(exact.get("newlyCoveredResidents").asLong());
    assertThat(exact.get("newlyCoveredResidents").asLong())
        .isPositive()
        .isGreaterThanOrEqualTo(greedy.get("newlyCoveredResidents").asLong());
    assertThat(exact.get("shareAfter").asDouble())
        .isGreaterThan(exact.get("shareBefore").asDouble());
    // the README's siting bench speaks of this very candidate set (health15 2020, existing)
    JsonNode c = exact.get("candidates");
    assertThat(Files.readString(Path.of("README.md")))
        .contains(
            String.format(
                Locale.ROOT,
                "complete candidate set %,d generated, %,d could cover someone new",
                c.get("generated").asInt(),
                c.get("considered").asInt()));
  }

  @Test
  void lscpReachesItsTargetOrSaysWhyNot() throws Exception {
    JsonNode answer =
        site(
            "{\"standard\":\"emergency12\",\"objective\":\"lscp\",\"targetShare\":0.9,"
                + "\"timeLimitSeconds\":60}");
    assertThat(answer.get("shareAfter").asDouble()).isGreaterThanOrEqualTo(0.9);
    assertThat(answer.get("sites").size()).isEqualTo(answer.get("objective").asInt());

    mvc.perform(
            post("/api/siting")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"standard\":\"health15\",\"objective\":\"lscp\",\"targetShare\":1}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.message", containsString("cannot be reached")));
  }

  @Test
  void userCandidatesAreTheOnlyChoices() throws Exception {
    // Two given points: one in central Zhuankou, one in open country. k = 1 picks one of them.
    JsonNode answer =
        site(
            "{\"standard\":\"primary10\",\"k\":1,"
                + "\"candidates\":[[114.1700,30.5000],[113.8000,30.2300]]}");
    assertThat(answer.get("candidatesConsidered").asInt()).isEqualTo(2);
    double lon = answer.get("sites").get(0).get("lon").asDouble();
    assertThat(lon).isIn(114.17, 113.8);
  }

  @Test
  void aSitingAnswerIsSavedAsAScenarioInOneStep() throws Exception {
    JsonNode answer = site("{\"standard\":\"primary10\",\"k\":2,\"method\":\"greedy\"}");
    ObjectNode body = SitingCalls.scenario("两所新小学");
    for (JsonNode s : answer.get("sites")) {
      SitingCalls.addSite(body, "primary_school", s);
    }
    long id = SitingCalls.save(mvc, body);
    JsonNode coverage =
        ApiCalls.okJson(mvc, "/api/scenarios/" + id + "/coverage?standard=primary10");
    long gained = 0;
    for (JsonNode d : coverage.get("delta")) {
      assertThat(d.get("change").asLong()).isNotNegative(); // adding never lowers coverage
      gained += d.get("change").asLong();
    }
    assertThat(gained).isEqualTo(answer.get("newlyCoveredResidents").asLong());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"standard\":\"nope\"}|404|known",
        "{\"objective\":\"mclp\"}|400|standard",
        "{\"standard\":\"health15\",\"objective\":\"pmedian\"}|400|mclp or lscp",
        "{\"standard\":\"health15\",\"k\":0}|400|k",
        "{\"standard\":\"health15\",\"k\":1000}|400|k",
        "{\"standard\":\"health15\",\"objective\":\"lscp\"}|400|targetShare",
        "{\"standard\":\"health15\",\"objective\":\"lscp\",\"targetShare\":1.5}|400|targetShare",
        "{\"standard\":\"health15\",\"method\":\"magic\"}|400|exact or greedy",
        "{\"standard\":\"health15\",\"timeLimitSeconds\":3600}|400|timeLimitSeconds",
        "{\"standard\":\"health15\",\"candidates\":[[114.1]]}|400|lon, lat",
        "{\"standard\":\"health15\",\"candidates\":[[914.1,30]]}|400|lon",
        "{\"standard\":\"life15\"}|400|several facility types",
        "{\"standard\":\"health15\",\"year\":2030}|400|2020 or 2025",
        "not json|400|JSON",
      })
  void badRequestsAreRefusedWithAClearMessage(String body, int status, String message)
      throws Exception {
    mvc.perform(post("/api/siting").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().is(status))
        .andExpect(jsonPath("$.message", containsString(message)));
  }

  private JsonNode evaluate(String body) throws Exception {
    return SitingCalls.post200(mvc, "/api/siting/evaluate", body);
  }

  @Test
  void evaluateOfTheSolvedSitesIsTheSolveAndRedrawsEverything() throws Exception {
    JsonNode solved =
        site("{\"standard\":\"health15\",\"k\":3,\"year\":2020,\"facilities\":\"existing\"}");
    StringBuilder sites = new StringBuilder();
    for (JsonNode s : solved.get("sites")) {
      sites.append(sites.length() == 0 ? "" : ",");
      sites.append('[').append(s.get("lon").asDouble()).append(',').append(s.get("lat").asDouble());
      sites.append(']');
    }
    JsonNode ev =
        evaluate(
            "{\"standard\":\"health15\",\"method\":\"network\",\"year\":2020,"
                + "\"facilities\":\"existing\",\"sites\":["
                + sites
                + "]}");

    assertThat(ev.get("shareBefore").asDouble()).isEqualTo(solved.get("shareBefore").asDouble());
    assertThat(ev.get("shareAfter").asDouble()).isEqualTo(solved.get("shareAfter").asDouble());
    for (int i = 0; i < 3; i++) { // same attribution order, same marginal gains
      assertThat(ev.get("sites").get(i).get("newlyCovered").asLong())
          .isEqualTo(solved.get("sites").get(i).get("newlyCovered").asLong());
    }
    long after = 0;
    for (JsonNode a : ev.get("byArea")) {
      assertThat(a.get("coveredAfter").asLong())
          .isGreaterThanOrEqualTo(a.get("coveredBefore").asLong());
      after += a.get("coveredAfter").asLong();
    }
    assertThat(after)
        .isEqualTo(ev.get("coveredBefore").asLong() + ev.get("newlyCoveredResidents").asLong());
    assertThat(ev.get("serviceAreas").get("features")).hasSize(1);
    long uncovered = 0;
    for (JsonNode g : ev.get("gaps").get("features")) {
      uncovered += g.get("properties").get("residents").asLong();
    }
    assertThat(uncovered)
        .isEqualTo(
            ev.get("totalResidents").asLong()
                - ev.get("coveredBefore").asLong()
                - ev.get("newlyCoveredResidents").asLong());
    assertThat(ev.get("timings").get("totalMillis").asLong()).isNotNegative();
    assertThat(solved.get("timings").get("phases").has("solve")).isTrue();
    assertThat(solved.get("jobId").asText()).isNotBlank();
  }

  @Test
  void movingASiteChangesTheAnswerAndNoSitesIsTheBaseline() throws Exception {
    JsonNode none = evaluate("{\"standard\":\"primary10\",\"sites\":[]}");
    JsonNode one = evaluate("{\"standard\":\"primary10\",\"sites\":[[114.1700,30.5000]]}");
    JsonNode moved = evaluate("{\"standard\":\"primary10\",\"sites\":[[114.1200,30.4700]]}");

    assertThat(none.get("shareAfter").asDouble()).isEqualTo(none.get("shareBefore").asDouble());
    assertThat(one.get("shareBefore").asDouble()).isEqualTo(none.get("shareBefore").asDouble());
    assertThat(one.get("newlyCoveredResidents").asLong())
        .isEqualTo(one.get("sites").get(0).get("newlyCovered").asLong());
    assertThat(moved.get("newlyCoveredResidents").asLong())
        .isNotEqualTo(one.get("newlyCoveredResidents").asLong());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // 南太子湖 (South Taizi Lake), the middle of the lake
        "/api/siting/evaluate|{\"standard\":\"health15\",\"sites\":[[114.207,30.4849]]}|422|water",
        "/api/siting/evaluate|{\"standard\":\"health15\",\"sites\":[[113.0,29.0]]}|422|outside the zone",
        "/api/siting|{\"standard\":\"health15\",\"candidates\":[[114.207,30.4849]]}|422|water",
        "/api/siting/evaluate|{\"standard\":\"health15\",\"facilities\":\"dreams\"}|400|existing, committed, plan",
        "/api/siting/evaluate|{\"standard\":\"health15\",\"method\":\"teleport\"}|400|euclidean or network",
        "/api/siting/evaluate|{\"sites\":[]}|400|standard",
        "/api/siting|{\"standard\":\"health15\",\"timeLimitSeconds\":1e-9}|400|timeLimitSeconds",
        "/api/siting|{\"standard\":\"health15\",\"jobId\":\"x\"}|400|jobId",
      })
  void sitesInWaterOrOutsideTheZoneAndBadParametersAreRefused(
      String url, String body, int status, String message) throws Exception {
    mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().is(status))
        .andExpect(jsonPath("$.message", containsString(message)));
  }

  @Test
  void cancellingAnUnknownJobIsNotFound() throws Exception {
    mvc.perform(delete("/api/jobs/no-such-job-42")).andExpect(status().isNotFound());
  }
}
