package cn.chegu.viewer.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The calls the siting API tests share: a JSON POST answered 200, sites saved as a scenario (GETs:
 * {@link ApiCalls#okJson}).
 */
final class SitingCalls {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SitingCalls() {}

  /** POSTs a JSON body and reads the 200 answer. */
  static JsonNode post200(MockMvc mvc, String url, String body) throws Exception {
    return JSON.readTree(
        mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  /** A new scenario body named {@code name}, for {@link #addSite} and {@link #save}. */
  static ObjectNode scenario(String name) {
    return JSON.createObjectNode().put("name", name);
  }

  /** Adds a facility of {@code type} at a site of an answer ({@code lon}, {@code lat}). */
  static void addSite(ObjectNode scenario, String type, JsonNode site) {
    scenario
        .withArray("facilities")
        .addObject()
        .put("type", type)
        .put("lon", site.get("lon").asDouble())
        .put("lat", site.get("lat").asDouble());
  }

  /** Saves a scenario as an editor; its id. */
  static long save(MockMvc mvc, ObjectNode scenario) throws Exception {
    String created =
        mvc.perform(
                post("/api/scenarios")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(scenario.toString())
                    .with(user("editor").roles("EDITOR"))
                    .with(csrf()))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JSON.readTree(created).get("id").asLong();
  }
}
