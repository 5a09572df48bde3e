package cn.chegu.viewer.web;

import static cn.chegu.viewer.web.ImportRequests.EDITOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Scenarios belong to the area they were made in: a scenario of the test district ({@link
 * AreasApiTest}'s zip) is listed and opened with {@code area=} of the district only; under the
 * default area (no {@code area=}) it is 404 for reading, its coverage, changing and deleting, and a
 * 车谷 scenario is 404 under the district. Deleting the district deletes its scenarios.
 */
@SampleApiTest
class AreaScenariosApiTest {

  @Autowired MockMvc mvc;
  @Autowired DataSource dataSource;
  private final ObjectMapper json = new ObjectMapper();

  private JsonNode read(ResultActions r) throws Exception {
    return json.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private long scenario(String query, String name) throws Exception {
    return read(mvc.perform(
                post("/api/scenarios" + query)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"" + name + "\"}")
                    .with(EDITOR)
                    .with(csrf()))
            .andExpect(status().isCreated()))
        .get("id")
        .asLong();
  }

  @Test
  void aScenarioOfOneAreaIsNotFoundUnderAnother() throws Exception {
    String area = AreaUploads.createDistrict(mvc);
    long chegu = scenario("", "in chegu");
    long mine = -1;
    try {
      mine = scenario("?area=" + area, "in the district");
      JsonNode opened =
          read(
              mvc.perform(get("/api/scenarios/" + mine + "?area=" + area))
                  .andExpect(status().isOk()));
      assertThat(opened.get("area").asText()).isEqualTo(area);
      assertThat(opened.get("name").asText()).isEqualTo("in the district");
      assertThat(opened.get("baselineChanged").asBoolean()).isFalse();
      JsonNode listed = read(mvc.perform(get("/api/scenarios?area=" + area)));
      assertThat(listed.findValuesAsText("name")).containsExactly("in the district");
      assertThat(read(mvc.perform(get("/api/scenarios"))).findValuesAsText("name"))
          .contains("in chegu")
          .doesNotContain("in the district");
      mvc.perform(
              get(
                  "/api/scenarios/"
                      + mine
                      + "/coverage?area="
                      + area
                      + "&standard=health15"
                      + "&method=euclidean"))
          .andExpect(status().isOk());

      // under the default area the district's scenario does not exist, and the other way round
      mvc.perform(get("/api/scenarios/" + mine)).andExpect(status().isNotFound());
      mvc.perform(get("/api/scenarios/" + mine + "/facilities")).andExpect(status().isNotFound());
      mvc.perform(get("/api/scenarios/" + mine + "/coverage?standard=health15"))
          .andExpect(status().isNotFound());
      mvc.perform(
              post("/api/scenarios/" + mine + "/facilities")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"type\":\"community_health_station\",\"lon\":114.17,\"lat\":30.5}")
                  .with(EDITOR)
                  .with(csrf()))
          .andExpect(status().isNotFound());
      mvc.perform(delete("/api/scenarios/" + mine).with(EDITOR).with(csrf()))
          .andExpect(status().isNotFound());
      mvc.perform(get("/api/scenarios/" + chegu + "?area=" + area))
          .andExpect(status().isNotFound());
      // the refused delete deleted nothing
      mvc.perform(get("/api/scenarios/" + mine + "?area=" + area)).andExpect(status().isOk());
    } finally {
      mvc.perform(delete("/api/areas/" + area).with(EDITOR).with(csrf()))
          .andExpect(status().isNoContent());
      mvc.perform(delete("/api/scenarios/" + chegu).with(EDITOR).with(csrf()));
    }
    assertThat(
            new JdbcTemplate(dataSource)
                .queryForObject("SELECT COUNT(*) FROM scenario WHERE id = ?", Long.class, mine))
        .as("the district's scenarios went with it")
        .isZero();
  }
}
