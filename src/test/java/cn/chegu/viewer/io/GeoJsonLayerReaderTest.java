package cn.chegu.viewer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoJsonLayerReaderTest {

  private final GeoJsonLayerReader reader = new GeoJsonLayerReader();

  private static String collection(String... features) {
    return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
  }

  private static String feature(String id, String geometry, String properties) {
    return "{\"type\":\"Feature\""
        + (id == null ? "" : ",\"id\":\"" + id + "\"")
        + ",\"geometry\":"
        + geometry
        + ",\"properties\":"
        + properties
        + "}";
  }

  private static final String POINT = "{\"type\":\"Point\",\"coordinates\":[114.1,30.4]}";

  private List<GeoJsonFeature> read(String json) {
    return reader.read("test.geojson", json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsGeometryIdAndTypedProperties() {
    List<GeoJsonFeature> features =
        read(
            collection(
                feature(
                    "a",
                    "{\"type\":\"LineString\",\"coordinates\":[[114.0,30.0],[114.1,30.1]]}",
                    "{\"name_zh\":\"车谷大道\",\"speed_kmh\":60,\"accuracy_m\":12.5,"
                        + "\"oneway\":false,\"capacity\":null}")));

    GeoJsonFeature a = features.get(0);
    assertThat(a.id()).isEqualTo("a");
    assertThat(a.geometry().toText()).isEqualTo("LINESTRING (114 30, 114.1 30.1)");
    assertThat(a.geometry().getSRID()).isEqualTo(4326);
    assertThat(a.properties())
        .containsEntry("id", "a")
        .containsEntry("name_zh", "车谷大道")
        .containsEntry("speed_kmh", 60)
        .containsEntry("accuracy_m", 12.5)
        .containsEntry("oneway", false)
        .containsEntry("capacity", null);
  }

  @Test
  void takesTheIdFromPropertiesWhenTheFeatureHasNone() {
    assertThat(read(collection(feature(null, POINT, "{\"id\":\"p-1\"}"))).get(0).id())
        .isEqualTo("p-1");
  }

  @Test
  void rejectsAnInvalidGeometryNamingFileAndFeature() {
    String bowTie = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}";

    assertThatThrownBy(
            () -> read(collection(feature("ok", POINT, "{}"), feature("bow", bowTie, "{}"))))
        .isInstanceOf(InvalidGisDataException.class)
        .hasMessageStartingWith("test.geojson: feature #2 (id \"bow\"): geometry is not valid")
        .hasMessageContaining("Self-intersection");
  }

  @Test
  void rejectsDuplicateAndMissingIds() {
    assertThatThrownBy(() -> read(collection(feature("x", POINT, "{}"), feature("x", POINT, "{}"))))
        .hasMessage("test.geojson: feature #2 (id \"x\"): duplicate id within the layer");
    assertThatThrownBy(() -> read(collection(feature(null, POINT, "{}"))))
        .hasMessage("test.geojson: feature #1: id is missing");
    assertThatThrownBy(() -> read(collection(feature("x", POINT, "{\"id\":\"y\"}"))))
        .hasMessageContaining("properties.id \"y\" differs from the feature id");
  }

  @Test
  void rejectsMissingEmptyAndOutOfRangeGeometry() {
    assertThatThrownBy(() -> read(collection(feature("g", "null", "{}"))))
        .hasMessage("test.geojson: feature #1 (id \"g\"): geometry is missing");
    assertThatThrownBy(
            () -> read(collection(feature("e", "{\"type\":\"Polygon\",\"coordinates\":[]}", "{}"))))
        .hasMessage("test.geojson: feature #1 (id \"e\"): geometry is empty");
    assertThatThrownBy(
            () ->
                read(
                    collection(
                        feature("far", "{\"type\":\"Point\",\"coordinates\":[30.4,114.1]}", "{}"))))
        .hasMessageContaining("feature #1 (id \"far\"): coordinate (30.4 114.1) is outside");
  }

  @Test
  void rejectsWhatIsNotAFeatureCollection() {
    assertThatThrownBy(() -> read("{\"type\":\"Feature\"}"))
        .hasMessage("test.geojson: not a GeoJSON FeatureCollection");
    assertThatThrownBy(() -> read("{not json"))
        .isInstanceOf(InvalidGisDataException.class)
        .hasMessageStartingWith("test.geojson: not valid JSON");
  }
}
