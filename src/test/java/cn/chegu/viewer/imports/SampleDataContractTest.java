package cn.chegu.viewer.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chegu.viewer.io.SampleManifest;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.LayerInfo;
import cn.chegu.viewer.store.SampleDataset;
import cn.chegu.viewer.store.StoredFeature;
import cn.chegu.viewer.store.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The shipped sample data ({@code gis-data/}, packaged as {@code classpath:gis-data/}) passes the
 * import checks, provides every layer the API contract names, none of them empty — and the pipeline
 * stores exactly what the files say: per layer the files' feature count, every feature's id,
 * properties (JSON values) and geometry as an independent parse of the file (Jackson and JTS, no
 * application code) gives them, under the checksum of the files computed here again.
 */
class SampleDataContractTest {

  static final List<String> CONTRACT_LAYERS =
      List.of(
          "zone",
          "subdistricts",
          "layout",
          "parks",
          "transport",
          "water",
          "roads",
          "facilities",
          "population",
          "transit");

  private static final Path GIS_DATA = Path.of("gis-data");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path directory;

  @Test
  void theShippedSampleDataLoadsWithEveryContractLayerAsTheFilesSay() throws Exception {
    try (HikariDataSource dataSource = TestDatabases.h2gis(directory)) {
      FeatureStore store = new FeatureStore(dataSource);

      SampleLoader.Outcome outcome =
          new SampleLoader(store, new DefaultResourceLoader(), SampleFixture.readers())
              .load("classpath:gis-data/");

      assertThat(outcome.changed()).isTrue();
      assertThat(store.layers())
          .extracting(LayerInfo::id)
          .containsExactlyInAnyOrderElementsOf(CONTRACT_LAYERS);
      assertThat(store.layers()).allSatisfy(layer -> assertThat(layer.count()).isPositive());
      assertThat(store.layer("parks").orElseThrow().count()).isEqualTo(8);
      assertThat(store.layer("subdistricts").orElseThrow().count()).isEqualTo(7);
      assertThat(outcome.checksum()).isEqualTo(filesChecksum());
      assertThat(store.datasetChecksum(SampleDataset.NAME)).contains(filesChecksum());
      int features = 0;
      for (SampleManifest.Layer layer : manifest().layers()) {
        features += assertStoredAsInFile(store, layer);
      }
      assertThat(outcome.features()).isEqualTo(features);
    }
  }

  /** The layer's stored features equal the file's, in file order; returns how many there are. */
  private static int assertStoredAsInFile(FeatureStore store, SampleManifest.Layer layer)
      throws Exception {
    JsonNode file = JSON.readTree(GIS_DATA.resolve(layer.file()).toFile()).get("features");
    List<StoredFeature> stored = store.allFeatures(layer.id());
    assertThat(stored).as(layer.file()).hasSize(file.size());
    Map<String, StoredFeature> byId = new LinkedHashMap<>();
    stored.forEach(f -> byId.put(f.id(), f));
    GeoJsonReader geometries = new GeoJsonReader();
    for (JsonNode f : file) {
      String id = f.get("id").asText();
      StoredFeature s = byId.get(id);
      assertThat(s).as(layer.file() + " " + id).isNotNull();
      Map<String, Object> expected = new LinkedHashMap<>();
      f.get("properties").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue()));
      Map<String, Object> actual = new LinkedHashMap<>();
      s.properties().forEach((k, v) -> actual.put(k, JSON.valueToTree(v)));
      assertThat(json(actual)).as(layer.file() + " " + id).isEqualTo(json(expected));
      Geometry geometry = geometries.read(f.get("geometry").toString());
      assertThat(s.geometry().equalsExact(geometry)).as(layer.file() + " " + id).isTrue();
    }
    return stored.size();
  }

  /** Properties as JSON, numbers compared by value (an int stored as a long is the same number). */
  private static JsonNode json(Map<String, Object> properties) {
    Map<String, Object> normal = new LinkedHashMap<>();
    properties.forEach(
        (k, v) -> {
          JsonNode n = (JsonNode) v;
          normal.put(k, n.isNumber() ? (Object) n.decimalValue().stripTrailingZeros() : n);
        });
    return JSON.valueToTree(new java.util.TreeMap<>(normal));
  }

  private static SampleManifest manifest() throws IOException {
    return SampleManifest.read(
        "MANIFEST.json", Files.readAllBytes(GIS_DATA.resolve("MANIFEST.json")));
  }

  /** SHA-256 of the manifest, then each layer file's name and bytes in manifest order. */
  private static String filesChecksum() throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    digest.update(Files.readAllBytes(GIS_DATA.resolve("MANIFEST.json")));
    for (SampleManifest.Layer layer : manifest().layers()) {
      digest.update(layer.file().getBytes(StandardCharsets.UTF_8));
      digest.update(Files.readAllBytes(GIS_DATA.resolve(layer.file())));
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
