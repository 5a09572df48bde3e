package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code chegu.base-url} set: every absolute link the OGC API, the WFS capabilities and the QGIS
 * project hand out starts with it, whatever {@code Host} header (here a hostile one) the request
 * carried. Without the property the links follow the request (checked in {@code
 * QgisProjectApiTest}, {@code OgcApiTest}: {@code http://localhost}).
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:base-url-test;DB_CLOSE_DELAY=-1",
      "chegu.sample-data=classpath:fixtures/gis-data/",
      "chegu.base-url=https://gis.example.cn/chegu/"
    })
@AutoConfigureMockMvc
class PublicBaseUrlApiTest {

  private static final String BASE = "https://gis.example.cn/chegu";
  private static final String HOSTILE = "attacker.example:6666";
  private static final Pattern HTTP = Pattern.compile("https?://[^\"'<>\\s&;]+");

  @Autowired MockMvc mvc;

  @Test
  void ogcLinksUseTheConfiguredBaseNotTheHostHeader() throws Exception {
    List<String> links = new ArrayList<>();
    for (String path :
        List.of(
            "/ogc?f=json",
            "/ogc/collections?f=json",
            "/ogc/collections/facilities/items?f=json&limit=1")) {
      JsonNode doc = new ObjectMapper().readTree(body(path));
      doc.findValues("href").forEach(h -> links.add(h.asText()));
    }
    assertThat(links).hasSizeGreaterThan(10).allMatch(h -> h.startsWith(BASE + "/ogc"));
    assertThat(links).contains(BASE + "/ogc/collections/facilities/items?f=json&limit=1");
  }

  @Test
  void wfsCapabilitiesAndTheQgisProjectUseTheConfiguredBase() throws Exception {
    List<String> wfs = urls(body("/wfs?SERVICE=WFS&REQUEST=GetCapabilities&VERSION=2.0.0"));
    assertThat(wfs).contains(BASE + "/wfs?").allMatch(u -> u.startsWith(BASE + "/wfs?"));
    String qgs =
        body(
            "/api/qgis-project?standard=health15&method=network&year=2020&facilities=existing"
                + "&format=qgs");
    assertThat(qgs).contains("url='" + BASE + "/ogc'").doesNotContain("attacker");
    String wfsProject =
        body(
            "/api/qgis-project?standard=health15&method=network&year=2020&facilities=existing"
                + "&format=qgs&service=wfs");
    assertThat(wfsProject).contains(BASE + "/wfs").doesNotContain("attacker");
  }

  @Test
  void aBaseUrlThatIsNotAbsoluteHttpIsRefusedAtStart() {
    assertThat(PublicBaseUrl.normalise(" https://a.example/x// ")).isEqualTo("https://a.example/x");
    assertThat(PublicBaseUrl.normalise("")).isNull();
    for (String bad :
        List.of("gis.example.cn/chegu", "ftp://a.example", "https://a.example/?x=1")) {
      assertThatThrownBy(() -> PublicBaseUrl.normalise(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("chegu.base-url");
    }
  }

  private String body(String path) throws Exception {
    return mvc.perform(get(path).header("Host", HOSTILE))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private static List<String> urls(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = HTTP.matcher(text);
    while (m.find()) {
      if (!m.group().matches("http://(www|schemas)\\.opengis\\.net/.*|http://www\\.w3\\.org/.*")) {
        found.add(m.group());
      }
    }
    return found;
  }
}
