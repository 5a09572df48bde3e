package cn.chegu.viewer.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The columns of an export and each one's type, taken from the values (all rows). */
final class ExportColumns {

  enum Type {
    INTEGER,
    REAL,
    BOOLEAN,
    TEXT
  }

  private ExportColumns() {}

  static Map<String, Type> of(List<ExportFeature> rows) {
    Map<String, Type> types = new LinkedHashMap<>();
    for (ExportFeature row : rows) {
      for (Map.Entry<String, Object> e : row.values().entrySet()) {
        Type t = typeOf(e.getValue());
        types.merge(
            e.getKey(), t == null ? Type.INTEGER : t, (a, b) -> t == null ? a : widen(a, b));
      }
    }
    // columns that were null everywhere default to text
    Map<String, Type> out = new LinkedHashMap<>();
    for (Map.Entry<String, Type> e : types.entrySet()) {
      boolean anyValue = rows.stream().anyMatch(r -> r.values().get(e.getKey()) != null);
      out.put(e.getKey(), anyValue ? e.getValue() : Type.TEXT);
    }
    return out;
  }

  private static Type typeOf(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Long || v instanceof Integer || v instanceof Short) {
      return Type.INTEGER;
    }
    if (v instanceof Number) {
      return Type.REAL;
    }
    if (v instanceof Boolean) {
      return Type.BOOLEAN;
    }
    return Type.TEXT;
  }

  private static Type widen(Type a, Type b) {
    if (a == b) {
      return a;
    }
    if ((a == Type.INTEGER && b == Type.REAL) || (a == Type.REAL && b == Type.INTEGER)) {
      return Type.REAL;
    }
    return Type.TEXT;
  }
}
