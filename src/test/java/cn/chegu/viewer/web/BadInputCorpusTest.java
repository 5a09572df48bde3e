package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A corpus of hostile and malformed requests (≥ 250), each of which must answer 4xx with a JSON
 * problem {status, error, message} — never 5xx — and leave the database exactly as it was (row
 * counts and a checksum of the scenario tables compared before and after every request).
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();

  /** A scenario that exists, owned by "editor", for the requests that edit one. */
  private static long scenario;

  /** One request of the corpus; {@code who} is anonymous, viewer, editor or other (an editor). */
  record Bad(String method, String path, String body, String who, String contentType) {
    @Override
    public String toString() {
      return method + " " + path + (body == null ? "" : " " + abbreviate(body)) + " as " + who;
    }

    private static String abbreviate(String s) {
      String clean = s.replace("\0", "\\0");
      return clean.length() > 70 ? clean.substring(0, 70) + "…" : clean;
    }
  }

  @BeforeAll
  void createScenario() throws Exception {
    MvcResult r =
        mvc.perform(
                request(HttpMethod.POST, "/api/scenarios")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"corpus\"}")
                    .with(user("editor").roles("EDITOR"))
                    .with(csrf()))
            .andReturn();
    scenario = json.readTree(r.getResponse().getContentAsString()).get("id").asLong();
  }

  static Stream<Arguments> corpus() {
    List<Bad> c = new ArrayList<>();
    String s = "/api/scenarios/{S}";
    // --- scenario bodies
    String[] names = {
      "null",
      "\"\"",
      "\"   \"",
      "123",
      "true",
      "1.5",
      "[]",
      "{}",
      "\"x\\u0000y\"",
      "\"" + "n".repeat(201) + "\""
    };
    for (String n : names) {
      c.add(editor("POST", "/api/scenarios", "{\"name\":" + n + "}"));
    }
    String[] facilityItems = {
      "null",
      "1",
      "\"x\"",
      "[]",
      "{}",
      "{\"type\":null,\"lon\":114.1,\"lat\":30.4}",
      "{\"type\":\"castle\",\"lon\":114.1,\"lat\":30.4}",
      "{\"type\":\"park\",\"lat\":30.4}",
      "{\"type\":\"park\",\"lon\":114.1}",
      "{\"type\":\"park\",\"lon\":0,\"lat\":0}",
      "{\"type\":\"park\",\"lon\":500,\"lat\":30.4}",
      "{\"type\":\"park\",\"lon\":114.1,\"lat\":95}",
      "{\"type\":\"park\",\"lon\":\"a\",\"lat\":30.4}",
      "{\"type\":123,\"lon\":114.1,\"lat\":30.4}",
      "{\"type\":\"park\",\"name\":7,\"lon\":114.1,\"lat\":30.4}",
      "{\"type\":\"park\",\"name\":\"a\\u0000\",\"lon\":114.1,\"lat\":30.4}",
      "{\"type\":\"park\",\"lon\":-120,\"lat\":-40}",
      "{\"type\":\"park\",\"lon\":116.4,\"lat\":39.9}"
    };
    for (String f : facilityItems) {
      c.add(editor("POST", "/api/scenarios", "{\"name\":\"x\",\"facilities\":[" + f + "]}"));
      c.add(editor("POST", s + "/facilities", f));
    }
    c.add(editor("POST", "/api/scenarios", "{\"name\":\"x\",\"facilities\":{}}"));
    c.add(editor("POST", "/api/scenarios", "{\"name\":\"x\",\"facilities\":\"all\"}"));
    String[] notJson = {
      "{not json", "", "[", "null", "\"x\"", "[1,2]", "{\"name\":\"x\"", "\u0000"
    };
    for (String b : notJson) {
      c.add(editor("POST", "/api/scenarios", b));
      c.add(editor("POST", s + "/facilities", b));
      c.add(editor("PUT", s + "/facilities/fac-1", b));
    }
    String[] positions = {
      "{}",
      "{\"lon\":114.1}",
      "{\"lat\":30.4}",
      "{\"lon\":0,\"lat\":0}",
      "{\"lon\":500,\"lat\":1}",
      "{\"lon\":\"NaN\",\"lat\":30.4}",
      "{\"lon\":true,\"lat\":30.4}",
      "{\"lon\":114.1,\"lat\":-91}"
    };
    for (String p : positions) {
      c.add(editor("PUT", s + "/facilities/fac-1", p));
    }
    // unknown things and ids that are not numbers
    for (String id : new String[] {"999999", "-1", "abc", "1.5", "9223372036854775808", "%20"}) {
      c.add(editor("POST", "/api/scenarios/" + id + "/facilities", park()));
      c.add(
          editor(
              "PUT", "/api/scenarios/" + id + "/facilities/fac-1", "{\"lon\":114.1,\"lat\":30.4}"));
      c.add(editor("DELETE", "/api/scenarios/" + id, null));
      c.add(new Bad("GET", "/api/scenarios/" + id, null, "anonymous", null));
      c.add(new Bad("GET", "/api/scenarios/" + id + "/facilities", null, "anonymous", null));
    }
    for (String fid :
        new String[] {"nope", "s0-1", "fac-9", "%00", "fac-1%2F..", "x".repeat(300)}) {
      c.add(editor("PUT", s + "/facilities/" + fid, "{\"lon\":114.1,\"lat\":30.4}"));
      c.add(editor("DELETE", s + "/facilities/" + fid, null));
    }
    // who may write
    for (String who : new String[] {"anonymous", "viewer", "other", "editor-no-csrf"}) {
      if (!who.equals("other")) { // any editor may create a scenario of its own
        c.add(new Bad("POST", "/api/scenarios", "{\"name\":\"x\"}", who, null));
      }
      c.add(new Bad("POST", s + "/facilities", park(), who, null));
      c.add(new Bad("PUT", s + "/facilities/fac-1", "{\"lon\":114.1,\"lat\":30.4}", who, null));
      c.add(new Bad("DELETE", s + "/facilities/fac-2", null, who, null));
      c.add(new Bad("DELETE", s, null, who, null));
    }
    // wrong media types and methods
    c.add(
        new Bad("POST", "/api/scenarios", "name=x", "editor", "application/x-www-form-urlencoded"));
    c.add(new Bad("POST", "/api/scenarios", "{\"name\":\"x\"}", "editor", "text/plain"));
    c.add(new Bad("POST", s + "/facilities", park(), "editor", "application/xml"));
    c.add(editor("PATCH", s, "{\"name\":\"y\"}"));
    c.add(editor("PUT", s, "{\"name\":\"y\"}"));
    c.add(editor("POST", "/api/layers", "{}"));
    // list paging
    for (String q :
        new String[] {
          "limit=0", "limit=-1", "limit=1001", "limit=a", "offset=-1", "offset=x", "limit=1e3"
        }) {
      c.add(get("/api/scenarios?" + q));
    }
    // --- siting
    String[] siting = {
      "{}",
      "{\"standard\":\"\"}",
      "{\"standard\":\"nope\"}",
      "{\"standard\":\"health15\",\"k\":0}",
      "{\"standard\":\"health15\",\"k\":-1}",
      "{\"standard\":\"health15\",\"k\":51}",
      "{\"standard\":\"health15\",\"k\":1e9}",
      "{\"standard\":\"health15\",\"k\":\"a\"}",
      "{\"standard\":\"health15\",\"k\":2,\"timeLimitSeconds\":1e-9}",
      "{\"standard\":\"health15\",\"timeLimitSeconds\":0}",
      "{\"standard\":\"health15\",\"timeLimitSeconds\":-1}",
      "{\"standard\":\"health15\",\"timeLimitSeconds\":61}",
      "{\"standard\":\"health15\",\"timeLimitSeconds\":3600}",
      "{\"standard\":\"health15\",\"timeLimitSeconds\":\"x\"}",
      "{\"standard\":\"health15\",\"objective\":\"max\"}",
      "{\"standard\":\"health15\",\"objective\":\"lscp\"}",
      "{\"standard\":\"health15\",\"objective\":\"lscp\",\"targetShare\":0}",
      "{\"standard\":\"health15\",\"objective\":\"lscp\",\"targetShare\":1.5}",
      "{\"standard\":\"health15\",\"objective\":\"lscp\",\"targetShare\":-0.1}",
      "{\"standard\":\"health15\",\"method\":\"magic\"}",
      "{\"standard\":\"health15\",\"year\":1999}",
      "{\"standard\":\"health15\",\"candidates\":[[0,0]]}",
      "{\"standard\":\"health15\",\"candidates\":[[500,30]]}",
      "{\"standard\":\"health15\",\"candidates\":[[116.4,39.9]]}",
      "{\"standard\":\"health15\",\"candidates\":[[114.1]]}",
      "{\"standard\":\"health15\",\"candidates\":[[114.1,30.4,5]]}",
      "{\"standard\":\"health15\",\"candidates\":[null]}",
      "{\"standard\":\"health15\",\"candidates\":[[null,30.4]]}",
      "{\"standard\":\"health15\",\"candidates\":[\"a\"]}",
      "{\"standard\":\"health15\",\"candidates\":{}}",
      "{\"standard\":123}",
      "{\"standard\":\"health15\\u0000\"}",
      "{not json",
      "[]",
      "null"
    };
    for (String b : siting) {
      c.add(new Bad("POST", "/api/siting", b, "anonymous", null));
    }
    // --- coverage and service areas
    String[] coverage = {
      "standard=nope",
      "standard=health15&method=magic",
      "standard=health15&year=1999",
      "standard=health15&year=abc",
      "method=network",
      "standard=",
      "standard=health15&year=",
      "standard=%00",
      "standard=health15&method=%00"
    };
    for (String q : coverage) {
      c.add(get("/api/coverage?" + q));
      c.add(get("/api/coverage/gaps?" + q));
    }
    String[] bands = {
      "1e-9",
      "0",
      "-1",
      "121",
      "abc",
      "5,,10",
      ",",
      "1,2,3,4,5,6,7",
      "NaN",
      "Infinity",
      "5;10",
      "0.1",
      "1e400",
      "%00"
    };
    for (String b : bands) {
      c.add(get("/api/coverage/service-areas?standard=health15&method=euclidean&bands=" + b));
    }
    String[] at = {
      "lon=&lat=30.4", "lon=a&lat=30.4", "lon=500&lat=30.4", "lon=114.1&lat=95", "lon=NaN&lat=30.4",
      "lon=Infinity&lat=1", "lat=30.4", "lon=114.1", "lon=0&lat=0", "lon=116.4&lat=39.9",
      "lon=114.1%00&lat=30.4"
    };
    for (String q : at) {
      c.add(get("/api/coverage/at?standard=health15&" + q));
    }
    // --- layers and search
    for (String l : new String[] {"nope", "..", "%2e%2e", "zone%00", "a%20b", "<script>"}) {
      c.add(get("/api/layers/" + l));
      c.add(get("/api/layers/" + l + "/features"));
    }
    String[] bbox = {
      "1,2,3",
      "a,b,c,d",
      "1,2,3,4,5",
      "3,2,1,4",
      "1,4,3,2",
      "-200,0,0,1",
      "0,-100,1,1",
      "NaN,0,1,1",
      "Infinity,0,1,1",
      "%00",
      ",,,"
    };
    for (String b : bbox) {
      c.add(get("/api/layers/zone/features?bbox=" + b));
    }
    for (String l : new String[] {"0", "-1", "100001", "abc", "1e3"}) {
      c.add(get("/api/layers/zone/features?limit=" + l));
    }
    String[] search = {
      "q=",
      "q=%20%20",
      "q=" + "x".repeat(101),
      "q=%00",
      "q=a%00b",
      "q=a&limit=0",
      "q=a&limit=101",
      "q=a&limit=x",
      "limit=5",
      "q=%E4%B8%AD&limit=-5",
      "q=a&limit=1.5",
      "q=a&limit=%00"
    };
    for (String q : search) {
      c.add(get("/api/search?" + q));
    }
    // --- misc
    for (String p :
        new String[] {"/error", "/api/nope", "/api/scenarios/1/nope", "/api/coverage/nope"}) {
      c.add(get(p));
    }
    c.add(new Bad("DELETE", "/api/layers/zone", null, "editor", null));
    c.add(new Bad("POST", "/api/standards", "{}", "editor", null));
    return c.stream().map(Arguments::of);
  }

  private static String park() {
    return "{\"type\":\"park\",\"lon\":114.1,\"lat\":30.4}";
  }

  private static Bad editor(String method, String path, String body) {
    return new Bad(method, path, body, "editor", null);
  }

  private static Bad get(String path) {
    return new Bad("GET", path, null, "anonymous", null);
  }

  @Test
  void theCorpusIsLargeEnough() {
    assertThat(corpus().count()).isGreaterThanOrEqualTo(250);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("corpus")
  void answersFourHundredSomethingInJsonAndChangesNothing(Bad bad) throws Exception {
    String before = fingerprint();
    MvcResult r = mvc.perform(build(bad)).andReturn();
    int status = r.getResponse().getStatus();
    String body = r.getResponse().getContentAsString();

    assertThat(status).as("status of %s: %s", bad, body).isBetween(400, 499);
    JsonNode problem = json.readTree(body);
    assertThat(problem.path("status").asInt()).as(body).isEqualTo(status);
    assertThat(problem.path("message").asText()).as(body).isNotBlank();
    assertThat(body).doesNotContain("Exception", "at cn.chegu", "SQL");
    assertThat(fingerprint()).as("database changed by %s", bad).isEqualTo(before);
  }

  private MockHttpServletRequestBuilder build(Bad bad) {
    String path = bad.path().replace("{S}", String.valueOf(scenario));
    MockHttpServletRequestBuilder b =
        request(
            HttpMethod.valueOf(bad.method()),
            java.net.URI.create("http://localhost" + encodeOdd(path)));
    if (bad.body() != null) {
      b.content(bad.body())
          .contentType(bad.contentType() == null ? "application/json" : bad.contentType());
    }
    switch (bad.who()) {
      case "editor" -> b.with(user("editor").roles("EDITOR")).with(csrf());
      case "editor-no-csrf" -> b.with(user("editor").roles("EDITOR"));
      case "other" -> b.with(user("other").roles("EDITOR")).with(csrf());
      case "viewer" -> b.with(user("viewer").roles("VIEWER")).with(csrf());
      default -> b.with(csrf());
    }
    return b;
  }

  /** Characters a URI may not hold literally are escaped; existing %-escapes stay as they are. */
  private static String encodeOdd(String path) {
    return path.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E");
  }

  /** Row counts and a checksum of every scenario row and edit. */
  private String fingerprint() {
    StringBuilder sb = new StringBuilder();
    jdbc.query(
        "SELECT id, name, created_by, last_facility_no FROM scenario ORDER BY id",
        rs -> {
          sb.append(rs.getLong(1)).append('|').append(rs.getString(2)).append('|');
          sb.append(rs.getString(3)).append('|').append(rs.getInt(4)).append('\n');
        });
    jdbc.query(
        "SELECT scenario_id, seq, action, facility_id, type, name, lon, lat FROM scenario_edit"
            + " ORDER BY scenario_id, seq",
        rs -> {
          for (int i = 1; i <= 8; i++) {
            sb.append(rs.getString(i)).append('|');
          }
          sb.append('\n');
        });
    long rows = sb.chars().filter(ch -> ch == '\n').count();
    return rows + " rows, checksum " + Integer.toHexString(sb.toString().hashCode());
  }
}
