package cn.chegu.viewer.web;

import static cn.chegu.viewer.web.ImportRequests.EDITOR;
import static cn.chegu.viewer.web.TestGeoJson.collection;
import static cn.chegu.viewer.web.TestGeoJson.feature;
import static cn.chegu.viewer.web.TestGeoJson.props;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A whole planning area built through the API from real data: the OpenStreetMap cut {@code
 * fixtures/osm/moscow-cut.osm} (ODbL, see the LICENSE.md beside it; 37.614–37.625 E, 55.807–55.812
 * N, in Moscow), a boundary around it, two admin units and eight population cells:
 *
 * <pre>
 *   55.812 +---------+---------+---------+---------+
 *          |   200   |   400   |   150   |   550   |   row 1
 *          +---------+---------+---------+---------+
 *          |   100   |   300   |    50   |   250   |   row 0
 *   55.807 +---------+---------+---------+---------+
 *       37.614   37.61675  37.6195   37.62225   37.625
 *          |  西街道 (west, 1000) |  东街道 (east, 1000) |
 * </pre>
 *
 * Its metric CRS is UTM zone 37N (EPSG:32637): zone = floor((37.6 + 180) / 6) + 1 = 37, north.
 */
@SampleApiTest
class RealAreaApiTest {

  static final double WEST = 37.614;
  static final double EAST = 37.625;
  static final double SOUTH = 55.807;
  static final double NORTH = 55.812;
  static final double MID = 37.6195;
  static final double COL = (EAST - WEST) / 4;
  static final double ROW = (NORTH - SOUTH) / 2;

  /** Residents of cell (column, row). */
  static final long[][] RESIDENTS = {{100, 200}, {300, 400}, {50, 150}, {250, 550}};

  /**
   * The dead-end bridleway (way 59538918) of the extract, from its free end (node 738432316) to
   * where it meets footway 59538919 (node 738432327), 9 nodes.
   */
  static final String[] BRIDLEWAY = {
    "738432316",
    "738432318",
    "738432319",
    "738432320",
    "738432322",
    "738432324",
    "738432325",
    "738432326",
    "738432327"
  };

  @Autowired MockMvc mvc;
  @Autowired DataSource dataSource;
  private final ObjectMapper json = new ObjectMapper();

  // ------------------------------------------------------------------ the area's files

  private ArrayNode ll(double lon, double lat) {
    return json.createArrayNode().add(lon).add(lat);
  }

  private ObjectNode box(double w, double s, double e, double n) {
    ObjectNode g = json.createObjectNode().put("type", "Polygon");
    g.putArray("coordinates")
        .add(
            json.createArrayNode()
                .add(ll(w, s))
                .add(ll(e, s))
                .add(ll(e, n))
                .add(ll(w, n))
                .add(ll(w, s)));
    return g;
  }

