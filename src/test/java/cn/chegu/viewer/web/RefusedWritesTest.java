package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import cn.chegu.viewer.imports.ImportService;
import cn.chegu.viewer.store.LayerVersionStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * "Nothing written unless acknowledged" (issue 20): every write endpoint is driven with every
 * parameter that can make its answer refusable — {@code format=}, {@code crs=}, {@code Accept} — in
 * the query string and in the body (a form field, or a field of the JSON body). Whatever the
 * answer, it is never 5xx, and when it is 4xx every table of the database is exactly as before (see
 * {@link DatabaseFingerprint}). Where the answer is known it is asserted too: a change answers JSON
 * only (format → 400, Accept → 406), an unknown CRS is 400, and {@code crs=} in an import's query
 * string is the file's CRS, like the form field.
 */
@ApiTest
class RefusedWritesTest {

  private static final AtomicInteger SERIAL = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired DataSource dataSource;
  @Autowired ImportService imports;
  @Autowired LayerVersionStore versions;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * The write endpoints; {@code {S}} and {@code {F}} are a fresh scenario and its facility, {@code
   * {A}} a fresh planning area.
   */
  enum Endpoint {
    IMPORT("POST", "/api/imports", Body.MULTIPART),
    IMPORT_DRY_RUN("POST", "/api/imports", Body.MULTIPART),
    RESTORE("POST", "/api/layers/facilities/versions/1/restore", Body.NONE),
    SCENARIO_CREATE("POST", "/api/scenarios", Body.JSON),
    SCENARIO_DELETE("DELETE", "/api/scenarios/{S}", Body.NONE),
    FACILITY_ADD("POST", "/api/scenarios/{S}/facilities", Body.JSON),
    FACILITY_MOVE("PUT", "/api/scenarios/{S}/facilities/{F}", Body.JSON),
    FACILITY_REMOVE("DELETE", "/api/scenarios/{S}/facilities/{F}", Body.NONE),
    AREA_CREATE("POST", "/api/areas", Body.MULTIPART),
    AREA_DELETE("DELETE", "/api/areas/{A}", Body.NONE);

    final String method;
    final String path;
    final Body body;

    Endpoint(String method, String path, Body body) {
      this.method = method;
      this.path = path;
      this.body = body;
    }

    boolean isImport() {
      return this == IMPORT || this == IMPORT_DRY_RUN;
    }
  }

  enum Body {
    MULTIPART,
    JSON,
    NONE
  }

  /** Where the parameter goes: the query string, or the body (form field or JSON field). */
  enum Place {
    QUERY,
    BODY,
    HEADER
  }

  /** One refusable parameter in one place. */
  record Twist(Place place, String name, String value) {
    @Override
    public String toString() {
      return place == Place.HEADER
          ? name + ": " + value
          : name + "=" + value + " in the " + place.name().toLowerCase();
    }
  }

  record Case(Endpoint endpoint, List<Twist> twists) {
    @Override
    public String toString() {
      return endpoint + " with " + twists;
    }
  }

  static Stream<Arguments> cases() {
    List<List<Twist>> twists = new ArrayList<>();
    for (Place place : List.of(Place.QUERY, Place.BODY)) {
      for (String f : List.of("csv", "xlsx", "gpkg", "shp", "geojson", "bogus", "json")) {
        twists.add(List.of(new Twist(place, "format", f)));
      }
      for (String c : List.of("EPSG:999999", "EPSG:4547", "EPSG:4326", "Mars")) {
        twists.add(List.of(new Twist(place, "crs", c)));
      }
      twists.add(List.of(new Twist(place, "format", "csv"), new Twist(place, "crs", "EPSG:4547")));
    }
    twists.add(
        List.of(new Twist(Place.QUERY, "crs", "EPSG:4326"), new Twist(Place.BODY, "crs", "4547")));
    for (String accept :
        List.of(
            "text/csv",
            "application/xml",
            "application/geopackage+sqlite3",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "not a media type",
            "application/json")) {
      twists.add(List.of(new Twist(Place.HEADER, "Accept", accept)));
    }
    List<Arguments> out = new ArrayList<>();
    for (Endpoint e : Endpoint.values()) {
      for (List<Twist> t : twists) {
        out.add(Arguments.of(new Case(e, t)));
      }
    }
    return out.stream();
  }

