package cn.chegu.viewer.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads one layer file — a GeoJSON FeatureCollection in EPSG:4326 — and validates every feature:
 * the id is present (top-level {@code id}, or {@code properties.id}; both equal when both given)
 * and unique in the file; the geometry is present, non-empty, OGC-valid, with finite coordinates
 * within longitude −180..180 and latitude −90..90. The first problem aborts the read with an {@link
 * InvalidGisDataException} naming the file and the feature.
 *
 * <p>Geometries are parsed by JTS's {@link GeoJsonReader}, properties by Jackson so that numbers,
 * booleans and nulls keep their JSON types.
 */
public final class GeoJsonLayerReader {

  /** SRID of every geometry read (WGS84 longitude/latitude). */
  public static final int SRID = 4326;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, Object>> PROPERTIES =
      new TypeReference<>() {};

  private final GeometryFactory geometryFactory = new GeometryFactory(new PrecisionModel(), SRID);

  /**
   * @param fileName named in error messages
   * @param json the file's bytes (UTF-8)
   * @return the features in file order
   */
  public List<GeoJsonFeature> read(String fileName, byte[] json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new InvalidGisDataException(
          fileName, "not valid JSON " + at(e) + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new InvalidGisDataException(fileName, "cannot be read: " + e.getMessage(), e);
    }
    if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
      throw new InvalidGisDataException(fileName, "not a GeoJSON FeatureCollection");
    }
    JsonNode features = root.get("features");
    if (features == null || !features.isArray()) {
      throw new InvalidGisDataException(fileName, "\"features\" is not an array");
    }
    List<GeoJsonFeature> result = new ArrayList<>(features.size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < features.size(); i++) {
      GeoJsonFeature feature = readFeature(fileName, i, features.get(i));
      if (!ids.add(feature.id())) {
        throw new InvalidGisDataException(
            fileName, describe(i, feature.id()) + ": duplicate id within the layer");
      }
      result.add(feature);
    }
    return result;
  }

  /** Where a parse error is, by byte offset (and line:column), so a truncated file is found. */
  private static String at(JacksonException e) {
    com.fasterxml.jackson.core.JsonLocation l = e.getLocation();
    if (l == null) {
      return "(position unknown)";
    }
    long offset = l.getByteOffset() >= 0 ? l.getByteOffset() : l.getCharOffset();
    return "at byte offset "
        + offset
        + " (line "
        + l.getLineNr()
        + ", column "
        + l.getColumnNr()
        + ")";
  }

  private GeoJsonFeature readFeature(String fileName, int index, JsonNode node) {
    if (node == null || !node.isObject() || !"Feature".equals(node.path("type").asText())) {
      throw new InvalidGisDataException(fileName, describe(index, null) + ": not a Feature");
    }
    JsonNode propertiesNode = node.get("properties");
    if (propertiesNode != null && !propertiesNode.isNull() && !propertiesNode.isObject()) {
      throw new InvalidGisDataException(
          fileName, describe(index, null) + ": \"properties\" is not an object");
    }
    Map<String, Object> properties =
        propertiesNode == null || propertiesNode.isNull()
            ? new LinkedHashMap<>()
            : JSON.convertValue(propertiesNode, PROPERTIES);
    String id = readId(fileName, index, node.get("id"), properties.get("id"));
    properties.put("id", id);
    Geometry geometry = readGeometry(fileName, describe(index, id), node.get("geometry"));
    return new GeoJsonFeature(id, geometry, properties);
  }

  private static String readId(String fileName, int index, JsonNode topLevel, Object inProps) {
    String top = topLevel == null || topLevel.isNull() ? null : topLevel.asText();
    String prop = inProps == null ? null : String.valueOf(inProps);
    if (top != null && topLevel.isContainerNode()) {
      throw new InvalidGisDataException(
          fileName, describe(index, null) + ": \"id\" must be a string");
    }
    if (top != null && prop != null && !top.equals(prop)) {
      throw new InvalidGisDataException(
          fileName,
          describe(index, top) + ": properties.id \"" + prop + "\" differs from the feature id");
    }
    String id = top != null ? top : prop;
    if (id == null || id.isBlank()) {
      throw new InvalidGisDataException(fileName, describe(index, null) + ": id is missing");
    }
    return id;
  }

  private Geometry readGeometry(String fileName, String where, JsonNode node) {
    if (node == null || node.isNull()) {
      throw new InvalidGisDataException(fileName, where + ": geometry is missing");
    }
    Geometry geometry;
    try {
      geometry = new GeoJsonReader(geometryFactory).read(node.toString());
    } catch (ParseException | RuntimeException e) {
      throw new InvalidGisDataException(
          fileName, where + ": geometry cannot be parsed: " + e.getMessage(), e);
    }
    if (geometry == null || geometry.isEmpty()) {
      throw new InvalidGisDataException(fileName, where + ": geometry is empty");
    }
    for (Coordinate c : geometry.getCoordinates()) {
      if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
        throw new InvalidGisDataException(
            fileName, where + ": coordinate is not a finite number: " + c);
      }
      if (c.x < -180 || c.x > 180 || c.y < -90 || c.y > 90) {
        throw new InvalidGisDataException(
            fileName,
            where + ": coordinate (" + c.x + " " + c.y + ") is outside longitude/latitude range");
      }
    }
    TopologyValidationError error = new IsValidOp(geometry).getValidationError();
    if (error != null) {
      throw new InvalidGisDataException(fileName, where + ": geometry is not valid: " + error);
    }
    geometry.setSRID(SRID);
    return geometry;
  }

  private static String describe(int index, String id) {
    return "feature #" + (index + 1) + (id == null ? "" : " (id \"" + id + "\")");
  }
}
