package cn.chegu.viewer.imports;

import cn.chegu.viewer.io.ReadOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the file's columns become the layer's properties, from the {@code mapping} parameter:
 *
 * <pre>{"columns": {"name_zh": "名称", "type": "类别", "capacity": "床位"},
 *  "values":  {"社区卫生服务站": "community_health_station"}}</pre>
 *
 * {@code columns} maps target property → source column (unmapped columns keep their names); {@code
 * values} maps a source value to the stored one — for every field, or per field when given as
 * {@code {"type": {"医院": "hospital"}}}. A top-level object without these keys is read as {@code
 * columns}. In a CSV/XLSX table, {@code columns} may name the coordinate columns: {@code {"lon":
 * "东经", "lat": "北纬"}} (or {@code x}/{@code y} for projected metres).
 */
record ColumnMapping(Map<String, String> columns, Map<String, Map<String, String>> values) {

  static final ColumnMapping NONE = new ColumnMapping(Map.of(), Map.of());
  private static final String ANY_FIELD = "*";
  private static final ObjectMapper JSON = new ObjectMapper();

  static ColumnMapping parse(String json) {
    if (json == null || json.isBlank()) {
      return NONE;
    }
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new InvalidImportRequestException("mapping: not valid JSON");
    }
    if (root == null || !root.isObject()) {
      throw new InvalidImportRequestException("mapping: must be a JSON object");
    }
    JsonNode cols = root.has("columns") || root.has("values") ? root.path("columns") : root;
    Map<String, String> columns = new LinkedHashMap<>();
    cols.fields()
        .forEachRemaining(
            e -> {
              if (!e.getValue().isTextual()) {
                throw new InvalidImportRequestException(
                    "mapping.columns." + e.getKey() + ": must be a column name");
              }
              columns.put(e.getKey(), e.getValue().asText());
            });
    Map<String, Map<String, String>> values = new HashMap<>();
    root.path("values")
        .fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().isObject()) {
                Map<String, String> m = new HashMap<>();
                e.getValue()
                    .fields()
                    .forEachRemaining(v -> m.put(v.getKey(), v.getValue().asText()));
                values.put(e.getKey(), m);
              } else {
                values
                    .computeIfAbsent(ANY_FIELD, k -> new HashMap<>())
                    .put(e.getKey(), e.getValue().asText());
              }
            });
    return new ColumnMapping(columns, values);
  }

  /**
   * The table columns {@code columns} names for the coordinates — target {@code lon}/{@code lng}/
   * {@code longitude}/{@code x} and {@code lat}/{@code latitude}/{@code y}, e.g. {@code {"lon":
   * "东经", "lat": "北纬"}} — or null when it names none.
   *
   * @throws InvalidImportRequestException when it names only one of the two
   */
  ReadOptions.CoordinateColumns coordinateColumns() {
    String x = first("lon", "lng", "longitude", "x");
    String y = first("lat", "latitude", "y");
    if (x == null && y == null) {
      return null;
    }
    if (x == null || y == null) {
      throw new InvalidImportRequestException(
          "mapping.columns: name both coordinate columns, e.g. {\"lon\": \"东经\", \"lat\": \"北纬\"}");
    }
    return new ReadOptions.CoordinateColumns(x, y);
  }

  private String first(String... targets) {
    for (String t : targets) {
      if (columns.containsKey(t)) {
        return columns.get(t);
      }
    }
    return null;
  }

  /** The file's properties renamed and translated. */
  Map<String, Object> apply(Map<String, Object> source) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, String> renamedFrom = new HashMap<>();
    columns.forEach((target, column) -> renamedFrom.put(column, target));
    for (Map.Entry<String, Object> e : source.entrySet()) {
      if (columns.containsKey(e.getKey()) && !renamedFrom.containsKey(e.getKey())) {
        continue; // a same-named column is replaced by the mapped one
      }
      String name = renamedFrom.getOrDefault(e.getKey(), e.getKey());
      out.put(name, translate(name, e.getValue()));
    }
    return out;
  }

  private Object translate(String field, Object value) {
    if (!(value instanceof String s)) {
      return value;
    }
    Map<String, String> own = values.get(field);
    if (own != null && own.containsKey(s)) {
      return own.get(s);
    }
    Map<String, String> any = values.get(ANY_FIELD);
    return any != null && any.containsKey(s) ? any.get(s) : value;
  }
}
