package cn.chegu.viewer.web;

import static cn.chegu.viewer.web.ImportRequests.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.chegu.viewer.io.GeoTiffFixture;
import cn.chegu.viewer.store.LayerVersionStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A population raster into the sample's population layer (a dry run: nothing written): the 3 × 3
 * raster of {@code io.GeoTiffSourceTest} (drawn there) becomes four cells holding its 44 people.
 */
@SampleApiTest
class PopulationRasterApiTest {

  @Autowired MockMvc mvc;
  @Autowired LayerVersionStore versions;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aGeoTiffBecomesCellsWithTheRastersPeople() throws Exception {
    int before = versions.currentVersion("population");
    JsonNode answer =
        json.readTree(
            mvc.perform(
                    upload(
                        "worldpop.tif",
                        GeoTiffFixture.raster(32650),
                        "population",
                        Map.of("mode", "replace", "dryRun", "true")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(answer.path("format").asText()).isEqualTo("GeoTIFF");
    assertThat(answer.path("crs").asText()).isEqualTo("EPSG:32650");
    assertThat(answer.path("imported").asInt()).isEqualTo(4);
    long people = 0;
    for (JsonNode f : answer.path("preview")) {
      people += f.path("properties").path("residents").asLong();
    }
    assertThat(people).isEqualTo(44);
    assertThat(answer.path("warnings").toString()).contains("largest remainder (total 44)");
    assertThat(versions.currentVersion("population")).isEqualTo(before);
  }
}
