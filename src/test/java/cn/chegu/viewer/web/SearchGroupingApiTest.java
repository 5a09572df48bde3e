package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** On the sample, a road drawn as many segments is found once, with its number of parts. */
@SampleApiTest
class SearchGroupingApiTest {

  @Autowired MockMvc mvc;

  @Test
  void theSegmentsOfOneRoadAreOneHit() throws Exception {
    JsonNode hits =
        new ObjectMapper()
            .readTree(
                mvc.perform(get("/api/search").param("q", "车谷大道"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
    List<String> keys = new ArrayList<>();
    int maxParts = 0;
    for (JsonNode h : hits) {
      keys.add(h.get("layer").asText() + "/" + h.get("nameZh").asText());
      maxParts = Math.max(maxParts, h.get("parts").asInt());
    }
    assertThat(keys).isNotEmpty().doesNotHaveDuplicates();
    assertThat(maxParts).as("车谷大道 is drawn in several segments").isGreaterThan(1);
  }
}
