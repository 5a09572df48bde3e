package cn.chegu.viewer.qgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.chegu.viewer.tools.ClientCalls;
import cn.chegu.viewer.tools.RequiresTool;
import cn.chegu.viewer.tools.Tool;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * QGIS 3 itself (PyQGIS, headless) opens the project of a view against the sample on a random port:
 * every layer valid, with the API's feature count and one geometry type, styled (a categorised or
 * graduated renderer where the map has one), the extent the view's. Once through OGC API –
 * Features, once through WFS; the mixed transport layer arrives as one layer per family. Skipped
 * when python3-qgis is missing, except under {@code CI=true}, where that is a failure.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:qgis-clients-test;DB_CLOSE_DELAY=-1")
@RequiresTool(Tool.QGIS)
class QgisClientsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String PYTHON = Tool.DEBIAN_PYTHON;

  @LocalServerPort int port;
  @TempDir Path dir;

  @Test
  void qgisOpensTheOgcApiProjectWithEveryLayerValidCountedAndStyled() throws Exception {
    JsonNode project =
        open(
            "tab=coverage&standard=health15&method=network&year=2020&facilities=existing",
            "view.qgz");
    checkLayers(project, "OAPIF");
    JsonNode zone = get("/ogc/collections/zone").at("/extent/spatial/bbox/0");
    assertExtent(
        project,
        zone.get(0).asDouble(),
        zone.get(1).asDouble(),
        zone.get(2).asDouble(),
        zone.get(3).asDouble());
    List<String> names = names(project);
    assertThat(names.get(0)).startsWith("覆盖缺口"); // the view's gaps on top
    assertThat(geometry(project, "transport-points")).isEqualTo("Point");
    assertThat(geometry(project, "transport-lines")).isEqualTo("LineString");
  }

  @Test
  void qgisOpensTheWfsProjectAtTheViewsExtent() throws Exception {
    JsonNode project =
        open(
            "standard=park10&method=euclidean&year=2025&facilities=plan&service=wfs&lang=en"
                + "&bbox=114.10,30.40,114.20,30.50",
            "wfs.qgz");
    checkLayers(project, "WFS");
    assertExtent(project, 114.10, 30.40, 114.20, 30.50);
    assertThat(names(project).get(0)).startsWith("Gaps · 10-minute park circle");
  }

  @Test
  void qgisOpensTheStyledGeoPackageWithEachLayersDefaultStyleInThePalettesColours()
      throws Exception {
    String view = "tab=coverage&standard=health15&method=network&year=2020&facilities=existing";
    JsonNode gpkg =
        run("open_geopackage.py", "/api/qgis-project?" + view + "&format=gpkg", "view.gpkg");
    JsonNode layers = gpkg.get("layers");
    assertThat(gpkg.get("contents").get("layer_styles").asText()).isEqualTo("attributes");
    List<String> tables = new ArrayList<>();
    for (JsonNode l : layers) {
      String table = l.get("table").asText();
      tables.add(table);
      String id = collectionOf(table);
      assertThat(l.get("valid").asBoolean()).as(table).isTrue();
      assertThat(l.get("dataType").asText()).as(table).isEqualTo("features");
      assertThat(l.get("geometryColumn").asText()).isEqualTo("geom");
      assertThat(l.get("useAsDefault").asBoolean()).isTrue();
      int api = get("/ogc/collections/" + id + "/items?limit=1").get("numberMatched").asInt();
      assertThat(l.get("count").asInt()).as("QGIS's count of " + table).isEqualTo(api);
      assertThat(l.get("counted").asInt()).as("features QGIS read of " + table).isEqualTo(api);
      // the default style QGIS applied is ours: its renderer and every class's colour are the
      // ones QgisStyles builds from WebPalette (WebPaletteTest ties those to the web map)
      String geometryType = get("/ogc/collections/" + id).get("geometryType").asText();
      Renderer ours = QgisStyles.of(id, geometryType, 2020, true);
      assertThat(l.get("renderer").asText()).as(table).isEqualTo(qgisType(ours));
      assertThat(colours(l.get("colours"))).as(table).isEqualTo(expectedColours(ours));
      assertThat(l.get("labels").asBoolean())
          .as(table)
          .isEqualTo(QgisStyles.labelField(id, true) != null);
    }
    // the project's layers, no more and no fewer; styled as the map in the places a reader checks
    JsonNode project = open(view, "same-view.qgz");
    assertThat(tables).hasSize(project.get("layers").size());
    assertThat(tables)
        .contains(
            "facilities",
            "roads",
            "population",
            "transport_lines",
            "parks",
            "gaps_health15_network_2020_existing");
    assertThat(colours(layerOf(layers, "facilities").get("colours")).get("hospital"))
        .isEqualTo(WebPalette.FACILITY_COLORS.get("hospital"));
    assertThat(colours(layerOf(layers, "population").get("colours")).values())
        .containsExactlyElementsOf(WebPalette.POPULATION_COLORS);
    assertThat(colours(layerOf(layers, "roads").get("colours")).get("expressway"))
        .isEqualTo(WebPalette.ROAD_STYLE.get("expressway")[0]);
  }

  private static String qgisType(Renderer r) {
    return r instanceof Renderer.Categorized
        ? "categorizedSymbol"
        : r instanceof Renderer.Graduated ? "graduatedSymbol" : "singleSymbol";
  }

  /** What QGIS reports as a class's colour: a marker's or fill's fill, else its stroke. */
  private static java.util.Map<String, String> expectedColours(Renderer r) {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    if (r instanceof Renderer.Categorized c) {
      c.categories().forEach(cat -> out.put(cat.value(), colour(cat.symbol())));
      out.put("", colour(c.otherwise()));
    } else if (r instanceof Renderer.Graduated g) {
      g.ranges().forEach(range -> out.put(String.valueOf(range.lower()), colour(range.symbol())));
    } else if (r instanceof Renderer.Single s) {
      out.put("", colour(s.symbol()));
    }
    return out;
  }

  private static String colour(Symbol s) {
    return (s.fill() != null ? s.fill() : s.stroke()).toLowerCase(java.util.Locale.ROOT);
  }

  private static java.util.Map<String, String> colours(JsonNode node) {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  private static JsonNode layerOf(JsonNode layers, String table) {
    for (JsonNode l : layers) {
      if (l.get("table").asText().equals(table)) {
        return l;
      }
    }
    throw new AssertionError("no table " + table);
  }

  /** The collection a table holds: the OGC ids whose table name it is. */
  private String collectionOf(String table) throws Exception {
    for (JsonNode c : get("/ogc/collections?f=json").get("collections")) {
      if (QgisGeoPackage.tableName(c.get("id").asText()).equals(table)) {
        return c.get("id").asText();
      }
    }
    return table.replace('_', '-'); // result collections are found by id, not listed
  }

  private void checkLayers(JsonNode project, String provider) throws Exception {
    assertThat(project.get("crs").asText()).isEqualTo("EPSG:3857");
    assertThat(project.get("layers").size()).isGreaterThanOrEqualTo(14);
    for (JsonNode l : project.get("layers")) {
      String id = collection(l);
      assertThat(l.get("valid").asBoolean()).as(id + " valid: " + project.get("messages")).isTrue();
      assertThat(l.get("provider").asText()).isEqualTo(provider);
      int api = get("/ogc/collections/" + id + "/items?limit=1").get("numberMatched").asInt();
      assertThat(l.get("count").asInt()).as("QGIS's count of " + id).isEqualTo(api);
      assertThat(l.get("counted").asInt()).as("features QGIS read of " + id).isEqualTo(api);
      String expected = get("/ogc/collections/" + id).get("geometryType").asText();
      assertThat(l.get("geometry").asText()).as(id).isEqualTo(expected);
    }
    for (String styled : List.of("facilities", "roads", "transport-lines", "parks")) {
      JsonNode l = layer(project, styled);
      assertThat(l.get("renderer").asText()).as(styled).isEqualTo("categorizedSymbol");
      assertThat(l.get("classes").asInt()).as(styled).isGreaterThan(5);
    }
    assertThat(layer(project, "population").get("renderer").asText()).isEqualTo("graduatedSymbol");
    assertThat(layer(project, "facilities").get("labels").asBoolean()).isTrue();
  }

  private static void assertExtent(
      JsonNode project, double minLon, double minLat, double maxLon, double maxLat) {
    JsonNode e = project.get("extent");
    assertThat(e.get(0).asDouble()).isCloseTo(minLon, within(1e-6));
    assertThat(e.get(1).asDouble()).isCloseTo(minLat, within(1e-6));
    assertThat(e.get(2).asDouble()).isCloseTo(maxLon, within(1e-6));
    assertThat(e.get(3).asDouble()).isCloseTo(maxLat, within(1e-6));
  }

  private JsonNode open(String view, String file) throws Exception {
    return run("open_project.py", "/api/qgis-project?" + view, file);
  }

  /** Downloads {@code path} to {@code file} and runs a PyQGIS script on it. */
  private JsonNode run(String scriptName, String path, String file) throws Exception {
    HttpResponse<byte[]> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base() + path)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    Path qgz = dir.resolve(file);
    Files.write(qgz, r.body());
    Path script = Path.of("src/test/resources/qgis/" + scriptName).toAbsolutePath();
    ProcessBuilder pb = new ProcessBuilder(PYTHON, script.toString(), qgz.toString());
    pb.environment().put("QT_QPA_PLATFORM", "offscreen");
    pb.environment().put("XDG_RUNTIME_DIR", dir.toString());
    pb.redirectError(dir.resolve(file + ".err").toFile());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(600, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out + Files.readString(dir.resolve(file + ".err"))).isZero();
    String[] lines = out.strip().split("\n");
    return JSON.readTree(lines[lines.length - 1]);
  }

  private static List<String> names(JsonNode project) {
    List<String> out = new ArrayList<>();
    project.get("layers").forEach(l -> out.add(l.get("name").asText()));
    return out;
  }

  private static String geometry(JsonNode project, String id) {
    return layer(project, id).get("geometry").asText();
  }

  private static JsonNode layer(JsonNode project, String id) {
    for (JsonNode l : project.get("layers")) {
      if (collection(l).equals(id)) {
        return l;
      }
    }
    throw new AssertionError("no layer " + id + " in " + names(project));
  }

  /** The collection a layer reads: its typename without the WFS prefix. */
  private static String collection(JsonNode layer) {
    return layer.get("source").asText().replaceAll(".*typename='(chegu:)?([^']+)'.*", "$2");
  }

  private String base() {
    return "http://127.0.0.1:" + port;
  }

  private JsonNode get(String path) throws Exception {
    return ClientCalls.getJson(base() + path);
  }
}
