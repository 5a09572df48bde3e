package cn.chegu.viewer.ogc;

import cn.chegu.viewer.store.StoredFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A property that may be filtered on by equality ({@code ?type=hospital}).
 *
 * @param type JSON Schema type: string, integer, number or boolean
 */
public record Queryable(String name, String type) {

  /**
   * The queryables of a collection: every property with a scalar value in any of its features, in
   * first-seen order, typed by its first non-null value (a property whose values are objects or
   * arrays is not queryable).
   */
  public static List<Queryable> of(List<StoredFeature> features) {
    Map<String, String> types = new LinkedHashMap<>();
    for (StoredFeature f : features) {
      for (Map.Entry<String, Object> e : f.properties().entrySet()) {
        if (e.getValue() != null && !types.containsKey(e.getKey())) {
          types.put(e.getKey(), typeOf(e.getValue()));
        }
      }
    }
    List<Queryable> out = new ArrayList<>();
    types.forEach((name, type) -> out.add(new Queryable(name, type)));
    return out.stream().filter(q -> q.type() != null).toList();
  }

  /** Whether a feature's value equals the filter text, compared by this queryable's type. */
  boolean matches(Object value, String text) {
    if (value == null) {
      return false;
    }
    return switch (type) {
      case "integer", "number" ->
          value instanceof Number n && n.doubleValue() == Double.parseDouble(text.trim());
      case "boolean" -> value.equals(Boolean.parseBoolean(text.trim()));
      default -> value.toString().equals(text);
    };
  }

  /** Checks that {@code text} is a value of this type; 400 otherwise. */
  void check(String text) {
    String t = text.trim();
    boolean ok =
        switch (type) {
          case "integer", "number" -> isNumber(t);
          case "boolean" -> t.equals("true") || t.equals("false");
          default -> true;
        };
    if (!ok) {
      throw OgcException.invalidParameter(
          name, "expected a value of type " + type + ", got '" + text + "'");
    }
  }

  private static boolean isNumber(String t) {
    try {
      return Double.isFinite(Double.parseDouble(t));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String typeOf(Object value) {
    if (value instanceof Integer || value instanceof Long) {
      return "integer";
    }
    if (value instanceof Number) {
      return "number";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    if (value instanceof Map || value instanceof List) {
      return null;
    }
    return "string";
  }
}
