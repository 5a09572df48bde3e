package cn.chegu.viewer.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chegu.viewer.io.MetricProjection;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/** Checks the files in gis-data/ against the data contract and the reference points. */
class SampleDataTest {

  private static final Path DIR = Path.of("gis-data");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MetricProjection P = MetricProjection.UTM_50N;
  private static final String[] LAYERS = {
    "zone",
    "subdistricts",
    "population",
    "water",
    "layout",
    "parks",
    "roads",
    "transport",
    "transit",
    "facilities"
  };

  /**
   * The zone's south-east edge as given in shared/plan/REFERENCE-POINTS.md (lon, lat), north-east
   * to south-west.
   */
  private static final double[] SE_EDGE = {
    114.2326, 30.4923, 114.2276, 30.4854, 114.2214, 30.4780, 114.2129, 30.4688, 114.1991, 30.4588,
    114.1935, 30.4554, 114.1814, 30.4422, 114.1741, 30.4266, 114.1664, 30.4136, 114.1511, 30.3927,
    114.1308, 30.3681, 114.1186, 30.3556, 114.1015, 30.3443, 114.0912, 30.3273, 114.0861, 30.3123,
    114.0828, 30.2954, 114.0812, 30.2821, 114.0785, 30.2716, 114.0725, 30.2572, 114.0660, 30.2462,
    114.0606, 30.2362, 114.0558, 30.2315, 114.0496, 30.2282, 114.0408, 30.2293, 114.0326, 30.2365,
    114.0277, 30.2455, 114.0190, 30.2617, 114.0075, 30.2758, 113.9966, 30.2847, 113.9783, 30.2975,
    113.9633, 30.3065, 113.9482, 30.3068, 113.9353, 30.3032, 113.9213, 30.2946, 113.8993, 30.2746,
    113.8783, 30.2424, 113.8627, 30.2228, 113.8513, 30.2037, 113.8535, 30.1901, 113.8396, 30.1898,
    113.8211, 30.1866, 113.8126, 30.1942, 113.8069, 30.2080, 113.8004, 30.2025, 113.7860, 30.2081,
    113.7614, 30.2179
  };

  /** Old Hannan district's sub-districts (census bulletin 2021: 145,103 residents in 2020). */
  private static final List<String> HANNAN = List.of("纱帽街道", "东荆街道", "邓南街道", "湘口街道");

  /** The manufacturing parks the population model keeps nearly empty (model-parameters.json). */
  private static final List<String> INDUSTRIAL =
      List.of("先进制造产业区", "汽车及零部件产业园", "综合保税区", "港口物流园", "通用航空及卫星产业园");

  private static final int TOTAL_2020 = 481_338;

  /** The layers the model tool writes whole. */
  private static final List<String> GENERATED = List.of("population", "roads", "transit");

  /** A parsed feature: properties and geometry (lon/lat). */
  record F(String id, JsonNode props, Geometry geom) {
    String str(String key) {
      return props.path(key).asText();
    }
  }

  private static final Map<String, List<F>> DATA = new HashMap<>();

  private static Map<String, String> generated;

  /** What the model tool makes from the checked-in inputs (run once for this class). */
  private static synchronized Map<String, String> generated() {
    if (generated == null) {
      generated = SampleDataGenerator.generate(DIR);
    }
    return generated;
  }

  @BeforeAll
  static void load() throws Exception {
    GeoJsonReader reader = new GeoJsonReader(new GeometryFactory());
    for (String layer : LAYERS) {
      JsonNode fc = JSON.readTree(DIR.resolve(layer + ".geojson").toFile());
      List<F> fs = new ArrayList<>();
      for (JsonNode f : fc.get("features")) {
        fs.add(
            new F(
                f.get("id").asText(),
                f.get("properties"),
                reader.read(JSON.writeValueAsString(f.get("geometry")))));
      }
      DATA.put(layer, fs);
    }
  }

  private static List<F> layer(String id) {
    return DATA.get(id);
  }

