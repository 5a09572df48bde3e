package cn.chegu.viewer.web.wfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.chegu.viewer.tools.ClientCalls;
import cn.chegu.viewer.tools.RequiresTool;
import cn.chegu.viewer.tools.Tool;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The WFS read by real clients against the sample on a random port: GDAL's WFS driver ({@code
 * ogrinfo WFS:…}) lists and counts every feature type like the OGC API, and OWSLib's WFS 2.0 client
 * reads and pages items. Each test names the client it needs ({@link RequiresTool}).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:wfs-clients-test;DB_CLOSE_DELAY=-1")
class WfsClientsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @TempDir Path dir;

  private String base() {
    return "http://127.0.0.1:" + port;
  }

  @Test
  @RequiresTool(Tool.GDAL)
  void ogrinfoListsEveryTypeWithTheApisCountAndOneGeometryFamily() throws Exception {
    String out = run(List.of("ogrinfo", "-ro", "-so", "-al", "WFS:" + base() + "/wfs"));
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> geometries = new HashMap<>();
    Matcher m =
        Pattern.compile(
                "Layer name: chegu:(\\S+).*?Geometry: ([^\\n]+).*?Feature Count: (\\d+)",
                Pattern.DOTALL)
            .matcher(out);
    while (m.find()) {
      geometries.put(m.group(1), m.group(2).trim());
      counts.put(m.group(1), Integer.parseInt(m.group(3)));
    }
    List<String> ids = new ArrayList<>();
    get("/ogc/collections").get("collections").forEach(c -> ids.add(c.get("id").asText()));
    assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    for (String id : ids) {
      int api = get("/ogc/collections/" + id + "/items?limit=1").get("numberMatched").asInt();
      assertThat(counts.get(id)).as("GDAL's count of " + id).isEqualTo(api);
      // the schema gives one geometry type per type, never GDAL's "Unknown (any)"
      assertThat(geometries.get(id)).as(id).doesNotContain("Unknown");
    }
    assertThat(geometries.get("transport-points")).isEqualTo("Point");
    int combined = get("/api/layers/transport/features?limit=1000").get("features").size();
    assertThat(
            counts.get("transport-lines")
                + counts.get("transport-points")
                + counts.getOrDefault("transport-areas", 0))
        .isEqualTo(combined);
  }

  @Test
  @RequiresTool(Tool.GDAL)
  void ogrinfoReadsFeaturesInLongitudeLatitudeFromTheLatitudeFirstDefault() throws Exception {
    String out =
        run(
            List.of(
                "ogrinfo", "-ro", "-q", "-fid", "1", "WFS:" + base() + "/wfs", "chegu:facilities"));
    JsonNode first = get("/ogc/collections/facilities/items?limit=1").at("/features/0");
    double lon = first.at("/geometry/coordinates/0").asDouble();
    double lat = first.at("/geometry/coordinates/1").asDouble();
    Matcher p = Pattern.compile("POINT \\(([-\\d.]+) ([-\\d.]+)\\)").matcher(out);
    assertThat(p.find()).as(out).isTrue();
    // GDAL turns EPSG:4326's latitude-first GML back into its own longitude, latitude
    assertThat(Double.parseDouble(p.group(1))).isCloseTo(lon, within(1e-7));
    assertThat(Double.parseDouble(p.group(2))).isCloseTo(lat, within(1e-7));
    assertThat(out).contains(first.at("/properties/name_zh").asText());
  }

  @Test
  @RequiresTool(Tool.OWSLIB_WFS)
  void owslibWfs2ReadsAndPagesItems() throws Exception {
    String python = Tool.owslibPython();
    Path script = dir.resolve("owslib_wfs.py");
    Files.writeString(
        script,
        String.join(
            "\n",
            "import json, sys",
            "from owslib.wfs import WebFeatureService",
            "w = WebFeatureService(sys.argv[1], version='2.0.0')",
            "types = list(w.contents)",
            "seen = []",
            "for start in range(0, 200, 50):",
            "    r = w.getfeature(typename=['chegu:facilities'], maxfeatures=50, startindex=start,",
            "                     outputFormat='application/json')",
            "    page = json.loads(r.read())",
            "    seen += [f['id'] for f in page['features']]",
            "gml = w.getfeature(typename=['chegu:transport-points'], maxfeatures=5).read()",
            "if isinstance(gml, bytes): gml = gml.decode('utf-8')",
            "print(json.dumps({'types': types, 'seen': seen, 'version': w.version,",
            "    'gml': gml, 'ops': [o.name for o in w.operations]}))",
            ""));
    JsonNode answer = JSON.readTree(run(List.of(python, script.toString(), base() + "/wfs")));
    List<String> types = new ArrayList<>();
    answer.get("types").forEach(t -> types.add(t.asText()));
    assertThat(types).contains("chegu:facilities", "chegu:transport-points");
    List<String> seen = new ArrayList<>();
    answer.get("seen").forEach(i -> seen.add(i.asText()));
    int matched = get("/ogc/collections/facilities/items?limit=1").get("numberMatched").asInt();
    assertThat(seen).doesNotHaveDuplicates().hasSize(matched);
    assertThat(answer.get("ops").toString())
        .contains("GetCapabilities", "DescribeFeatureType", "GetFeature");
    assertThat(answer.get("gml").asText()).contains("numberReturned=\"5\"").contains("gml:Point");
  }

  private JsonNode get(String path) throws Exception {
    return ClientCalls.getJson(base() + path);
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    return ClientCalls.run(command);
  }
}
