package cn.chegu.viewer.io;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How OpenStreetMap tags become the roads layer's properties: {@code highway} → {@code class}
 * (motorway → expressway, trunk, primary, secondary; tertiary, unclassified, residential, service,
 * living_street → local; track, road → rural; footway, path, pedestrian, steps, cycleway → local
 * closed to motor traffic), {@code maxspeed} (km/h, "mph" converted) else the class default →
 * {@code speed_kmh}; {@code oneway} (yes/true/1, -1 reverses the way; motorways and roundabouts are
 * one-way unless tagged no); {@code foot} / {@code motor} access booleans from foot, access,
 * motor_vehicle, motorcar tags and the class (no walking on motorways). Amenities map to facility
 * types by {@link #facilityType}.
 */
public final class OsmRoads {

  /** Default speeds (km/h) per class, as in {@code network.RoadClass} (CJJ 37-2012 typical). */
  private static final Map<String, Integer> DEFAULT_SPEED =
      Map.of(
          "expressway", 80, "trunk", 60, "primary", 50, "secondary", 40, "local", 30, "rural", 30);

  private OsmRoads() {}

  /** The road's properties, or null when the way is not a road this application uses. */
  public static Map<String, Object> properties(Map<String, String> tags) {
    String highway = tags.get("highway");
    if (highway == null) {
      return null;
    }
    String h = highway.replace("_link", "");
    String roadClass;
    boolean motor = true;
    switch (h) {
      case "motorway" -> roadClass = "expressway";
      case "trunk" -> roadClass = "trunk";
      case "primary" -> roadClass = "primary";
      case "secondary" -> roadClass = "secondary";
      case "tertiary", "unclassified", "residential", "service", "living_street" ->
          roadClass = "local";
      case "track", "road" -> roadClass = "rural";
      case "footway", "path", "pedestrian", "steps", "cycleway", "bridleway" -> {
        roadClass = "local";
        motor = false;
      }
      default -> {
        return null; // construction, proposed, platform, corridor, ...
      }
    }
    boolean foot = !roadClass.equals("expressway");
    String access = lower(tags.get("access"));
    if ("no".equals(access) || "private".equals(access)) {
      foot = false;
      motor = false;
    }
    foot = yesNo(tags.get("foot"), foot);
    motor = yesNo(tags.get("motor_vehicle"), yesNo(tags.get("motorcar"), motor));
    String oneway = lower(tags.get("oneway"));
    boolean impliedOneway =
        roadClass.equals("expressway") || "roundabout".equals(lower(tags.get("junction")));
    boolean reverse = "-1".equals(oneway) || "reverse".equals(oneway);
    boolean isOneway = reverse || (oneway == null ? impliedOneway : oneway.matches("yes|true|1"));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name_zh", tags.getOrDefault("name:zh", tags.getOrDefault("name", "")));
    p.put("name_en", tags.getOrDefault("name:en", ""));
    p.put("source", "OpenStreetMap");
    p.put("status", "existing");
    p.put("class", roadClass);
    p.put("speed_kmh", speed(tags.get("maxspeed"), roadClass));
    p.put("oneway", isOneway);
    p.put("foot", foot);
    p.put("motor", motor);
    p.put("highway", highway);
    if (reverse) {
      p.put("reverse", true);
    }
    return p;
  }

  /** The facility type code of an OSM amenity/healthcare node, or null. */
  public static String facilityType(Map<String, String> tags) {
    String amenity = lower(tags.get("amenity"));
    if (amenity == null) {
      return lower(tags.get("leisure")) != null && "park".equals(lower(tags.get("leisure")))
          ? "park"
          : null;
    }
    return switch (amenity) {
      case "hospital" -> "hospital";
      case "clinic", "doctors" -> "community_health_station";
      case "kindergarten" -> "kindergarten";
      case "school" -> "primary_school";
      case "community_centre", "arts_centre", "library" -> "culture";
      default -> null;
    };
  }

  static double speed(String maxspeed, String roadClass) {
    if (maxspeed != null) {
      String m = maxspeed.trim().toLowerCase(Locale.ROOT);
      try {
        if (m.endsWith("mph")) {
          return Math.round(Double.parseDouble(m.replace("mph", "").trim()) * 1.609344);
        }
        return Double.parseDouble(m.replace("km/h", "").replace("kmh", "").trim());
      } catch (NumberFormatException e) {
        // "CN:urban", "signals", ... fall back to the class default
      }
    }
    return DEFAULT_SPEED.get(roadClass);
  }

  private static boolean yesNo(String value, boolean otherwise) {
    String v = lower(value);
    if (v == null) {
      return otherwise;
    }
    if (v.matches("no|private")) {
      return false;
    }
    if (v.matches("yes|designated|permissive|destination")) {
      return true;
    }
    return otherwise;
  }

  private static String lower(String v) {
    return v == null ? null : v.trim().toLowerCase(Locale.ROOT);
  }
}