  @Test
  void everyWriteEndpointMeetsEveryTwist() {
    assertThat(cases().count()).isEqualTo((long) Endpoint.values().length * (2 * 12 + 1 + 6));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("cases")
  void aRefusedWriteWritesNothing(Case c) throws Exception {
    String[] target = prepare(c.endpoint());
    Map<String, String> before = DatabaseFingerprint.of(dataSource);
    int versionsBefore = versions.versions("facilities").size();

    MvcResult r = mvc.perform(build(c, target)).andReturn();
    int status = r.getResponse().getStatus();
    String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);

    assertThat(status).as("%s answered %s", c, body).isLessThan(500);
    if (status >= 400) {
      assertThat(DatabaseFingerprint.of(dataSource))
          .as("%s answered %d and still wrote", c, status)
          .isEqualTo(before);
      JsonNode problem = json.readTree(body);
      assertThat(problem.path("status").asInt()).as(body).isEqualTo(status);
      assertThat(problem.path("message").asText()).as(body).isNotBlank();
    }
    Expected expected = expected(c);
    assertThat(expected.admits(status)).as("%s answered %d: %s", c, status, body).isTrue();
    if (c.endpoint() == Endpoint.IMPORT && status == 200) {
      assertThat(versions.versions("facilities")).hasSize(versionsBefore + 1);
    }
  }

  /** What the answer must be; {@code ANY} where a JSON body field is simply not a parameter. */
  enum Expected {
    BAD_REQUEST,
    NOT_ACCEPTABLE,
    REFUSED,
    DONE,
    ANY;

    boolean admits(int status) {
      return switch (this) {
        case BAD_REQUEST -> status == 400;
        case NOT_ACCEPTABLE -> status == 406;
        case REFUSED -> status >= 400 && status < 500;
        case DONE -> status >= 200 && status < 300;
        case ANY -> status < 500;
      };
    }
  }

  private static Expected expected(Case c) {
    Endpoint e = c.endpoint();
    Expected worst = Expected.DONE;
    for (Twist t : c.twists()) {
      Expected one = expected(e, t);
      if (one.ordinal() < worst.ordinal()) {
        worst = one;
      }
    }
    boolean disagree =
        c.twists().stream().filter(t -> t.name().equals("crs")).map(Twist::value).distinct().count()
            > 1;
    if (e.isImport() && disagree && worst == Expected.DONE) {
      return Expected.BAD_REQUEST; // the file's CRS given twice, differently
    }
    return worst;
  }

  private static Expected expected(Endpoint e, Twist t) {
    if (t.place() == Place.HEADER) {
      return t.value().equals("application/json") ? Expected.DONE : Expected.NOT_ACCEPTABLE;
    }
    if (t.place() == Place.BODY && e.body == Body.JSON) {
      return Expected.ANY; // a field the JSON body does not have is not a parameter
    }
    if (t.name().equals("format")) {
      return t.value().equals("json") ? Expected.DONE : Expected.BAD_REQUEST;
    }
    return switch (t.value()) {
      case "EPSG:999999", "Mars" -> Expected.BAD_REQUEST;
      case "EPSG:4326" -> Expected.DONE;
      // lon/lat read as metres of a Gauss-Krüger zone lie far from the zone: 422 for an import
      default -> e.isImport() ? Expected.REFUSED : Expected.BAD_REQUEST;
    };
  }

  /** A fresh scenario with one facility: {scenario id, facility id}; or a fresh area: {area id}. */
  private String[] prepare(Endpoint e) throws Exception {
    if (e.isImport()
        || e == Endpoint.RESTORE
        || e == Endpoint.SCENARIO_CREATE
        || e == Endpoint.AREA_CREATE) {
      return new String[] {"0", "none"};
    }
    if (e == Endpoint.AREA_DELETE) {
      MvcResult r =
          mvc.perform(
                  areaUpload(URI.create("http://localhost/api/areas"))
                      .with(user("editor").roles("EDITOR"))
                      .with(csrf()))
              .andReturn();
      assertThat(r.getResponse().getStatus())
          .as(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
          .isEqualTo(201);
      return new String[] {
        json.readTree(r.getResponse().getContentAsString()).get("id").asText(), "none"
      };
    }
    MvcResult r =
        mvc.perform(
                request(HttpMethod.POST, "/api/scenarios")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"name\":\"refusal\",\"facilities\":[{\"type\":\"park\",\"lon\":114.1,"
                            + "\"lat\":30.4}]}")
                    .with(user("editor").roles("EDITOR"))
                    .with(csrf()))
            .andReturn();
    assertThat(r.getResponse().getStatus()).isEqualTo(201);
    String id = json.readTree(r.getResponse().getContentAsString()).get("id").asText();
    JsonNode facilities =
        json.readTree(
            mvc.perform(
                    request(HttpMethod.GET, "/api/scenarios/" + id + "/facilities")
                        .with(user("editor").roles("EDITOR")))
                .andReturn()
                .getResponse()
                .getContentAsString());
    String fid = null;
    for (JsonNode f : facilities) {
      if (f.path("type").asText().equalsIgnoreCase("park")) {
        fid = f.get("id").asText();
      }
    }
    assertThat(fid).as("the scenario's own facility in %s", facilities).isNotNull();
    return new String[] {id, fid};
  }

