package cn.chegu.viewer.wfs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The key-value parameters of a WFS request; names are case-insensitive (WFS 2.0 §6.2.5), values
 * are not. WFS 1.1 spellings a 2.0 server meets in the wild ({@code TYPENAME}, {@code MAXFEATURES})
 * are read as their 2.0 names.
 */
public final class WfsRequest {

  private final Map<String, String> params = new TreeMap<>();

  public WfsRequest(Map<String, String> raw) {
    raw.forEach((k, v) -> params.put(k.toUpperCase(Locale.ROOT), v));
  }

  /** The value, or null when absent or blank. */
  public String get(String name) {
    String v = params.get(name.toUpperCase(Locale.ROOT));
    return v == null || v.isBlank() ? null : v.trim();
  }

  /** The value of the first name present. */
  String first(String... names) {
    for (String n : names) {
      if (get(n) != null) {
        return get(n);
      }
    }
    return null;
  }

  /**
   * The value.
   *
   * @throws WfsException MissingParameterValue when absent
   */
  String required(String name) {
    String v = get(name);
    if (v == null) {
      throw WfsException.missing(name);
    }
    return v;
  }

  /** The type names listed in {@code TYPENAMES} (or {@code TYPENAME}), as collection ids. */
  List<String> typeNames() {
    String v = first("TYPENAMES", "TYPENAME");
    List<String> out = new ArrayList<>();
    if (v != null) {
      for (String part : v.replace("(", "").replace(")", "").split(",")) {
        if (!part.isBlank()) {
          out.add(WfsNames.collectionId(part));
        }
      }
    }
    return out;
  }

  /** A non-negative whole number, or {@code fallback} when absent. */
  int whole(String name, int fallback, String... aliases) {
    String v = get(name);
    for (int i = 0; v == null && i < aliases.length; i++) {
      v = get(aliases[i]);
    }
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < 0) {
        throw WfsException.invalid(name, "must not be negative, got " + v);
      }
      return n;
    } catch (NumberFormatException e) {
      throw WfsException.invalid(name, "'" + v + "' is not a whole number");
    }
  }
}
