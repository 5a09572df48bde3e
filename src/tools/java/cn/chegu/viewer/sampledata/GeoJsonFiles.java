package cn.chegu.viewer.sampledata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * Serialises layers as GeoJSON FeatureCollections: one feature per line (readable diffs),
 * coordinates rounded to 6 decimals, properties in insertion order, so output is byte-stable.
 */
final class GeoJsonFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GeoJsonFiles() {}

  static String featureCollection(List<Feature> features) {
    GeoJsonWriter writer = new GeoJsonWriter(6);
    writer.setEncodeCRS(false);
    StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
    try {
      for (int i = 0; i < features.size(); i++) {
        Feature f = features.get(i);
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "Feature");
        node.put("id", f.id());
        node.set("geometry", JSON.readTree(writer.write(Geo.round(f.geometry()))));
        node.set("properties", JSON.valueToTree(f.properties()));
        out.append(JSON.writeValueAsString(node)).append(i + 1 < features.size() ? ",\n" : "\n");
      }
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return out.append("]}\n").toString();
  }

  static String json(Object value) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One manifest entry in the contract's key order. */
  static Map<String, Object> manifestLayer(
      String id,
      String title,
      String titleZh,
      String group,
      String origin,
      boolean schematic,
      boolean modelled,
      String notes) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("id", id);
    m.put("title", title);
    m.put("titleZh", titleZh);
    m.put("group", group);
    m.put("file", id + ".geojson");
    m.put("origin", origin);
    m.put("licence", "CC0-1.0 (schematic drawing and model output are our own work)");
    m.put("schematic", schematic);
    m.put("modelled", modelled);
    m.put("notes", notes);
    return m;
  }
}
