package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The coverage API on the shipped sample: its contract, its invariants and its refusals. */
@SampleApiTest
class CoverageApiTest {

  @Autowired MockMvc mvc;

  private JsonNode getJson(String url) throws Exception {
    return ApiCalls.okJson(mvc, url);
  }

  @Test
  void listsTheEightStandardsWithTheSourceOfEveryNumber() throws Exception {
    JsonNode standards = getJson("/api/standards");
    assertThat(standards.findValuesAsText("code"))
        .containsExactly(
            "life15",
            "health15",
            "emergency12",
            "culture12",
            "park10",
            "kindergarten5",
            "primary10",
            "middle15");
    for (JsonNode s : standards) {
      assertThat(s.get("minutes").asDouble()).isPositive();
      assertThat(s.get("sources").size()).isPositive();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "health15,network,plan",
    "emergency12,network,committed",
    "life15,euclidean,existing",
    "kindergarten5,network,existing"
  })
  void travelRulesComeInChineseWithTheSameNumbers(String code, String method, String set)
      throws Exception {
    JsonNode c =
        getJson("/api/coverage?standard=" + code + "&method=" + method + "&facilities=" + set);
    ZhTexts.assertSameFacts(c.get("rules"), c.get("rulesZh"));
    JsonNode gaps =
        getJson("/api/coverage/gaps?standard=" + code + "&method=" + method + "&facilities=" + set);
    ZhTexts.assertSameFacts(gaps.get("rules"), gaps.get("rulesZh"));
    for (JsonNode s : getJson("/api/standards")) {
      ZhTexts.assertSameFacts(s.get("accessRule").asText(), s.get("accessRuleZh").asText());
      // every source of a number has its Chinese form with the same numbers (plan clauses too)
      for (var f : (Iterable<java.util.Map.Entry<String, JsonNode>>) s.get("sources")::fields) {
        ZhTexts.assertSameFacts(
            f.getValue().asText(), s.get("sourcesZh").path(f.getKey()).asText());
      }
    }
    if (code.equals("emergency12")) {
      // by hand: ambulances drive at class speed × 1.0 within 12 min incl. 3 min dispatch
      assertThat(c.get("rulesZh").get(1).asText())
          .isEqualTo("路网：救护车按道路等级车速 × 1.0，12.0 分钟以内（含 3.0 分钟出车时间）");
      assertThat(c.get("rulesZh").get(3).asText()).isEqualTo("单行道只按通行方向行驶");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"life15", "health15", "emergency12", "culture12", "park10"})
  void coveredPlusUncoveredIsTheTotal(String code) throws Exception {
    JsonNode network =
        getJson("/api/coverage?standard=" + code + "&method=network&year=2020&facilities=plan");

    assertThat(network.get("totalResidents").asLong()).isEqualTo(481_338);
    long byAreaTotal = 0;
    long byAreaCovered = 0;
    for (JsonNode a : network.get("byArea")) {
      byAreaTotal += a.get("total").asLong();
      byAreaCovered += a.get("covered").asLong();
      assertThat(a.get("covered").asLong()).isBetween(0L, a.get("total").asLong());
    }
    assertThat(byAreaTotal).isEqualTo(481_338);
    assertThat(byAreaCovered).isEqualTo(network.get("coveredResidents").asLong());
    assertThat(network.get("share").asDouble()).isBetween(0.0, 1.0);
  }

