package cn.chegu.viewer.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GeoJSON the area tests write into their upload files: features, collections, properties. */
final class TestGeoJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TestGeoJson() {}

  /** A feature of {@code geometry} with {@code properties}. */
  static ObjectNode feature(ObjectNode geometry, Map<String, Object> properties) {
    ObjectNode f = JSON.createObjectNode().put("type", "Feature");
    f.set("geometry", geometry);
    f.set("properties", JSON.valueToTree(properties));
    return f;
  }

  /** A FeatureCollection of {@code features}, as bytes. */
  static byte[] collection(List<ObjectNode> features) throws Exception {
    ObjectNode fc = JSON.createObjectNode().put("type", "FeatureCollection");
    ArrayNode list = fc.putArray("features");
    features.forEach(list::add);
    return JSON.writeValueAsBytes(fc);
  }

  /** A FeatureCollection of {@code features}, as bytes. */
  static byte[] collection(ObjectNode... features) throws Exception {
    return collection(List.of(features));
  }

  /** Properties from key, value, key, value, … in that order. */
  static Map<String, Object> props(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
