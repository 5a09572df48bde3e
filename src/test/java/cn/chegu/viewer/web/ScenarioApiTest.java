package cn.chegu.viewer.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Scenarios over the fixture's two facilities (fac-1, fac-2), and who may write them. */
@ApiTest
class ScenarioApiTest {

  @Autowired MockMvc mvc;
  private final ObjectMapper json = new ObjectMapper();

  private static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");

  private static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder b, String body) {
    return b.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  private long createScenario(String name) throws Exception {
    String answer =
        mvc.perform(
                body(post("/api/scenarios"), "{\"name\":\"" + name + "\"}")
                    .with(EDITOR)
                    .with(csrf()))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(answer).get("id").asLong();
  }

  @Test
  void anonymousWritesAre401AndViewerWritesAre403() throws Exception {
    mvc.perform(body(post("/api/scenarios"), "{\"name\":\"x\"}").with(csrf()))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.message", containsString("log in")));
    mvc.perform(body(post("/api/scenarios"), "{\"name\":\"x\"}"))
        .andExpect(status().isUnauthorized());
    mvc.perform(
            body(post("/api/scenarios"), "{\"name\":\"x\"}")
                .with(user("viewer").roles("VIEWER"))
                .with(csrf()))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message", containsString("EDITOR")));
    mvc.perform(get("/api/scenarios")).andExpect(status().isOk()); // reading stays open
  }

  @Test
  void aLoggedInEditorStillNeedsTheCsrfTokenButBasicAuthScriptsDoNot() throws Exception {
    mvc.perform(body(post("/api/scenarios"), "{\"name\":\"x\"}").with(EDITOR))
        .andExpect(status().isForbidden());
    mvc.perform(
            body(post("/api/scenarios"), "{\"name\":\"by script\"}")
                .with(httpBasic("editor", "editor-chegu")))
        .andExpect(status().isCreated());
    mvc.perform(
            body(post("/api/scenarios"), "{\"name\":\"x\"}")
                .with(httpBasic("editor", "wrong password")))
        .andExpect(status().isUnauthorized());
    mvc.perform(
            body(post("/api/scenarios"), "{\"name\":\"x\"}")
                .with(httpBasic("viewer", "viewer-chegu")))
        .andExpect(status().isForbidden());
  }

  @Test
  void addMoveRemoveAndDeleteRoundTrip() throws Exception {
    long id = createScenario("新站点 what-if");
    String base = "/api/scenarios/" + id;

    String added =
        mvc.perform(
                body(
                        post(base + "/facilities"),
                        "{\"type\":\"community_health_station\",\"name\":\"新卫生站\","
                            + "\"lon\":114.15,\"lat\":30.40}")
                    .with(EDITOR)
                    .with(csrf()))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String fid = json.readTree(added).get("id").asText();

    mvc.perform(
            body(put(base + "/facilities/fac-1"), "{\"lon\":114.12,\"lat\":30.47}")
                .with(EDITOR)
                .with(csrf()))
        .andExpect(status().isOk());
    mvc.perform(delete(base + "/facilities/fac-2").with(EDITOR).with(csrf()))
        .andExpect(status().isNoContent());

    JsonNode facilities =
        json.readTree(
            mvc.perform(get(base + "/facilities"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    org.assertj.core.api.Assertions.assertThat(facilities.findValuesAsText("id"))
        .containsExactly("fac-1", fid);
    org.assertj.core.api.Assertions.assertThat(facilities.get(0).get("lon").asDouble())
        .isEqualTo(114.12);

    mvc.perform(get(base))
        .andExpect(jsonPath("$.name").value("新站点 what-if"))
        .andExpect(jsonPath("$.edits", hasSize(3)));

    mvc.perform(delete(base).with(EDITOR).with(csrf())).andExpect(status().isNoContent());
    mvc.perform(get(base)).andExpect(status().isNotFound());
  }

  @Test
  void badScenarioInputIs4xxWithAClearMessage() throws Exception {
    mvc.perform(body(post("/api/scenarios"), "{\"name\":\"  \"}").with(EDITOR).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("name")));
    mvc.perform(body(post("/api/scenarios"), "{not json").with(EDITOR).with(csrf()))
        .andExpect(status().isBadRequest());
    long id = createScenario("bad input");
    String facilities = "/api/scenarios/" + id + "/facilities";
    mvc.perform(
            body(post(facilities), "{\"type\":\"castle\",\"lon\":114.1,\"lat\":30.4}")
                .with(EDITOR)
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("primary_school")));
    mvc.perform(
            body(post(facilities), "{\"type\":\"park\",\"lon\":500,\"lat\":30.4}")
                .with(EDITOR)
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("lon")));
    mvc.perform(
            body(put(facilities + "/no-such"), "{\"lon\":114.1,\"lat\":30.4}")
                .with(EDITOR)
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/scenarios/987654")).andExpect(status().isNotFound());
    mvc.perform(get("/api/scenarios/abc")).andExpect(status().isBadRequest());
  }

  @Test
  void meTellsWhoIsLoggedIn() throws Exception {
    mvc.perform(get("/api/me"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.authenticated").value(false));
    mvc.perform(get("/api/me").with(EDITOR))
        .andExpect(jsonPath("$.username").value("editor"))
        .andExpect(jsonPath("$.roles[0]").value("EDITOR"));
  }
}