  private static F named(String layer, String nameZh) {
    return layer(layer).stream()
        .filter(f -> f.str("name_zh").equals(nameZh))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + nameZh + " in " + layer));
  }

  private static double metres(Geometry lonLat, double lon, double lat) {
    return P.toMetric(lonLat).distance(new GeometryFactory().createPoint(P.toMetric(lon, lat)));
  }

  @Test
  void everyFeatureHasValidGeometryAndContractProperties() {
    for (String l : LAYERS) {
      assertThat(layer(l)).as(l).isNotEmpty();
      java.util.Set<String> ids = new java.util.HashSet<>();
      for (F f : layer(l)) {
        assertThat(f.geom().isEmpty()).as(l + " " + f.id()).isFalse();
        assertThat(f.geom().isValid()).as(l + " " + f.id() + " valid").isTrue();
        assertThat(ids.add(f.id())).as("unique id " + f.id()).isTrue();
        // a hand-digitised file saved by QGIS keeps the id as the feature id only (the server
        // and the tool put it back into the properties); files the tool makes repeat it
        if (f.props().has("id") || GENERATED.contains(l)) {
          assertThat(f.str("id")).isEqualTo(f.id());
        }
        for (String k :
            List.of("name_zh", "name_en", "source", "plan_ref", "accuracy_m", "status")) {
          assertThat(f.props().has(k)).as(l + " " + f.id() + " has " + k).isTrue();
        }
        assertThat(f.props().get("accuracy_m").isNumber()).isTrue();
        assertThat(f.str("status")).isIn("existing", "planned", "under_construction");
        assertThat(f.str("source"))
            .matches(
                "(plan|reference point|digitised|modelled)(; (plan|reference point|digitised|modelled))*");
      }
    }
  }

  @Test
  void subdistrictsTileTheZone() {
    Geometry zone = P.toMetric(layer("zone").get(0).geom());
    List<Geometry> subs = layer("subdistricts").stream().map(f -> P.toMetric(f.geom())).toList();
    assertThat(subs).hasSize(7);
    double sum = subs.stream().mapToDouble(Geometry::getArea).sum();
    assertThat(Math.abs(sum - zone.getArea()) / zone.getArea()).isLessThan(1e-4);
    for (int i = 0; i < subs.size(); i++) {
      for (int j = i + 1; j < subs.size(); j++) {
        assertThat(subs.get(i).intersection(subs.get(j)).getArea()).as(i + "∩" + j).isLessThan(1.0);
      }
    }
    Geometry union = new GeometryFactory().buildGeometry(subs).union();
    assertThat(zone.difference(union).getArea()).isLessThan(1.0);
    assertThat(zone.getArea() / 1e6).as("zone km²").isBetween(400.0, 900.0);
  }

  @Test
  void referenceCentresLieInTheirSubdistricts() {
    Object[][] centres = {
      {"沌口街道", 114.1756, 30.4885}, {"沌阳街道", 114.1282, 30.4881}, {"军山街道", 114.11, 30.40},
      {"纱帽街道", 114.0494, 30.3092}, {"邓南街道", 113.9269, 30.2972}, {"东荆街道", 113.9499, 30.3205},
      {"湘口街道", 113.8029, 30.2463},
    };
    GeometryFactory gf = new GeometryFactory();
    for (Object[] c : centres) {
      Point p =
          gf.createPoint(new org.locationtech.jts.geom.Coordinate((double) c[1], (double) c[2]));
      assertThat(named("subdistricts", (String) c[0]).geom().contains(p))
          .as((String) c[0])
          .isTrue();
    }
  }

  @Test
  void southEastEdgeFollowsTheGivenPolyline() {
    Geometry boundary = layer("zone").get(0).geom().getBoundary();
    double[] e = SE_EDGE;
    for (int i = 0; i < e.length; i += 2) {
      assertThat(metres(boundary, e[i], e[i + 1])).as("vertex " + i / 2).isLessThan(500);
    }
  }

  @Test
  void referencePointsLieNearWhatTheyName() {
    Object[][] points = {
      {"transport", "东风公司站", 114.1608, 30.5026},
      {"transport", "沌阳大道站", 114.1519, 30.4923},
      {"transport", "体育中心站", 114.1656, 30.5086},
      {"transport", "三角湖站", 114.1741, 30.5188},
      {"transport", "车城东路站", 114.1746, 30.4980},
      {"transport", "江城大道站", 114.1969, 30.4989},
      {"transport", "老关村站", 114.2206, 30.4952},
      {"transport", "国博中心南站", 114.2310, 30.5065},
      {"transport", "南太子湖站", 114.2146, 30.4791},
      {"transport", "沌口站", 114.1998, 30.4645},
      {"transport", "汉南通用机场", 114.0628, 30.2552},
      {"facilities", "武汉大学重离子医学中心暨汉南区人民医院", 114.0683, 30.3159},
      {"facilities", "武汉亚心总医院", 114.1974, 30.5032},
      {"facilities", "军山街卫生院", 114.0833, 30.4099},
      {"facilities", "沌口社区卫生服务中心", 114.1858, 30.4620},
    };
    for (Object[] p : points) {
      F f = named((String) p[0], (String) p[1]);
      assertThat(metres(f.geom(), (double) p[2], (double) p[3])).as((String) p[1]).isLessThan(500);
      assertThat(f.str("source")).contains("reference point");
    }
  }

  @Test
  void countsOfLayoutParksAndEmergencyFacilities() {
    Map<String, Long> elements = count("layout", "element");
    assertThat(elements)
        .containsEntry("core", 1L)
        .containsEntry("cluster", 2L)
        .containsEntry("axis", 1L)
        .containsEntry("axis_corridor", 1L)
        .containsEntry("belt", 2L);
    assertThat(layer("parks")).hasSize(8);
    assertThat(layer("parks").stream().map(f -> f.props().get("park_no").asInt()))
        .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
    Map<String, Long> types = count("facilities", "type");
    assertThat(types)
        .containsEntry("emergency_center", 1L)
        .containsEntry("emergency_subcenter", 3L)
        .containsEntry("emergency_station", 9L);
    assertThat(types.get("hospital")).isGreaterThanOrEqualTo(10);
    for (F f : layer("facilities")) {
      cn.chegu.viewer.facility.FacilityType.fromCode(f.str("type"));
    }
    assertThat(count("transport", "kind").keySet())
        .contains(
            "metro_line",
            "metro_station",
            "tram_line",
            "railway",
            "expressway",
            "trunk_road",
            "bridge",
            "port",
            "airport");
  }

  @Test
  void modelledFacilitiesStandOnRoadVertices() {
    java.util.Set<org.locationtech.jts.geom.Coordinate> vertices = new java.util.HashSet<>();
    for (F road : layer("roads")) {
      vertices.addAll(List.of(road.geom().getCoordinates()));
    }
    List<F> modelled =
        layer("facilities").stream().filter(f -> f.str("source").equals("modelled")).toList();
    assertThat(modelled).isNotEmpty();
    for (F f : modelled) {
      assertThat(vertices).as(f.id()).contains(f.geom().getCoordinate());
    }
  }

  @Test
  void populationTotals() {
    long total = 0;
    long hannan = 0;
    long total2025 = 0;
    for (F f : layer("population")) {
      long r = f.props().get("residents").asLong();
      assertThat(r).isPositive();
      total += r;
      total2025 += f.props().get("residents_2025").asLong();
      if (HANNAN.contains(f.str("subdistrict"))) {
        hannan += r;
      }
      assertThat(f.str("source")).isEqualTo("modelled");
    }
    assertThat(total).isEqualTo(481_338);
    assertThat(hannan).isEqualTo(145_103);
    assertThat(total2025).isEqualTo(1_000_000);
  }

  @Test
  void manufacturingParksHoldFewResidentsAndCompoundsAreDense() {
    List<Geometry> parks =
        layer("parks").stream()
            .filter(f -> INDUSTRIAL.contains(f.str("name_zh")))
            .map(F::geom)
            .toList();
    assertThat(parks).hasSize(INDUSTRIAL.size());
    long inParks = 0;
    long inCompounds = 0;
    for (F f : layer("population")) {
      long r = f.props().get("residents").asLong();
      Point centre = f.geom().getCentroid();
      if (parks.stream().anyMatch(p -> p.contains(centre))) {
        inParks += r;
      }
      if (r >= SampleParameters.read(DIR).population().compound().minDensity() / 2) {
        inCompounds += r;
      }
    }
    // Only the sparse remainder (× 0.1) reaches the manufacturing parks.
    assertThat(inParks).isLessThan(TOTAL_2020 / 100);
    // Most residents live in compound-density cells (half the lowest compound density or more).
    assertThat(inCompounds).isGreaterThan(TOTAL_2020 / 2);
  }

  @Test
  void roadsAreNodedConnectedAndAttributed() {
    List<LineString> lines = new ArrayList<>();
    for (F f : layer("roads")) {
      assertThat(f.str("class"))
          .isIn("expressway", "trunk", "primary", "secondary", "local", "rural");
      assertThat(f.props().get("speed_kmh").isNumber()).isTrue();
      assertThat(f.props().get("oneway").isBoolean()).isTrue();
      lines.add((LineString) f.geom());
    }
    assertThat(RoadGraph.componentCount(lines)).isEqualTo(1);
    STRtree index = new STRtree();
    lines.forEach(l -> index.insert(l.getEnvelopeInternal(), l));
    for (LineString a : lines) {
      Geometry ends = a.getBoundary();
      for (Object o : index.query(a.getEnvelopeInternal())) {
        LineString b = (LineString) o;
        if (b == a || !a.intersects(b)) {
          continue;
        }
        Geometry meet = a.intersection(b);
        assertThat(ends.union(b.getBoundary()).covers(meet))
            .as("roads meet only at end vertices: " + meet)
            .isTrue();
      }
    }
  }

  /**
   * Proof that the hand-digitised files and the parameters are the whole truth: running the model
   * tool on the checked-in inputs reproduces every file it makes byte for byte.
   */
  @Test
  void theToolReproducesTheCheckedInFilesFromTheCheckedInInputs() throws IOException {
    Map<String, String> files = generated();
    assertThat(files.keySet())
        .contains(
            "population.geojson",
            "roads.geojson",
            "facilities.geojson",
            "transit.geojson",
            "gtfs/stop_times.txt");
    for (Map.Entry<String, String> f : files.entrySet()) {
      assertThat(Files.readString(DIR.resolve(f.getKey()), StandardCharsets.UTF_8))
          .as(f.getKey())
          .isEqualTo(f.getValue());
    }
  }

  /** MANIFEST.json says of every layer whether it is hand-digitised or made by the tool. */
  @Test
  void theManifestSaysWhichLayersTheToolMakes() throws IOException {
    Map<String, String> files = generated();
    JsonNode manifest = JSON.readTree(DIR.resolve("MANIFEST.json").toFile());
    assertThat(manifest.get("layers")).hasSize(LAYERS.length);
    for (JsonNode l : manifest.get("layers")) {
      String made = l.path("made").asText();
      assertThat(made).as(l.path("id").asText()).isIn("hand-digitised", "generated", "both");
      assertThat(files.containsKey(l.path("file").asText()))
          .as(l.path("id").asText() + " made by the tool")
          .isEqualTo(!made.equals("hand-digitised"));
    }
  }

  @Test
  void everyCapacitySaysWhereItComesFromAndHasAUnit() {
    for (F f : layer("facilities")) {
      if (f.props().path("capacity").isNumber()) {
        assertThat(f.str("capacity_unit")).as(f.id()).isIn("beds", "places");
        assertThat(f.str("capacity_source")).as(f.id()).startsWith("modelled: ");
        // the same rule in Chinese, shown in the map's Chinese mode
        assertThat(f.str("capacity_source_zh")).as(f.id()).startsWith("模型推算：");
      } else {
        assertThat(f.props().path("capacity_source").isNull()).as(f.id()).isTrue();
        assertThat(f.props().path("capacity_source_zh").isNull()).as(f.id()).isTrue();
      }
    }
  }

  private static Map<String, Long> count(String layer, String key) {
    Map<String, Long> m = new HashMap<>();
    layer(layer).forEach(f -> m.merge(f.str(key), 1L, Long::sum));
    return m;
  }
}
