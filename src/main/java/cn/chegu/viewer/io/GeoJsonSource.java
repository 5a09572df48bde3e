package cn.chegu.viewer.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Reads a GeoJSON FeatureCollection (RFC 7946, or the older form with a {@code crs} member naming
 * an EPSG code, which ogr2ogr writes for projected data), streaming: one feature's tree at a time,
 * counted against the import's {@link ReadLimits}. Geometry by JTS's GeoJSON reader.
 */
final class GeoJsonSource {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GeoJsonSource() {}

  static SourceLayer read(Path file, String fileName) {
    String type = null;
    Crs declared = null;
    boolean sawFeatures = false;
    List<SourceFeature> features = new ArrayList<>();
    GeoJsonReader reader = new GeoJsonReader();
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = JSON.getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidImportFileException(fileName + ": not a GeoJSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "type" -> {
            type = p.getValueAsString();
            p.skipChildren();
          }
          case "crs" -> declared = declaredCrs(JSON.readTree(p));
          case "features" -> {
            if (value != JsonToken.START_ARRAY) {
              throw new InvalidImportFileException(fileName + ": \"features\" is not an array");
            }
            sawFeatures = true;
            // one feature at a time: memory follows the features kept, not the file's text
            while (p.nextToken() != JsonToken.END_ARRAY) {
              JsonNode f = JSON.readTree(p);
              features.add(feature(f, features.size() + 1, reader, fileName));
            }
          }
          default -> p.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new InvalidImportFileException(fileName + ": not readable JSON: " + firstLine(e));
    }
    if (!"FeatureCollection".equals(type)) {
      throw new InvalidImportFileException(
          fileName + ": not a GeoJSON FeatureCollection (no \"type\": \"FeatureCollection\")");
    }
    if (!sawFeatures) {
      throw new InvalidImportFileException(fileName + ": \"features\" is not an array");
    }
    return new SourceLayer(fileName, "GeoJSON", declared, features, List.of());
  }

  private static Crs declaredCrs(JsonNode crs) {
    JsonNode crsName = crs.path("properties").path("name");
    if (!crsName.isTextual()) {
      return null;
    }
    String n = crsName.asText();
    return n.endsWith("CRS84") ? Crs.WGS84 : Crs.parse(n.replaceAll(".*[:]", ""));
  }

  private static SourceFeature feature(
      JsonNode f, int index, GeoJsonReader reader, String fileName) {
    Map<String, Object> properties = new LinkedHashMap<>();
    if (f.path("properties").isObject()) {
      f.path("properties")
          .fields()
          .forEachRemaining(e -> properties.put(e.getKey(), JsonScalars.of(e.getValue())));
    }
    String id = f.hasNonNull("id") ? f.get("id").asText() : null;
    Geometry geometry = null;
    JsonNode g = f.path("geometry");
    if (g.isObject()) {
      try {
        geometry = reader.read(g.toString());
      } catch (ParseException | RuntimeException e) {
        throw new InvalidImportFileException(
            fileName + ": feature " + index + ": unreadable geometry: " + e.getMessage());
      }
    }
    ReadLimits.feature(geometry);
    return new SourceFeature(index, id, geometry, properties);
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
