package cn.chegu.viewer.web;

import static cn.chegu.viewer.web.ImportRequests.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.chegu.viewer.store.LayerVersionStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Roads into the sample's roads layer (dry runs: nothing is written). An OpenStreetMap file answers
 * the account of its ways: fixtures/osm/small.osm (drawn in its header) has six ways tagged
 * highway, five roads and one {@code highway=proposed}. Roads without {@code speed_kmh} are told
 * which speed they take.
 */
@SampleApiTest
class RoadImportApiTest {

  @Autowired MockMvc mvc;
  @Autowired LayerVersionStore versions;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void theAnswerAccountsForEveryHighwayWay() throws Exception {
    byte[] osm =
        Files.readAllBytes(Path.of(getClass().getResource("/fixtures/osm/small.osm").toURI()));
    int before = versions.currentVersion("roads");
    JsonNode answer =
        json.readTree(
            mvc.perform(
                    upload("small.osm", osm, "roads", Map.of("mode", "replace", "dryRun", "true")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(answer.path("imported").asInt()).isEqualTo(5);
    JsonNode ways = answer.path("osm");
    assertThat(ways.path("highwayWays").asInt()).isEqualTo(6);
    assertThat(ways.path("imported").asInt()).isEqualTo(5);
    assertThat(ways.path("skipped").path("highway=proposed").asInt()).isEqualTo(1);
    assertThat(ways.path("skipped").size()).isEqualTo(1);
    assertThat(versions.currentVersion("roads")).isEqualTo(before); // a dry run writes nothing
  }

  @Test
  void roadsWithoutASpeedAreToldTheirClassSpeed() throws Exception {
    String roads =
        "{\"type\":\"FeatureCollection\",\"features\":["
            + road("r1", "local", null, "[[114.15,30.40],[114.16,30.40]]")
            + ","
            + road("r2", "local", null, "[[114.16,30.40],[114.17,30.40]]")
            + ","
            + road("r3", "primary", 45, "[[114.17,30.40],[114.18,30.40]]")
            + "]}";
    JsonNode answer =
        json.readTree(
            mvc.perform(
                    upload(
                        "roads.geojson",
                        roads.getBytes(StandardCharsets.UTF_8),
                        "roads",
                        Map.of("mode", "replace", "dryRun", "true")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    // local roads' design speed: network.RoadClass.LOCAL = 30 km/h (CJJ 37-2012 支路 20-40)
    assertThat(answer.path("warnings").toString())
        .contains("2 roads have no speed_kmh")
        .contains("local 30.0 km/h=2")
        .doesNotContain("primary");
    assertThat(answer.path("warningsZh").toString())
        .contains("2 条道路无 speed_kmh，按其道路等级的设计速度计（CJJ 37-2012）：{local 30.0 km/h=2}");
    assertThat(answer.path("osm").isNull() || answer.path("osm").isMissingNode()).isTrue();
  }

  private static String road(String id, String cls, Integer speed, String coordinates) {
    return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":"
        + coordinates
        + "},\"properties\":{\"id\":\""
        + id
        + "\",\"class\":\""
        + cls
        + "\""
        + (speed == null ? "" : ",\"speed_kmh\":" + speed)
        + "}}";
  }
}
