package cn.chegu.viewer.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.chegu.viewer.tools.ClientCalls;
import cn.chegu.viewer.tools.RequiresTool;
import cn.chegu.viewer.tools.Tool;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service read by the real clients planners use, against the sample data on a random port:
 * GDAL's OAPIF driver ({@code ogrinfo}, {@code ogr2ogr}, {@code gdaltransform}) and OWSLib ({@code
 * owslib.ogcapi.features.Features}, run by python3 as a subprocess).
 *
 * <p>Each test names the client it needs ({@link RequiresTool}): skipped when it is missing, failed
 * under {@code CI=true}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:ogc-clients-test;DB_CLOSE_DELAY=-1")
class OgcClientsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @TempDir Path dir;

  private String base() {
    return "http://127.0.0.1:" + port + "/ogc";
  }

  @Test
  @RequiresTool(Tool.GDAL)
  void ogrinfoListsEveryCollection() throws Exception {
    String out = run(List.of("ogrinfo", "-ro", "-q", "OAPIF:" + base()));
    List<String> ids = collectionIds();
    assertThat(ids).hasSizeGreaterThan(9 + 2 * 2 * 8 - 1); // layers, gaps and service areas
    for (String id : ids) {
      assertThat(out).as("ogrinfo lists " + id).containsPattern("\\d+: " + Pattern.quote(id) + " ");
    }
  }

  @Test
  @RequiresTool(Tool.GDAL)
  void ogr2ogrCopiesEveryCollectionWithTheApisCount() throws Exception {
    Path gpkg = dir.resolve("all.gpkg");
    // PAGE_SIZE 1000 keeps the population layer (about ten thousand cells) to about ten requests;
    // GDAL 3.6's default page of 10 items is exercised by the spatial filter below.
    run(
        List.of(
            "ogr2ogr", "-f", "GPKG", "-oo", "PAGE_SIZE=1000", gpkg.toString(), "OAPIF:" + base()));
    Map<String, Integer> copied =
        featureCounts(run(List.of("ogrinfo", "-ro", "-al", "-so", gpkg.toString())));
    for (String id : collectionIds()) {
      int api = get("/collections/" + id + "/items?limit=1").get("numberMatched").asInt();
      assertThat(copied.get(id)).as("features of " + id + " in the GeoPackage").isEqualTo(api);
    }
  }

  @Test
  @RequiresTool(Tool.GDAL)
  void ogrinfoSpatialFilterMatchesOurBboxAnswer() throws Exception {
    for (String layer : List.of("facilities", "roads")) {
      String out =
          run(
              List.of(
                  "ogrinfo",
                  "-ro",
                  "-so",
                  "-oo",
                  "PAGE_SIZE=1000",
                  "-spat",
                  "114.10",
                  "30.40",
                  "114.20",
                  "30.50",
                  "OAPIF:" + base(),
                  layer));
      int gdal = featureCounts(out).get(layer);
      int ours =
          get("/collections/" + layer + "/items?limit=1&bbox=114.10,30.40,114.20,30.50")
              .get("numberMatched")
              .asInt();
      assertThat(ours).isPositive();
      assertThat(gdal).as(layer).isEqualTo(ours);
    }
  }

  @Test
  @RequiresTool(Tool.GDAL)
  void epsg4547RoundTripsWithinOneCentimetre() throws Exception {
    JsonNode lonLat = get("/collections/facilities/items?limit=20");
    JsonNode gk =
        get(
            "/collections/facilities/items?limit=20&crs=http://www.opengis.net/def/crs/EPSG/0/4547");
    StringBuilder lonLatIn = new StringBuilder();
    StringBuilder gkIn = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      JsonNode a = lonLat.get("features").get(i).get("geometry").get("coordinates");
      JsonNode b = gk.get("features").get(i).get("geometry").get("coordinates");
      lonLatIn.append(a.get(0).asText()).append(' ').append(a.get(1).asText()).append('\n');
      // EPSG:4547 is northing, easting; gdaltransform reads easting, northing
      gkIn.append(b.get(1).asText()).append(' ').append(b.get(0).asText()).append('\n');
    }
    List<double[]> gdalGk = numbers(transform("EPSG:4326", "EPSG:4547", lonLatIn.toString()));
    List<double[]> back = numbers(transform("EPSG:4547", "EPSG:4326", gkIn.toString()));
    for (int i = 0; i < 20; i++) {
      JsonNode a = lonLat.get("features").get(i).get("geometry").get("coordinates");
      JsonNode b = gk.get("features").get(i).get("geometry").get("coordinates");
      assertThat(b.get(1).asDouble()).isCloseTo(gdalGk.get(i)[0], within(0.01)); // easting
      assertThat(b.get(0).asDouble()).isCloseTo(gdalGk.get(i)[1], within(0.01)); // northing
      // back to degrees: 1e-7° ≈ 1 cm
      assertThat(back.get(i)[0]).isCloseTo(a.get(0).asDouble(), within(1e-7));
      assertThat(back.get(i)[1]).isCloseTo(a.get(1).asDouble(), within(1e-7));
    }
  }

  @Test
  @RequiresTool(Tool.OWSLIB)
  void owslibReadsCollectionsItemsAndPages() throws Exception {
    Path script = dir.resolve("owslib_check.py");
    Files.writeString(
        script,
        String.join(
            "\n",
            "import json, sys",
            "from owslib.ogcapi.features import Features",
            "w = Features(sys.argv[1])",
            "ids = w.feature_collections()",
            "first = w.collection_items('facilities', limit=50)",
            "seen, offset = [], 0",
            "while offset < first['numberMatched']:",
            "    page = w.collection_items('facilities', limit=50, offset=offset)",
            "    seen += [f['id'] for f in page['features']]",
            "    offset += 50",
            "item = w.collection_item('facilities', seen[0])",
            "print(json.dumps({'ids': ids, 'matched': first['numberMatched'],",
            "    'returned': first['numberReturned'], 'seen': seen, 'item': item['id'],",
            "    'conformance': w.conformance()['conformsTo'], 'openapi': w.api()['openapi']}))",
            ""));
    JsonNode answer = JSON.readTree(run(List.of(Tool.owslibPython(), script.toString(), base())));
    List<String> ids = new ArrayList<>();
    answer.get("ids").forEach(i -> ids.add(i.asText()));
    assertThat(ids).containsExactlyElementsOf(collectionIds());
    assertThat(answer.get("returned").asInt()).isEqualTo(50);
    List<String> seen = new ArrayList<>();
    answer.get("seen").forEach(i -> seen.add(i.asText()));
    assertThat(seen).doesNotHaveDuplicates().hasSize(answer.get("matched").asInt());
    assertThat(answer.get("item").asText()).isEqualTo(seen.get(0));
    assertThat(answer.get("openapi").asText()).startsWith("3.0");
    assertThat(answer.get("conformance").toString()).contains("ogcapi-features-2/1.0/conf/crs");
  }

  // --- helpers -------------------------------------------------------------------------------

  private List<String> collectionIds() throws Exception {
    List<String> ids = new ArrayList<>();
    get("/collections").get("collections").forEach(c -> ids.add(c.get("id").asText()));
    return ids;
  }

  private JsonNode get(String path) throws Exception {
    return ClientCalls.getJson(base() + path);
  }

  /** "Layer name: x" … "Feature Count: n" pairs of ogrinfo -so output. */
  private static Map<String, Integer> featureCounts(String ogrinfo) {
    Map<String, Integer> out = new HashMap<>();
    Matcher m =
        Pattern.compile("Layer name: (\\S+).*?Feature Count: (\\d+)", Pattern.DOTALL)
            .matcher(ogrinfo);
    while (m.find()) {
      out.put(m.group(1), Integer.parseInt(m.group(2)));
    }
    return out;
  }

  private String transform(String from, String to, String input) throws Exception {
    Process p =
        new ProcessBuilder("gdaltransform", "-s_srs", from, "-t_srs", to, "-output_xy")
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  private static List<double[]> numbers(String lines) {
    List<double[]> out = new ArrayList<>();
    for (String line : lines.strip().split("\n")) {
      String[] xy = line.trim().split("\\s+");
      out.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
    }
    return out;
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    return ClientCalls.run(command);
  }
}
