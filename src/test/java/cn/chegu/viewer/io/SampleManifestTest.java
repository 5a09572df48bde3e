package cn.chegu.viewer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SampleManifestTest {

  private static SampleManifest read(String json) {
    return SampleManifest.read("MANIFEST.json", json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsLayersInOrder() {
    SampleManifest manifest =
        read(
            "{\"crs\":\"EPSG:4326\",\"generator\":\"g\",\"layers\":["
                + "{\"id\":\"zone\",\"title\":\"Zone\",\"titleZh\":\"范围\",\"group\":\"boundaries\","
                + "\"file\":\"zone.geojson\",\"schematic\":true,\"modelled\":false,\"extra\":1},"
                + "{\"id\":\"roads\",\"title\":\"Roads\",\"group\":\"roads\",\"file\":\"roads.geojson\"}]}");

    assertThat(manifest.layers())
        .extracting(SampleManifest.Layer::id)
        .containsExactly("zone", "roads");
    assertThat(manifest.layers().get(0).schematic()).isTrue();
    assertThat(manifest.layers().get(0).titleZh()).isEqualTo("范围");
  }

  @Test
  void rejectsDuplicateIdsMissingFilesAndOtherCrs() {
    String layer = "{\"id\":\"a\",\"title\":\"A\",\"group\":\"roads\",\"file\":\"a.geojson\"}";
    assertThatThrownBy(() -> read("{\"layers\":[" + layer + "," + layer + "]}"))
        .hasMessage("MANIFEST.json: layer #2 (id \"a\"): duplicate layer id");
    assertThatThrownBy(() -> read("{\"layers\":[{\"id\":\"a\",\"title\":\"A\",\"group\":\"g\"}]}"))
        .hasMessage("MANIFEST.json: layer #1 (id \"a\"): \"file\" is missing");
    assertThatThrownBy(() -> read("{\"crs\":\"EPSG:3857\",\"layers\":[" + layer + "]}"))
        .hasMessageContaining("crs is EPSG:3857");
    assertThatThrownBy(() -> read("{\"layers\":[]}")).hasMessage("MANIFEST.json: lists no layers");
  }
}
