package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Capacitated siting (issue 21 §2) on the shipped sample: community health centres (health15), 1.2
 * beds per 1,000 residents, new sites of a given number of beds.
 */
@SampleApiTest
class CapacitySitingApiTest {

  @Autowired MockMvc mvc;

  private JsonNode site(String extra) throws Exception {
    return SitingCalls.post200(
        mvc,
        "/api/siting",
        "{\"standard\":\"health15\",\"objective\":\"mclp\",\"k\":3,\"timeLimitSeconds\":60"
            + extra
            + "}");
  }

  @Test
  void capacityBindsServesAtMostWhatTheSitesReachAndRaisesAccess() throws Exception {
    JsonNode plain = site("");
    JsonNode capped = site(",\"capacity\":{\"perSite\":10}");
    JsonNode c = capped.get("capacity");
    System.out.printf(
        "capacity 10 beds, k=3: served %.3f of %.3f covered (%s, gap %s, %d ms); plain MCLP %d"
            + " residents%n",
        c.get("served").asDouble(),
        c.get("coveredDemand").asDouble(),
        capped.get("status").asText(),
        capped.get("gap").asText(),
        capped.get("solveMillis").asLong(),
        plain.get("newlyCoveredResidents").asLong());

    double rate = 1.2 / 1000;
    assertThat(c.get("type").asText()).isEqualTo("community_health_center");
    assertThat(c.get("unit").asText()).isEqualTo("beds");
    assertThat(c.get("ratePerThousand").asDouble()).isEqualTo(1.2);
    assertThat(capped.get("objective").asDouble())
        .isCloseTo(c.get("served").asDouble(), within(1e-9));
    assertThat(capped.get("bound").asDouble())
        .isGreaterThanOrEqualTo(capped.get("objective").asDouble() - 1e-9);
    // the capacity binds: 3 sites × 10 beds serve less than the uncapacitated optimum's demand
    assertThat(capped.get("status").asText()).isEqualTo("OPTIMAL");
    assertThat(c.get("served").asDouble())
        .isLessThan(rate * plain.get("newlyCoveredResidents").asLong())
        .isLessThanOrEqualTo(c.get("coveredDemand").asDouble() + 1e-6)
        .isLessThanOrEqualTo(30 + 1e-6)
        .isPositive();
    assertThat(c.get("sites")).hasSize(capped.get("sites").size());
    double sum = 0;
    for (JsonNode s : c.get("sites")) {
      assertThat(s.get("served").asDouble()).isLessThanOrEqualTo(10 + 1e-6);
      assertThat(s.get("load").asDouble()).isCloseTo(s.get("served").asDouble() / 10, within(1e-9));
      sum += s.get("served").asDouble();
    }
    assertThat(sum).isCloseTo(c.get("served").asDouble(), within(1e-6));

    JsonNode a = c.get("access");
    assertThat(a.get("catchment").asText()).isEqualTo("health15");
    assertThat(a.get("byArea")).isNotEmpty();
    // E2SFCA's invariant: the capacity anyone reaches is allocated, so 30 new beds with residents
    // in their catchments raise the mean by 90 × 1,000 / residents
    double residents = a.get("before").get("residents").asDouble();
    double added =
        a.get("after").get("capacityInReach").asDouble()
            - a.get("before").get("capacityInReach").asDouble();
    assertThat(added).isCloseTo(30, within(1e-6));
    assertThat(a.get("after").get("perThousand").asDouble())
        .isCloseTo(
            a.get("before").get("perThousand").asDouble() + 1000 * added / residents, within(1e-6));
    boolean someAreaGained = false;
    for (JsonNode row : a.get("byArea")) {
      assertThat(row.get("after").asDouble()).isGreaterThanOrEqualTo(row.get("before").asDouble());
      someAreaGained |= row.get("after").asDouble() > row.get("before").asDouble();
    }
    assertThat(someAreaGained).isTrue();
    assertThat(c.get("rules")).hasSize(5);
    assertThat(c.get("rules").get(0).asText()).contains("1.2 beds per 1,000 residents");
    assertThat(c.get("rulesZh")).hasSize(5);
    // the README's figure is this answer
    assertThat(Files.readString(Path.of("README.md")))
        .contains(
            String.format(
                Locale.ROOT,
                "k = 3 at 10 beds per site serves %.1f beds of the %.1f its sites reach (%s), less"
                    + " than the %.1f",
                c.get("served").asDouble(),
                c.get("coveredDemand").asDouble(),
                capped.get("status").asText(),
                rate * plain.get("newlyCoveredResidents").asLong()));
  }

  @Test
  void capacityAboveAllDemandServesWhatTheUncapacitatedOptimumCovers() throws Exception {
    JsonNode plain = site("");
    JsonNode unlimited = site(",\"capacity\":{\"perSite\":100000}");

    assertThat(plain.get("status").asText()).isEqualTo("OPTIMAL");
    assertThat(unlimited.get("status").asText()).isEqualTo("OPTIMAL");
    assertThat(unlimited.get("capacity").get("served").asDouble())
        .isCloseTo(1.2 / 1000 * plain.get("newlyCoveredResidents").asLong(), within(1e-6));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"standard\":\"health15\",\"k\":3,\"capacity\":{\"perSite\":0}|capacity.perSite",
        "\"standard\":\"health15\",\"k\":3,\"capacity\":{}|capacity.perSite",
        "\"standard\":\"health15\",\"objective\":\"lscp\",\"targetShare\":0.9,"
            + "\"capacity\":{\"perSite\":30}|mclp only",
        "\"standard\":\"emergency12\",\"k\":3,\"capacity\":{\"perSite\":30}|no norm per 1,000"
      })
  void badCapacityIs400WithItsReason(String body, String reason) throws Exception {
    mvc.perform(
            post("/api/siting").contentType(MediaType.APPLICATION_JSON).content("{" + body + "}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString(reason)));
  }
}