  /**
   * For a walking standard whose straight-line radius is at least speed × time (the plan's walking
   * circles are exactly that: 1,000 m = 4 km/h × 15 min), the network covers nobody the circle does
   * not, for the same facilities: a walk (access legs included, at the same speed) is never shorter
   * than the straight line. Not claimed for emergency12: ambulances drive up to the road class
   * speed, far beyond its 5 km radius in 9 minutes, and its network share can be higher.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "life15",
        "health15",
        "culture12",
        "park10",
        "kindergarten5",
        "primary10",
        "middle15"
      })
  void aWalkNeverCoversMoreThanACircleOfSpeedTimesTime(String code) throws Exception {
    JsonNode standard = null;
    for (JsonNode s : getJson("/api/standards")) {
      if (s.get("code").asText().equals(code)) {
        standard = s;
      }
    }
    assertThat(standard).isNotNull();
    assertThat(standard.get("mode").asText()).isEqualTo("walk");
    assertThat(standard.get("accessSpeedKmh").asDouble())
        .isEqualTo(standard.get("speedKmh").asDouble());
    double reach =
        standard.get("speedKmh").asDouble() / 3.6 * standard.get("minutes").asDouble() * 60;
    assertThat(standard.get("euclideanRadiusMeters").asDouble())
        .isGreaterThanOrEqualTo(reach - 1e-6);

    String query = "/api/coverage?standard=" + code + "&year=2020&facilities=plan&method=";
    JsonNode network = getJson(query + "network");
    JsonNode euclidean = getJson(query + "euclidean");
    assertThat(network.get("facilitiesUsed").get("total").asInt()).isPositive();
    assertThat(network.get("coveredResidents").asLong())
        .as("the network covers someone")
        .isPositive();
    assertThat(network.get("coveredResidents").asLong())
        .isLessThanOrEqualTo(euclidean.get("coveredResidents").asLong());
  }

  @Test
  void the2025PopulationIsTheOneMillionTarget() throws Exception {
    assertThat(getJson("/api/coverage?standard=health15&year=2025").get("totalResidents").asLong())
        .isEqualTo(1_000_000);
  }

  @Test
  void gapsAreRankedByResidentsAndAddUpToTheUncovered() throws Exception {
    JsonNode coverage = getJson("/api/coverage?standard=health15&method=network");
    JsonNode gaps = getJson("/api/coverage/gaps?standard=health15&method=network");
    long sum = 0;
    long previous = Long.MAX_VALUE;
    int rank = 1;
    for (JsonNode g : gaps.get("features")) {
      JsonNode p = g.get("properties");
      long residents = p.get("residents").asLong();
      assertThat(p.get("rank").asInt()).isEqualTo(rank++);
      assertThat(residents).isLessThanOrEqualTo(previous).isGreaterThanOrEqualTo(50);
      assertThat(p.get("areaKm2").asDouble()).isLessThanOrEqualTo(p.get("cells").asInt() * 0.0626);
      assertThat(p.get("centroid").size()).isEqualTo(2);
      assertThat(p.get("areas").size()).isPositive();
      // 0 only where no road a walker may use lies within reach of the gap
      assertThat(p.get("bestSiteResidents").asLong()).isNotNegative();
      assertThat(g.get("geometry").get("type").asText()).isIn("Polygon", "MultiPolygon");
      previous = residents;
      sum += residents;
    }
    assertThat(gaps.get("facilities").asText()).isEqualTo("existing");
    assertThat(gaps.get("timings").get("phases").has("compute")).isTrue();
    JsonNode top = gaps.get("features").get(0).get("properties");
    assertThat(top.get("bestSiteResidents").asLong()).isPositive();
    assertThat(sum + gaps.get("remainderResidents").asLong())
        .isEqualTo(
            coverage.get("totalResidents").asLong() - coverage.get("coveredResidents").asLong());
  }

  @Test
  void everyAnswerNamesItsFacilitySetAndPlannedOnesAreNeverBorrowed() throws Exception {
    JsonNode existing = getJson("/api/coverage?standard=emergency12&facilities=existing");
    JsonNode plan = getJson("/api/coverage?standard=emergency12&facilities=plan");
    JsonNode byDefault = getJson("/api/coverage?standard=emergency12");

    // all 13 emergency facilities of the sample are planned: nothing exists today
    assertThat(existing.get("facilities").asText()).isEqualTo("existing");
    assertThat(existing.get("year").asInt()).isEqualTo(2020);
    assertThat(existing.get("facilitiesUsed").get("total").asInt()).isZero();
    assertThat(existing.get("share").asDouble()).isZero();
    assertThat(existing.get("notes").get(0).asText()).contains("no existing facility of type");
    assertThat(byDefault.get("facilities").asText()).isEqualTo("existing");
    assertThat(byDefault.get("timings").get("totalMillis").asLong()).isNotNegative();
    assertThat(plan.get("facilitiesUsed").get("total").asInt()).isEqualTo(13);
    assertThat(plan.get("facilitiesUsed").get("positionsModelled").asInt()).isBetween(1, 13);
    assertThat(plan.get("facilitiesUsed").get("modelled")) // the former name, kept for old clients
        .isEqualTo(plan.get("facilitiesUsed").get("positionsModelled"));
    assertThat(plan.get("share").asDouble()).isGreaterThan(0.5);
    assertThat(plan.get("rules").toString()).contains("driven at 20.0 km/h");
    for (String code : List.of("health15", "culture12", "life15")) {
      double e =
          getJson("/api/coverage?standard=" + code + "&facilities=existing")
              .get("share")
              .asDouble();
      double c =
          getJson("/api/coverage?standard=" + code + "&facilities=committed")
              .get("share")
              .asDouble();
      double p =
          getJson("/api/coverage?standard=" + code + "&facilities=plan").get("share").asDouble();
      assertThat(e).isLessThanOrEqualTo(c);
      assertThat(c).isLessThanOrEqualTo(p);
    }
    assertThat(
            getJson(
                    "/api/coverage/at?lon=114.1868&lat=30.4620&standard=emergency12&facilities=plan")
                .get("facilities")
                .asText())
        .isEqualTo("plan");
    assertThat(
            getJson("/api/coverage/service-areas?standard=emergency12&facilities=existing")
                .get("features")
                .size())
        .isEqualTo(1);
  }

  @Test
  void standardsStateTheirTravelRulesWithSources() throws Exception {
    JsonNode standards = getJson("/api/standards");
    for (JsonNode s : standards) {
      boolean walk = s.get("mode").asText().equals("walk");
      assertThat(s.get("roadClasses").toString()).contains("local");
      assertThat(s.get("roadClasses").toString().contains("expressway")).isEqualTo(!walk);
      assertThat(s.get("oneway").asText()).isEqualTo(walk ? "ignored" : "respected");
      assertThat(s.get("snapMaxMeters").asDouble()).isPositive();
      assertThat(s.get("accessRule").asText()).contains(walk ? "walked" : "driven");
      for (String key : List.of("roadClasses", "oneway", "snapMaxMeters", "accessSpeedKmh")) {
        assertThat(s.get("sources").get(key).asText()).isNotBlank();
      }
    }
  }

  @Test
  void serviceAreasComeInTheBandsAskedFor() throws Exception {
    JsonNode areas =
        getJson("/api/coverage/service-areas?standard=health15&method=network&bands=15,5,10");
    assertThat(areas.get("features").findValuesAsText("minutes"))
        .containsExactly("5.0", "10.0", "15.0");
    assertThat(areas.get("features").get(0).get("geometry").get("type").asText())
        .isIn("Polygon", "MultiPolygon");
  }

  @Autowired ServiceAreaCacheProbe probe;

  @Test
  void aServiceAreaAnswerIsKnownPreparedOnceComputed() throws Exception {
    // bands nobody else asks for: not prepared until this request computes them
    String query = "standard=park10&method=network&bands=3.5,7&facilities=plan";
    org.springframework.mock.web.MockHttpServletRequest ask =
        new org.springframework.mock.web.MockHttpServletRequest(
            "GET", "/api/coverage/service-areas");
    ask.setQueryString(query);
    for (String kv : query.split("&")) {
      ask.setParameter(kv.split("=")[0], kv.split("=")[1]);
    }
    assertThat(probe.prepared(ask)).isFalse();

    getJson("/api/coverage/service-areas?" + query);

    assertThat(probe.prepared(ask)).isTrue();
    ask.setParameter("bands", "3.5,8");
    assertThat(probe.prepared(ask)).isFalse();
  }

  @Test
  void aPointNextToTheZhuankouHealthCentreIsCoveredOnFoot() throws Exception {
    // 沌口社区卫生服务中心 (a surveyed reference point of the sample) stands at 114.1858, 30.4620; 100 m east
    // of it:
    mvc.perform(get("/api/coverage/at?lon=114.1868&lat=30.4620&standard=health15&method=network"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.covered").value(true))
        .andExpect(jsonPath("$.facility.type").exists());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/coverage?standard=nope|404|known",
        "/api/coverage?standard=health15&method=crow|400|euclidean or network",
        "/api/coverage?standard=health15&year=1999|400|2020 or 2025",
        "/api/coverage?standard=health15&year=abc|400|2020 or 2025",
        "/api/coverage|400|standard",
        "/api/coverage/gaps?standard=health15&method=x|400|method",
        "/api/coverage?standard=health15&facilities=dreams|400|existing, committed, plan",
        "/api/coverage/gaps?standard=health15&facilities=x|400|facilities",
        "/api/coverage/gaps?standard=health15&minResidents=0|400|minResidents",
        "/api/coverage/gaps?standard=health15&minCellResidents=1.5|400|minCellResidents",
        "/api/coverage/at?lon=114.1&lat=30.4&standard=health15&facilities=all|400|facilities",
        "/api/coverage/service-areas?standard=health15&facilities=exist|400|facilities",
        "/api/coverage/service-areas?standard=health15&bands=5,-1|400|bands",
        "/api/coverage/service-areas?standard=health15&bands=5,a|400|bands",
        "/api/coverage/service-areas?standard=health15&bands=1,2,3,4,5,6,7|400|at most",
        "/api/coverage/service-areas?standard=health15&outline=hull|400|map or exact",
        "/api/coverage/service-areas?standard=health15&tolerance=1|400|[5, 500]",
        "/api/coverage/service-areas?standard=health15&tolerance=x|400|tolerance",
        "/api/coverage/at?lon=NaN&lat=30.4&standard=health15|400|finite",
        "/api/coverage/at?lon=114.1&lat=95&standard=health15|400|lat",
        "/api/coverage/at?lon=1e308&lat=30.4&standard=health15|400|lon",
        "/api/coverage/at?lon=116.5&lat=30.4&standard=health15|400|outside the zone",
        "/api/coverage/at?lon=114.1&lat=30.4&standard=x'%20OR%201=1|404|known",
      })
  void badParametersAreRefusedWithAMessageThatSaysWhatIsAllowed(
      String url, int status, String message) throws Exception {
    mvc.perform(get(url))
        .andExpect(status().is(status))
        .andExpect(jsonPath("$.message", containsString(message)));
  }

  /**
   * The map outline (default) fills the blocks reached all round: the 12-minute ambulance area has
   * far fewer holes than the exact network buffer, and covers at least as much ground.
   */
  @Test
  void theMapOutlineFillsReachedBlocksAndTheExactBufferStaysAvailable() throws Exception {
    // every emergency facility of the sample is planned: the existing set has no ambulance area
    String url =
        "/api/coverage/service-areas?standard=emergency12&method=network&bands=12&facilities=plan";
    JsonNode map = getJson(url);
    JsonNode exact = getJson(url + "&outline=exact");

    JsonNode mapArea = map.get("features").get(0);
    JsonNode exactArea = exact.get("features").get(0);
    assertThat(mapArea.get("properties").get("outline").asText()).isEqualTo("map");
    assertThat(mapArea.get("properties").get("outlineRule").asText()).contains("60 m", "20.0 m");
    assertThat(exactArea.get("properties").get("outline").asText()).isEqualTo("exact");
    assertThat(holes(mapArea.get("geometry"))).isLessThan(holes(exactArea.get("geometry")) / 5);
    assertThat(vertices(mapArea.get("geometry"))).isPositive();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/coverage?standard=health15",
        "/api/coverage/gaps?standard=health15",
        "/api/coverage/service-areas?standard=emergency12&bands=3,7,11"
      })
  void everyAnswerReportsItsWallTimeAndPhases(String url) throws Exception {
    JsonNode timings = getJson(url).get("timings");

    assertThat(timings.get("totalMillis").asLong()).isNotNegative();
    assertThat(timings.get("phases").has("compute")).isTrue();
    assertThat(timings.get("totalMillis").asLong())
        .isGreaterThanOrEqualTo(timings.get("phases").get("compute").asLong());
  }

  @Test
  void healthIsUpAndReportsTheWarmUpOfEveryStandardToEditorsOnly() throws Exception {
    String anonymous =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                    "/actuator/health"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(anonymous)
                .get("status")
                .asText())
        .isEqualTo("UP");
    assertThat(anonymous).doesNotContain("components", "\"path\"", "\"free\"", "details");
    JsonNode health =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(
                mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/actuator/health")
                            .with(
                                org.springframework.security.test.web.servlet.request
                                    .SecurityMockMvcRequestPostProcessors.user("editor")
                                    .roles("EDITOR")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString());

    assertThat(health.get("status").asText()).isEqualTo("UP");
    JsonNode warm = health.get("components").get("coverageWarmup");
    assertThat(warm.get("status").asText()).isEqualTo("UP");
    assertThat(warm.get("details").get("analysis").asText()).isIn("warming", "ready");
    assertThat(warm.get("details").get("standards").size()).isEqualTo(8);
  }

  private static int holes(JsonNode geometry) {
    int n = 0;
    for (JsonNode polygon : polygons(geometry)) {
      n += polygon.size() - 1;
    }
    return n;
  }

  private static int vertices(JsonNode geometry) {
    int n = 0;
    for (JsonNode polygon : polygons(geometry)) {
      for (JsonNode ring : polygon) {
        n += ring.size();
      }
    }
    return n;
  }

  private static java.util.List<JsonNode> polygons(JsonNode geometry) {
    java.util.List<JsonNode> out = new java.util.ArrayList<>();
    if (geometry.get("type").asText().equals("Polygon")) {
      out.add(geometry.get("coordinates"));
    } else {
      geometry.get("coordinates").forEach(out::add);
    }
    return out;
  }
}