  /** Zone, admin units and population cells as a zip of GeoJSON files. */
  private byte[] areaZip() throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(
        "zone.geojson",
        collection(
            List.of(feature(box(WEST, SOUTH, EAST, NORTH), props("id", "z", "name_zh", "测试")))));
    files.put(
        "subdistricts.geojson",
        collection(
            List.of(
                feature(box(WEST, SOUTH, MID, NORTH), props("id", "w", "name_zh", "西街道")),
                feature(box(MID, SOUTH, EAST, NORTH), props("id", "e", "name_zh", "东街道")))));
    List<ObjectNode> cells = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      for (int r = 0; r < 2; r++) {
        double w = WEST + c * COL;
        double s = SOUTH + r * ROW;
        cells.add(
            feature(
                box(w, s, w + COL, s + ROW),
                props("id", "c" + c + r, "residents", RESIDENTS[c][r])));
      }
    }
    files.put("population.geojson", collection(cells));
    return BadFileCorpus.zipBytes(files);
  }

  // ------------------------------------------------------------------ the OSM file, read here

  /** Node id → {lon, lat} of the OSM file. */
  private static Map<String, double[]> osmNodes() throws Exception {
    Map<String, double[]> out = new LinkedHashMap<>();
    NodeList list = osm().getElementsByTagName("node");
    for (int i = 0; i < list.getLength(); i++) {
      Element n = (Element) list.item(i);
      out.put(
          n.getAttribute("id"),
          new double[] {
            Double.parseDouble(n.getAttribute("lon")), Double.parseDouble(n.getAttribute("lat"))
          });
    }
    return out;
  }

  /** Ways carrying a highway tag, counted with a DOM parser independently of the reader. */
  private static int highwayWays() throws Exception {
    int n = 0;
    NodeList ways = osm().getElementsByTagName("way");
    for (int i = 0; i < ways.getLength(); i++) {
      NodeList tags = ((Element) ways.item(i)).getElementsByTagName("tag");
      for (int t = 0; t < tags.getLength(); t++) {
        n += ((Element) tags.item(t)).getAttribute("k").equals("highway") ? 1 : 0;
      }
    }
    return n;
  }

  private static org.w3c.dom.Document osm() throws Exception {
    try (InputStream in = osmBytesStream()) {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
  }

  private static InputStream osmBytesStream() {
    return RealAreaApiTest.class.getResourceAsStream("/fixtures/osm/moscow-cut.osm");
  }

  /**
   * Great-circle distance in metres (haversine, mean Earth radius 6,371,008.8 m) — independent of
   * the projection the application uses; UTM 37N's scale at 37.62 E (1.38° from its central
   * meridian 39 E) is 0.9996 × (1 + 0.5 (1.38° · cos 55.81°)²) ≈ 0.99970, so the two agree to about
   * 0.05 %.
   */
  static double metres(double[] a, double[] b) {
    double r = 6_371_008.8;
    double p1 = Math.toRadians(a[1]);
    double p2 = Math.toRadians(b[1]);
    double dp = p2 - p1;
    double dl = Math.toRadians(b[0] - a[0]);
    double h =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * r * Math.asin(Math.sqrt(h));
  }

  // ------------------------------------------------------------------ calls

  private JsonNode read(ResultActions r) throws Exception {
    return json.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private JsonNode get200(String url) throws Exception {
    ResultActions r = mvc.perform(get(url));
    int status = r.andReturn().getResponse().getStatus();
    assertThat(status)
        .as(url + " → " + r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo(200);
    return read(r);
  }

  /** {@link #upload} expecting 200 (the answer as the failure's description); the answer. */
  private JsonNode uploadOk(
      String area, String name, byte[] bytes, String layer, Map<String, String> params)
      throws Exception {
    return read(
        upload(area, name, bytes, layer, params)
            .andExpect(
                r ->
                    assertThat(r.getResponse().getStatus())
                        .as(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .isEqualTo(200)));
  }

  private ResultActions upload(
      String area, String name, byte[] bytes, String layer, Map<String, String> params)
      throws Exception {
    var b =
        multipart("/api/imports")
            .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
            .param("layer", layer)
            .param("area", area);
    params.forEach(b::param);
    return mvc.perform(b.with(EDITOR).with(csrf()));
  }

  private String createArea() throws Exception {
    JsonNode a =
        read(AreaUploads.upload(mvc, "moscow.zip", "application/zip", areaZip(), "Moscow cut"));
    assertThat(a.path("id").asText()).as(a.toString()).isNotBlank();
    return a.get("id").asText();
  }

  /**
   * The default area's rows — its layers, features, versions and versions' features (layer ids
   * without an area prefix) — as one SHA-256, for "untouched" checks.
   */
  private Map<String, String> defaultAreaChecksum() throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, String> order =
        Map.of(
            "layer", "id",
            "feature", "layer_id, id",
            "layer_version", "layer_id, version",
            "layer_version_feature", "layer_id, version, seq");
    for (String table : List.of("layer", "feature", "layer_version", "layer_version_feature")) {
      String where =
          table.equals("layer") ? "area_id = 'chegu'" : "layer_id NOT LIKE '%/%'"; // chegu's keys
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      long[] rows = {0};
      jdbc.query(
          "SELECT * FROM " + table + " WHERE " + where + " ORDER BY " + order.get(table),
          rs -> {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
              Object v = rs.getObject(i);
              // getString, not toString: a CLOB object's toString names the object, not its text
              row.append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : rs.getString(i))
                  .append('\0');
            }
            digest.update(row.toString().getBytes(StandardCharsets.UTF_8));
            rows[0]++;
          });
      out.put(table, rows[0] + " rows, " + HexFormat.of().formatHex(digest.digest()));
    }
    return out;
  }

  // ------------------------------------------------------------------ the tests

  @Test
  void aWholeAreaFromARealOsmExtractAnswersInUtm37AndLeavesTheDefaultAreaAlone() throws Exception {
    Map<String, String> defaultBefore = defaultAreaChecksum();
    JsonNode defaultLayersBefore = get200("/api/areas/chegu").get("layers");
    String id = createArea();
    try {
      JsonNode area = get200("/api/areas/" + id);
      assertThat(area.get("crs").asText()).isEqualTo("EPSG:32637");

      // roads: every way tagged highway imported or counted under a reason
      byte[] osmBytes;
      try (InputStream in = osmBytesStream()) {
        osmBytes = in.readAllBytes();
      }
      JsonNode roads = uploadOk(id, "moscow-cut.osm", osmBytes, "roads", Map.of("mode", "replace"));
      JsonNode osm = roads.get("osm");
      int highway = highwayWays();
      assertThat(osm.get("highwayWays").asInt()).isEqualTo(highway);
      int skipped = 0;
      for (JsonNode n : osm.get("skipped")) {
        skipped += n.asInt();
      }
      assertThat(osm.get("imported").asInt() + skipped).isEqualTo(highway);
      assertThat(roads.get("imported").asInt()).isEqualTo(osm.get("imported").asInt());
      assertThat(osm.get("skipped").get("highway=construction").asInt()).isEqualTo(1);

      // facilities: a kindergarten at the free end of the bridleway, a health station
      Map<String, double[]> nodes = osmNodes();
      double[] k = nodes.get(BRIDLEWAY[0]);
      ObjectNode kPoint = json.createObjectNode().put("type", "Point");
      kPoint.set("coordinates", ll(k[0], k[1]));
      ObjectNode hPoint = json.createObjectNode().put("type", "Point");
      hPoint.set("coordinates", ll(37.6160, 55.8100));
      byte[] facilities =
          collection(
              List.of(
                  feature(
                      kPoint,
                      props(
                          "id",
                          "k1",
                          "name_zh",
                          "幼儿园",
                          "type",
                          "kindergarten",
                          "status",
                          "existing",
                          "capacity",
                          60,
                          "capacity_unit",
                          "places")),
                  feature(
                      hPoint,
                      props(
                          "id",
                          "h1",
                          "name_zh",
                          "卫生服务站",
                          "type",
                          "community_health_station",
                          "status",
                          "existing"))));
      uploadOk(id, "fac.geojson", facilities, "facilities", Map.of("mode", "replace"));

      // The 5-minute walk (kindergarten5: 300 m at 3.6 km/h = 60 m a minute) along the dead-end
      // bridleway, the only road from its free end: the network distance to its i-th node is the
      // sum of its first i segments, by haversine from the file's coordinates:
      //   0, 43.15, 52.63, 76.97, 98.49, 120.68, 153.61, 167.91, 177.24 m
      // all within 300 m, so every node is covered. At the junction node the facility's straight
      // access leg to the footway there (the rule joins every road within 500 m) cuts the last
      // bend, so the answer may be shorter than the sum there — never shorter than the straight
      // line.
      double along = 0;
      for (int i = 0; i < BRIDLEWAY.length; i++) {
        if (i > 0) {
          along += metres(nodes.get(BRIDLEWAY[i - 1]), nodes.get(BRIDLEWAY[i]));
        }
        double[] p = nodes.get(BRIDLEWAY[i]);
        JsonNode at =
            get200(
                "/api/coverage/at?area="
                    + id
                    + "&standard=kindergarten5&method=network&lon="
                    + p[0]
                    + "&lat="
                    + p[1]);
        double d = at.get("distanceM").asDouble();
        assertThat(at.get("covered").asBoolean()).as(BRIDLEWAY[i]).isTrue();
        assertThat(at.get("facility").get("id").asText()).isEqualTo("k1");
        assertThat(d).as(BRIDLEWAY[i]).isBetween(metres(k, p) - 1, along + 1);
        if (i < BRIDLEWAY.length - 1) {
          assertThat(d).as(BRIDLEWAY[i]).isCloseTo(along, within(1.0));
        }
        assertThat(at.get("minutes").asDouble()).isCloseTo(d / 60, within(0.06));
      }

      // straight line: cell centres within 300 m of the kindergarten, by haversine:
      // c20 39 m (50), c10 148 m (300), c30 201 m (250); the row-1 centres are over 305 m away and
      // c00 318 m: covered 600 of 2000 (西 300, 东 300)
      long total = 0;
      long covered = 0;
      Map<String, double[]> centres = new LinkedHashMap<>();
      for (int c = 0; c < 4; c++) {
        for (int r = 0; r < 2; r++) {
          double[] centre = {WEST + (c + 0.5) * COL, SOUTH + (r + 0.5) * ROW};
          centres.put("c" + c + r, centre);
          double m = metres(k, centre);
          assertThat(Math.abs(m - 300)).as("c" + c + r + " clear of the radius").isGreaterThan(5);
          total += RESIDENTS[c][r];
          covered += m <= 300 ? RESIDENTS[c][r] : 0;
        }
      }
      assertThat(covered).isEqualTo(600);
      String q = "?area=" + id + "&standard=kindergarten5&method=";
      JsonNode e = get200("/api/coverage" + q + "euclidean");
      assertThat(e.get("crs").asText()).isEqualTo("EPSG:32637");
      assertThat(e.get("totalResidents").asLong()).isEqualTo(total);
      assertThat(e.get("coveredResidents").asLong()).isEqualTo(covered);
      JsonNode n = get200("/api/coverage" + q + "network");
      assertThat(n.get("crs").asText()).isEqualTo("EPSG:32637");
      long networkCovered = n.get("coveredResidents").asLong();
      assertThat(networkCovered).isPositive().isLessThanOrEqualTo(covered);
      JsonNode gaps = get200("/api/coverage/gaps" + q + "network");
      long inGaps = 0;
      for (JsonNode g : gaps.get("features")) {
        inGaps += g.get("properties").get("residents").asLong();
      }
      assertThat(inGaps + gaps.get("remainderResidents").asLong())
          .isEqualTo(total - networkCovered);

      // capacity: the one kindergarten's 60 places are shared among the residents in reach
      JsonNode access = get200("/api/access?area=" + id + "&type=kindergarten");
      assertThat(access.get("totals").get("residents").asLong()).isEqualTo(total);
      assertThat(access.get("totals").get("capacity").asDouble()).isEqualTo(60.0);
      assertThat(access.get("totals").get("invariantResidual").asDouble())
          .isCloseTo(0, within(1e-6));

      // siting: a new kindergarten at the centre of c31 covers, of the cells not yet covered,
      // c31 itself (550) and c21 (150, 172 m west): 700
      double[] site = centres.get("c31");
      long newly = 0;
      for (int c = 0; c < 4; c++) {
        for (int r = 0; r < 2; r++) {
          double[] centre = centres.get("c" + c + r);
          newly += metres(k, centre) > 300 && metres(site, centre) <= 300 ? RESIDENTS[c][r] : 0;
        }
      }
      assertThat(newly).isEqualTo(700);
      JsonNode evaluated =
          read(
              mvc.perform(
                  post("/api/siting/evaluate?area=" + id)
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(
                          "{\"standard\":\"kindergarten5\",\"method\":\"euclidean\",\"sites\":[["
                              + site[0]
                              + ","
                              + site[1]
                              + "]]}")));
      assertThat(evaluated.get("newlyCoveredResidents").asLong())
          .as(evaluated.toString())
          .isEqualTo(newly);
      assertThat(evaluated.get("coveredBefore").asLong()).isEqualTo(covered);

      // OGC API: the area's roads are the imported ways, its collections stay in the area
      JsonNode items = get200("/ogc/collections/roads/items?f=json&limit=1&area=" + id);
      assertThat(items.get("numberMatched").asInt()).isEqualTo(osm.get("imported").asInt());
      assertThat(items.get("features").get(0).get("id").asText()).startsWith("osm-way-");
      // ... and are served in the area's own CRS: node 141009382 (37.6162938 E, 55.8076784 N),
      // the first vertex of way 14418612, is (413276.31, 6185541.32) in UTM 37N by PROJ
      // (echo "37.6162938 55.8076784" | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:32637)
      String utm = "http://www.opengis.net/def/crs/EPSG/0/32637";
      assertThat(get200("/ogc/collections/roads?f=json&area=" + id).get("crs").toString())
          .contains(utm);
      assertThat(get200("/ogc/collections/roads?f=json").get("crs").toString())
          .doesNotContain("32637");
      JsonNode way =
          get200("/ogc/collections/roads/items/osm-way-14418612?f=json&crs=" + utm + "&area=" + id);
      JsonNode first = way.get("geometry").get("coordinates").get(0);
      assertThat(first.get(0).asDouble()).isCloseTo(413_276.31, within(0.01));
      assertThat(first.get(1).asDouble()).isCloseTo(6_185_541.32, within(0.01));
      mvc.perform(get("/ogc/collections/roads/items?f=json&crs=" + utm))
          .andExpect(
              r ->
                  assertThat(r.getResponse().getStatus())
                      .as("32637 outside its area")
                      .isEqualTo(400));

      censusTableJoinedByName(id);
    } finally {
      mvc.perform(delete("/api/areas/" + id).with(EDITOR).with(csrf()));
    }
    assertThat(get200("/api/areas/chegu").get("layers")).isEqualTo(defaultLayersBefore);
    assertThat(defaultAreaChecksum()).isEqualTo(defaultBefore);
  }

  /**
   * Census totals as a bureau's table, joined by exact admin unit name. A table naming a unit the
   * area does not have ('东 街道' with a space, '南街道') is refused with both names and nothing is
   * written. The right table — 西街道 2000, 东街道 1501 — is spread over each unit's cells in proportion
   * to their residents: 西 (100, 200, 300, 400 of 1000) × 2 = 200, 400, 600, 800; 东 (50, 150, 250,
   * 550 of 1000) × 1.501 = 75.075, 225.225, 375.375, 825.825 → floors 75, 225, 375, 825 (1500), the
   * one left to the largest fraction .825: 826.
   */
  private void censusTableJoinedByName(String id) throws Exception {
    String versions = "/api/layers/population/versions?area=" + id;
    int before = get200(versions).size();
    JsonNode refused =
        read(
            upload(
                    id,
                    "census.csv",
                    "街道,常住人口\n西街道,2000\n东 街道,1501\n南街道,7\n".getBytes(StandardCharsets.UTF_8),
                    "population",
                    Map.of("spread", "dasymetric", "mode", "replace"))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(422)));
    assertThat(refused.toString()).contains("'东 街道' matches no admin unit").contains("'南街道'");
    assertThat(get200(versions).size()).isEqualTo(before);

    JsonNode done =
        uploadOk(
            id,
            "census.csv",
            "街道,常住人口\n西街道,2000\n东街道,1501\n".getBytes(StandardCharsets.UTF_8),
            "population",
            Map.of("spread", "dasymetric", "mode", "replace"));
    assertThat(done.get("warnings").toString())
        .contains("joined to the area's admin units (subdistricts) by exact name_zh")
        .contains("dasymetric");
    assertThat(get200(versions).size()).isEqualTo(before + 1);
    Map<String, Long> expected =
        Map.of(
            "c00", 200L, "c01", 400L, "c10", 600L, "c11", 800L, "c20", 75L, "c21", 225L, "c30",
            375L, "c31", 826L);
    JsonNode cells = get200("/ogc/collections/population/items?f=json&limit=100&area=" + id);
    Map<String, Long> got = new LinkedHashMap<>();
    for (JsonNode f : cells.get("features")) {
      got.put(f.get("id").asText(), f.get("properties").get("residents").asLong());
    }
    assertThat(got).isEqualTo(expected);
    assertThat(
            get200("/api/coverage?area=" + id + "&standard=kindergarten5&method=euclidean")
                .get("totalResidents")
                .asLong())
        .isEqualTo(3501);
  }

  /**
   * A GHSL-like raster in World Mollweide (fixtures/raster, drawn in io.GeoTiffSourceTest) becomes
   * the area's population: 67 people in 8 cells. By PROJ the pixel centres of columns 0–1 lie west
   * of 37.6195 E and those of columns 2–3 east: 西 13 + 20 + 4 + 9 = 46, 东 3 + 7 + 2 + 9 = 21; a
   * census table of 西 460 and 东 210 multiplies every cell by 10.
   */
  @Test
  void aGhslRasterInMollweideBecomesTheAreasPopulation() throws Exception {
    String id = createArea();
    try {
      byte[] tif;
      try (InputStream in =
          getClass().getResourceAsStream("/fixtures/raster/ghsl-moscow-54009.tif")) {
        tif = in.readAllBytes();
      }
      JsonNode r = uploadOk(id, "ghsl.tif", tif, "population", Map.of("mode", "replace"));
      assertThat(r.get("crs").asText()).isEqualTo("ESRI:54009");
      assertThat(r.get("imported").asInt()).isEqualTo(8);
      String url = "/api/coverage?area=" + id + "&standard=kindergarten5&method=euclidean";
      JsonNode c = get200(url);
      assertThat(c.get("totalResidents").asLong()).isEqualTo(67);
      Map<String, Long> byUnit = new LinkedHashMap<>();
      c.get("byArea").forEach(a -> byUnit.put(a.get("area").asText(), a.get("total").asLong()));
      assertThat(byUnit).containsEntry("西街道", 46L).containsEntry("东街道", 21L);
      uploadOk(
          id,
          "census.xlsx",
          censusWorkbook(),
          "population",
          Map.of("spread", "dasymetric", "mode", "replace"));
      assertThat(get200(url).get("totalResidents").asLong()).isEqualTo(670);
    } finally {
      mvc.perform(delete("/api/areas/" + id).with(EDITOR).with(csrf()));
    }
  }

  /** 西街道 460, 东街道 210 as an Excel sheet (columns 街道, 人口). */
  private static byte[] censusWorkbook() throws Exception {
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet("人口");
      sheet.createRow(0).createCell(0).setCellValue("街道");
      var header = sheet.getRow(0);
      header.createCell(1).setCellValue("人口");
      var w = sheet.createRow(1);
      w.createCell(0).setCellValue("西街道");
      w.createCell(1).setCellValue(460);
      var e = sheet.createRow(2);
      e.createCell(0).setCellValue("东街道");
      e.createCell(1).setCellValue(210);
      wb.write(out);
      return out.toByteArray();
    }
  }
}
