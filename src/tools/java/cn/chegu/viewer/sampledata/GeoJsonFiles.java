package cn.chegu.viewer.sampledata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * Reads and writes layers as GeoJSON FeatureCollections: one feature per line (readable diffs),
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

  /**
   * Reads a FeatureCollection file: every feature's id, geometry (lon/lat) and properties in file
   * order. Numbers stay integers or decimals as written, so writing a feature back gives the same
   * text. The id is the feature's {@code id} or else {@code properties.id}; it is put first into
   * the properties when they lack it (as after a save in QGIS).
   */
  static List<Feature> read(Path file) {
    try {
      JsonNode fc = JSON.readTree(file.toFile());
      GeoJsonReader reader = new GeoJsonReader(Geo.GF);
      List<Feature> out = new ArrayList<>();
      for (JsonNode f : fc.path("features")) {
        Map<String, Object> props =
            JSON.convertValue(
                f.get("properties"), new TypeReference<LinkedHashMap<String, Object>>() {});
        String id = f.hasNonNull("id") ? f.get("id").asText() : (String) props.get("id");
        if (id == null) {
          throw new IllegalArgumentException(file + ": a feature has no id");
        }
        if (!props.containsKey("id")) {
          // QGIS keeps the id as the feature's id only; the contract repeats it, first
          Map<String, Object> withId = new LinkedHashMap<>();
          withId.put("id", id);
          withId.putAll(props);
          props = withId;
        }
        out.add(new Feature(id, reader.read(JSON.writeValueAsString(f.get("geometry"))), props));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    } catch (ParseException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }
}
