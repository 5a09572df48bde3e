package cn.chegu.viewer.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.test.web.servlet.MockMvc;

/** Calls the API tests share. */
final class ApiCalls {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiCalls() {}

  /** GET {@code url}, expect 200, read the body as JSON. */
  static JsonNode okJson(MockMvc mvc, String url) throws Exception {
    return JSON.readTree(
        mvc.perform(get(url))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
