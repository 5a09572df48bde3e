package cn.chegu.viewer.web;

import cn.chegu.viewer.store.StoredFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * Writes stored features as a GeoJSON FeatureCollection tree. Geometry by JTS's {@link
 * GeoJsonWriter}; properties through a plain {@link ObjectMapper}, so every property keeps its JSON
 * type and null values stay (the application's non-null inclusion does not apply to tree nodes).
 */
final class GeoJsonFeatures {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GeoJsonFeatures() {}

  static ObjectNode collection(List<StoredFeature> features) {
    ObjectNode collection = JSON.createObjectNode();
    collection.put("type", "FeatureCollection");
    ArrayNode array = collection.putArray("features");
    for (StoredFeature feature : features) {
      ObjectNode node = array.addObject();
      node.put("type", "Feature");
      node.put("id", feature.id());
      node.set("geometry", geometry(feature.geometry()));
      node.set("properties", JSON.valueToTree(feature.properties()));
    }
    return collection;
  }

  /** A geometry as a GeoJSON tree (RFC 7946: exterior rings counter-clockwise, holes clockwise). */
  static JsonNode geometry(Geometry g) {
    GeoJsonWriter writer = new GeoJsonWriter();
    writer.setEncodeCRS(false);
    writer.setForceCCW(true);
    try {
      return JSON.readTree(writer.write(g));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "GeoJsonWriter wrote invalid JSON for " + g.getGeometryType(), e);
    }
  }
}
