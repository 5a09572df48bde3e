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
 * raster of {@code io.GeoTiffSourceTest} (drawn there) becomes four cells holding its 44 people;
 * census totals spread dasymetrically (the sums by hand are in {@code imports.DasymetricTest}).
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

  /**
   * Census totals of one 街道 (a square around 114.15 E, 30.45 N holding 10,000 people) spread over
   * the sample's cells in it, as a dry run through the API: the answer states the method and
   * replaces the layer; nothing is written.
   */
  @Test
  void censusTotalsSpreadOverTheCellsOfTheirUnit() throws Exception {
    String unit =
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
            + "{\"type\":\"Polygon\",\"coordinates\":[[[114.14,30.44],[114.16,30.44],"
            + "[114.16,30.46],[114.14,30.46],[114.14,30.44]]]},\"properties\":"
            + "{\"id\":\"sd-test\",\"name_zh\":\"测试街道\",\"residents\":10000}}]}";
    int before = versions.currentVersion("population");
    JsonNode answer =
        json.readTree(
            mvc.perform(
                    upload(
                        "census.geojson",
                        unit.getBytes(StandardCharsets.UTF_8),
                        "population",
                        Map.of("spread", "dasymetric", "dryRun", "true")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(answer.path("warnings").toString())
        .contains("dasymetric: each unit's census total spread")
        .contains("1 units");
    assertThat(answer.path("mode").asText()).isEqualTo("replace");
    assertThat(versions.currentVersion("population")).isEqualTo(before);
  }
}
