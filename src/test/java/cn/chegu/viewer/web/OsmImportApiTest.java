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
 * An OpenStreetMap file sent to {@code POST /api/imports} answers the account of its ways:
 * fixtures/osm/small.osm (drawn in its header) has six ways tagged highway, five roads and one
 * {@code highway=proposed}.
 */
@SampleApiTest
class OsmImportApiTest {

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
}
