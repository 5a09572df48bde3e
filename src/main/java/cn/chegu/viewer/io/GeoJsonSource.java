package cn.chegu.viewer.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
 * an EPSG code, which ogr2ogr writes for projected data). Geometry by JTS's GeoJSON reader.
 */
final class GeoJsonSource {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GeoJsonSource() {}

  static SourceLayer read(Path file, String fileName) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.newInputStream(file));
    } catch (IOException e) {
      throw new InvalidImportFileException(fileName + ": not readable JSON: " + firstLine(e));
    }
    if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
      throw new InvalidImportFileException(
          fileName + ": not a GeoJSON FeatureCollection (no \"type\": \"FeatureCollection\")");
    }
    JsonNode array = root.path("features");
    if (!array.isArray()) {
      throw new InvalidImportFileException(fileName + ": \"features\" is not an array");
    }
    Crs declared = null;
    JsonNode crsName = root.path("crs").path("properties").path("name");
    if (crsName.isTextual()) {
      String n = crsName.asText();
      declared = n.endsWith("CRS84") ? Crs.WGS84 : Crs.parse(n.replaceAll(".*[:]", ""));
    }
    GeoJsonReader reader = new GeoJsonReader();
    List<SourceFeature> features = new ArrayList<>();
    int index = 0;
    for (JsonNode f : array) {
      index++;
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
      features.add(new SourceFeature(index, id, geometry, properties));
    }
    return new SourceLayer(fileName, "GeoJSON", declared, features, List.of());
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
