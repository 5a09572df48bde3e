package cn.chegu.viewer.imports;

import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.network.RoadClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a layer demands of an imported feature's properties, and how text from CSV/XLSX/DBF gets its
 * type. <b>facilities</b>: {@code type} required, a known facility type (its code, or its Chinese
 * name such as 社区卫生服务站); {@code status} one of existing, under_construction, planned (default
 * existing); {@code capacity} a whole number. <b>roads</b>: {@code class} required, a known road
 * class; {@code speed_kmh} a positive number (default: the class's design speed); {@code oneway},
 * {@code foot}, {@code motor} booleans. <b>population</b>: {@code residents} required, a whole
 * number ≥ 0 ({@code residents_2025} likewise when present). Numbers anywhere: {@code accuracy_m}.
 * Other layers take properties as they come.
 */
final class LayerRules {

  static final Set<String> STATUSES = Set.of("existing", "under_construction", "planned");
  private static final Set<String> WHOLE = Set.of("capacity", "residents", "residents_2025");
  private static final Set<String> DECIMAL = Set.of("accuracy_m", "speed_kmh");
  private static final Set<String> BOOLEAN = Set.of("oneway", "foot", "motor");

  private LayerRules() {}

  /** Types the known fields in place and returns the problems: field → message. */
  static List<String[]> check(String layer, Map<String, Object> p) {
    List<String[]> problems = new ArrayList<>();
    for (String f : WHOLE) {
      typed(p, f, true, problems);
    }
    for (String f : DECIMAL) {
      typed(p, f, false, problems);
    }
    for (String f : BOOLEAN) {
      bool(p, f, problems);
    }
    switch (layer) {
      case "facilities" -> facility(p, problems);
      case "roads" -> road(p, problems);
      case "population" -> {
        if (p.get("residents") == null) {
          problems.add(new String[] {"residents", "required: the number of residents"});
        }
      }
      default -> {}
    }
    return problems;
  }

  private static void facility(Map<String, Object> p, List<String[]> problems) {
    Object type = p.get("type");
    if (type == null || type.toString().isBlank()) {
      problems.add(
          new String[] {"type", "required: the facility type, e.g. community_health_station"});
    } else {
      String t = type.toString().trim();
      String code = null;
      for (FacilityType ft : FacilityType.values()) {
        if (ft.code().equalsIgnoreCase(t) || ft.nameZh().equals(t)) {
          code = ft.code();
        }
      }
      if (code == null) {
        problems.add(
            new String[] {
              "type",
              "unknown facility type '"
                  + t
                  + "'; known: "
                  + java.util.Arrays.stream(FacilityType.values()).map(FacilityType::code).toList()
                  + " (or map it with mapping.values)"
            });
      } else {
        p.put("type", code);
      }
    }
    Object status = p.get("status");
    if (status == null || status.toString().isBlank()) {
      p.put("status", "existing");
    } else if (!STATUSES.contains(status.toString().trim().toLowerCase(Locale.ROOT))) {
      problems.add(new String[] {"status", "unknown status '" + status + "'; known: " + STATUSES});
    } else {
      p.put("status", status.toString().trim().toLowerCase(Locale.ROOT));
    }
  }

  private static void road(Map<String, Object> p, List<String[]> problems) {
    Object c = p.get("class");
    RoadClass roadClass = null;
    if (c == null || c.toString().isBlank()) {
      problems.add(new String[] {"class", "required: the road class, e.g. primary"});
    } else {
      try {
        roadClass = RoadClass.fromCode(c.toString().trim().toLowerCase(Locale.ROOT));
        p.put("class", roadClass.code());
      } catch (IllegalArgumentException e) {
        problems.add(new String[] {"class", e.getMessage()});
      }
    }
    Object speed = p.get("speed_kmh");
    if (speed == null && roadClass != null) {
      p.put("speed_kmh", roadClass.defaultSpeedKmh());
    } else if (speed instanceof Number n && n.doubleValue() <= 0) {
      problems.add(new String[] {"speed_kmh", "must be positive, got " + n});
    }
    if (p.get("oneway") == null) {
      p.put("oneway", false);
    }
  }

  private static void typed(
      Map<String, Object> p, String field, boolean whole, List<String[]> problems) {
    Object v = p.get(field);
    if (v == null || v instanceof Number && (!whole || isWhole((Number) v))) {
      if (v instanceof Double d && whole) {
        p.put(field, d.longValue());
      }
      return;
    }
    String s = v.toString().trim();
    if (s.isEmpty()) {
      p.remove(field);
      return;
    }
    try {
      double d = Double.parseDouble(s);
      if (whole && d != Math.rint(d)) {
        problems.add(new String[] {field, "'" + s + "' is not a whole number"});
      } else if (whole) {
        p.put(field, (long) d);
      } else {
        p.put(field, d);
      }
    } catch (NumberFormatException e) {
      problems.add(new String[] {field, "'" + s + "' is not a number"});
    }
  }

  private static boolean isWhole(Number n) {
    return n.doubleValue() == Math.rint(n.doubleValue());
  }

  private static void bool(Map<String, Object> p, String field, List<String[]> problems) {
    Object v = p.get(field);
    if (v == null || v instanceof Boolean) {
      return;
    }
    String s = v.toString().trim().toLowerCase(Locale.ROOT);
    switch (s) {
      case "true", "t", "yes", "y", "1", "是" -> p.put(field, true);
      case "false", "f", "no", "n", "0", "否" -> p.put(field, false);
      case "" -> p.remove(field);
      default -> problems.add(new String[] {field, "'" + v + "' is not true/false"});
    }
  }
}
