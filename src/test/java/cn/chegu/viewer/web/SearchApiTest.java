package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ApiTest
class SearchApiTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Test
  void findsByChineseOrEnglishNameWithAPointToZoomTo() throws Exception {
    mvc.perform(get("/api/search").param("q", "军山"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].id", contains("park-2", "station-1")))
        .andExpect(jsonPath("$[1].layer").value("transport"))
        .andExpect(jsonPath("$[1].nameZh").value("军山站"))
        .andExpect(jsonPath("$[1].nameEn").value("Junshan Station"))
        .andExpect(jsonPath("$[1].lon").value(114.12))
        .andExpect(jsonPath("$[1].lat").value(30.43));
    mvc.perform(get("/api/search").param("q", "CHANGFU").param("limit", "5"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].id", contains("park-1")));
  }

  @Test
  void missingOrBadQueryIs400() throws Exception {
    mvc.perform(get("/api/search"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value("q: required parameter is missing"));
    mvc.perform(get("/api/search").param("q", "  "))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("q: must be 1 to 100 characters")));
    mvc.perform(get("/api/search").param("q", "x".repeat(101))).andExpect(status().isBadRequest());
    mvc.perform(get("/api/search").param("q", "park").param("limit", "101"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("limit")));
  }

  @Test
  void injectionAttemptIsJustTextThatMatchesNothing() throws Exception {
    mvc.perform(get("/api/search").param("q", "'; DROP TABLE feature; --"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(0)));
    mvc.perform(get("/api/search").param("q", "%' OR '1'='1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(0)));

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM feature", Integer.class)).isEqualTo(7);
  }

  @Test
  void wildcardsMatchLiterally() throws Exception {
    mvc.perform(get("/api/search").param("q", "a_1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].id", contains("fac-2")));
    mvc.perform(get("/api/search").param("q", "a%1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(0)));
  }
}
