package cn.chegu.viewer.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Liveness and readiness are separate probes (README says which to use for what): readiness holds
 * the database and the storage; liveness only whether the process runs. Details only for editors.
 */
@ApiTest
class HealthProbesApiTest {

  @Autowired MockMvc mvc;

  @Test
  void livenessAndReadinessAreSeparateGroups() throws Exception {
    mvc.perform(get("/actuator/health/liveness"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"))
        .andExpect(jsonPath("$.components").doesNotExist());
    mvc.perform(get("/actuator/health/readiness").with(user("editor").roles("EDITOR")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"))
        .andExpect(jsonPath("$.components.db.status").value("UP"))
        .andExpect(jsonPath("$.components.storage.status").value("UP"))
        .andExpect(jsonPath("$.components.readinessState.status").value("UP"))
        .andExpect(jsonPath("$.components.livenessState").doesNotExist());
    mvc.perform(get("/actuator/health/liveness").with(user("editor").roles("EDITOR")))
        .andExpect(jsonPath("$.components.livenessState.status").value("UP"))
        .andExpect(jsonPath("$.components.db").doesNotExist());
  }
}