  private MockHttpServletRequestBuilder build(Case c, String[] target) throws Exception {
    Endpoint e = c.endpoint();
    StringBuilder query = new StringBuilder();
    for (Twist t : c.twists()) {
      if (t.place() == Place.QUERY) {
        query.append(query.isEmpty() ? "?" : "&").append(t.name()).append('=').append(t.value());
      }
    }
    URI uri =
        URI.create(
            "http://localhost"
                + e.path
                    .replace("{S}", target[0])
                    .replace("{A}", target[0])
                    .replace("{F}", target[1])
                + query);
    MockHttpServletRequestBuilder b;
    if (e == Endpoint.AREA_CREATE) {
      b = areaUpload(uri);
    } else if (e.body == Body.MULTIPART) {
      String id = "rw-" + SERIAL.incrementAndGet();
      String geojson =
          "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
              + "{\"type\":\"Point\",\"coordinates\":[114.16,30.42]},\"properties\":{\"id\":\""
              + id
              + "\",\"name_zh\":\"测试站\",\"type\":\"community_health_station\",\"status\":"
              + "\"existing\"}}]}";
      b =
          multipart(uri)
              .file(
                  new MockMultipartFile(
                      "file",
                      "x.geojson",
                      "application/octet-stream",
                      geojson.getBytes(StandardCharsets.UTF_8)))
              .param("layer", "facilities")
              .param("mode", "append");
      if (e == Endpoint.IMPORT_DRY_RUN) {
        b.param("dryRun", "true");
      }
    } else {
      b = request(HttpMethod.valueOf(e.method), uri);
    }
    ObjectNode body = null;
    if (e.body == Body.JSON) {
      body =
          (ObjectNode)
              json.readTree(
                  switch (e) {
                    case SCENARIO_CREATE -> "{\"name\":\"refused?\"}";
                    case FACILITY_ADD -> "{\"type\":\"park\",\"lon\":114.12,\"lat\":30.41}";
                    default -> "{\"lon\":114.13,\"lat\":30.42}";
                  });
    }
    for (Twist t : c.twists()) {
      switch (t.place()) {
        case HEADER -> b.header(t.name(), t.value());
        case BODY -> {
          if (body != null) {
            body.put(t.name(), t.value());
          } else {
            b.param(t.name(), t.value()); // a form field
          }
        }
        case QUERY -> {}
      }
    }
    if (body != null) {
      b.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }
    return b.with(user("editor").roles("EDITOR")).with(csrf());
  }

  /**
   * A new planning area: only its boundary, a 1 km square at 60° N 24.9° E (far from the fixture),
   * under a name not used before.
   */
  private MockMultipartHttpServletRequestBuilder areaUpload(URI uri) throws Exception {
    String zone =
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
            + "{\"id\":\"z1\",\"name_zh\":\"测试\"},\"geometry\":{\"type\":\"Polygon\","
            + "\"coordinates\":[[[24.9,60.0],[24.918,60.0],[24.918,60.009],[24.9,60.009],"
            + "[24.9,60.0]]]}}]}";
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("zone.geojson"));
      z.write(zone.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    return (MockMultipartHttpServletRequestBuilder)
        multipart(uri)
            .file(new MockMultipartFile("file", "area.zip", "application/zip", zip.toByteArray()))
            .param("name", "refused-area-" + SERIAL.incrementAndGet() + "-" + System.nanoTime());
  }

  @AfterEach
  void backToTheFixture() {
    if (versions.versions("facilities").size() > 1
        && versions.snapshot("facilities", versions.currentVersion("facilities")).size()
            != versions.snapshot("facilities", 1).size()) {
      imports.restore("facilities", 1, "test");
    }
  }
}
