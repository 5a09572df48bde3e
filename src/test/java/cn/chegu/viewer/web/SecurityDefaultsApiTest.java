package cn.chegu.viewer.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** CSRF, login throttling, scenario ownership, security headers and /error. */
@ApiTest
class SecurityDefaultsApiTest {

  @Autowired MockMvc mvc;
  private final ObjectMapper json = new ObjectMapper();

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  @Test
  void aSessionCookieWithAnyAuthorizationHeaderStillNeedsTheCsrfToken() throws Exception {
    RequestPostProcessor sessionCookie =
        request -> {
          request.setRequestedSessionId("a-browser-session");
          return request;
        };
    mvc.perform(
            post("/api/scenarios")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"csrf\"}")
                .with(httpBasic("editor", "editor-chegu"))
                .with(sessionCookie))
        .andExpect(status().is4xxClientError());
    mvc.perform(
            post("/api/scenarios")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"csrf\"}")
                .header("Authorization", "Bearer x")
                .with(user("editor").roles("EDITOR")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message", containsString("CSRF token")));
  }

  @Test
  void repeatedWrongPasswordsDelayTheAccountUnderEverySpellingFromThatAddress() throws Exception {
    for (int i = 0; i < 10; i++) {
      mvc.perform(get("/api/me").with(httpBasic("mallory", "guess" + i)).with(from("10.9.9.9")))
          .andExpect(status().isUnauthorized());
    }
    for (String spelling : new String[] {"MALLORY", "Mallory", "mallory "}) {
      mvc.perform(get("/api/me").with(httpBasic(spelling, "guess")).with(from("10.9.9.9")))
          .andExpect(status().isTooManyRequests())
          .andExpect(header().exists("Retry-After"))
          .andExpect(jsonPath("$.message", containsString("failed logins")));
    }
    mvc.perform(
            post("/api/login")
                .param("username", "mAllory")
                .param("password", "x")
                .with(from("10.9.9.9")))
        .andExpect(status().isTooManyRequests());
    // the owner, elsewhere, is not locked out by someone guessing at the account
    mvc.perform(get("/api/me").with(httpBasic("mallory", "guess")).with(from("10.9.9.10")))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/me")).andExpect(status().isOk()); // reading without credentials is open
  }

  @Test
  void onlyTheOwnerOrAnAdminChangesAScenarioOthersRead() throws Exception {
    String answer =
        mvc.perform(
                post("/api/scenarios")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"mine\"}")
                    .with(user("editor").roles("EDITOR"))
                    .with(csrf()))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = json.readTree(answer).get("id").asLong();
    String facility = "{\"type\":\"park\",\"lon\":114.1,\"lat\":30.4}";

    mvc.perform(
            post("/api/scenarios/" + id + "/facilities")
                .contentType(MediaType.APPLICATION_JSON)
                .content(facility)
                .with(user("other").roles("EDITOR"))
                .with(csrf()))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message", containsString("owner")));
    mvc.perform(delete("/api/scenarios/" + id).with(user("other").roles("EDITOR")).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/scenarios/" + id).with(user("viewer").roles("VIEWER")))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/scenarios/" + id + "/facilities")
                .contentType(MediaType.APPLICATION_JSON)
                .content(facility)
                .with(user("boss").roles("ADMIN"))
                .with(csrf()))
        .andExpect(status().isCreated());
    mvc.perform(delete("/api/scenarios/" + id).with(user("boss").roles("ADMIN")).with(csrf()))
        .andExpect(status().isNoContent());
  }

  @Test
  void answersCarryAContentSecurityPolicyAndAReferrerPolicy() throws Exception {
    mvc.perform(get("/api/layers"))
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy",
                    // the configured basemaps' tile hosts, a label with {s} as a wildcard
                    containsString(
                        "img-src 'self' data: blob: https://tile.openstreetmap.org"
                            + " https://*.is.autonavi.com https://*.tianditu.gov.cn;")))
        .andExpect(header().string("Referrer-Policy", "same-origin"));
  }

  @Test
  void errorAskedForDirectlyIsA404InJson() throws Exception {
    mvc.perform(get("/error"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.status").value(404));
  }

  @Test
  void scenarioListIsPaged() throws Exception {
    mvc.perform(get("/api/scenarios?limit=1"))
        .andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.lessThanOrEqualTo(1)));
    mvc.perform(get("/api/scenarios?limit=0"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("limit")));
  }
}
