package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Cache headers (issue 18 §4): versioned assets kept, own files and answers revalidated. */
@ApiTest
class CachingApiTest {

  @Autowired MockMvc mvc;

  private MockHttpServletResponse fetch(String path) throws Exception {
    return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
  }

  @Test
  void aVersionedWebjarIsKeptForAYear() throws Exception {
    assertThat(fetch("/webjars/leaflet/1.9.4/dist/leaflet.js").getHeader("Cache-Control"))
        .isEqualTo("max-age=31536000, public, immutable");
  }

  @Test
  void theAppsOwnModulesAreStoredButRevalidated() throws Exception {
    MockHttpServletResponse r = fetch("/js/main.js");
    assertThat(r.getHeader("Cache-Control")).isEqualTo("no-cache");
    assertThat(r.getHeader("Last-Modified")).isNotBlank();
  }

  @Test
  void thePageLoadsItsModulesUnderTheVersionOfAllWebFilesAndThoseAreKeptForAYear()
      throws Exception {
    MockHttpServletResponse page = fetch("/");
    assertThat(page.getHeader("Cache-Control")).isEqualTo("no-cache");
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("src=\"(/v/[0-9a-f]{12}/js/main\\.js)\"")
            .matcher(page.getContentAsString());
    assertThat(m.find()).as(page.getContentAsString()).isTrue();
    String main = m.group(1);
    assertThat(page.getContentAsString()).contains(main.replace("js/main.js", "css/app.css"));
    MockHttpServletResponse module = fetch(main);
    assertThat(module.getHeader("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
    // main.js imports './store.js': relative to the versioned URL, so under the same version
    assertThat(module.getContentAsString()).contains("from './store.js'");
    assertThat(fetch(main.replace("main.js", "store.js")).getHeader("Cache-Control"))
        .contains("immutable");
    // another version is not served: an old page cannot mix old and new modules
    mvc.perform(get("/v/000000000000/js/main.js")).andExpect(status().isNotFound());
  }

  @Test
  void anApiAnswerHasAnEtagAndAnUnchangedOneIs304() throws Exception {
    MockHttpServletResponse r = fetch("/api/standards");
    assertThat(r.getHeader("Cache-Control")).isEqualTo("no-cache");
    String etag = r.getHeader("ETag");
    assertThat(etag).startsWith("W/\"");
    mvc.perform(get("/api/standards").header("If-None-Match", etag))
        .andExpect(status().isNotModified());
  }

  @Test
  void theAccountAnswerIsNeverStored() throws Exception {
    assertThat(fetch("/api/me").getHeader("Cache-Control")).contains("no-store");
  }
}
