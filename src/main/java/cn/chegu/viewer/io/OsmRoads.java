package cn.chegu.viewer.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How OpenStreetMap tags become the roads layer's properties. {@code highway} → {@code class} and
 * who may use the road by {@link #HIGHWAYS} (the table README's import section reproduces; a test
 * compares them): motorways and trunk roads with their links carry no walkers, footway, path,
 * steps, pedestrian, cycleway and bridleway no motor vehicles; any other {@code highway} value
 * (platform, construction, proposed, corridor, …) is not a road and is counted as skipped by the
 * reader, never dropped silently. {@code maxspeed} (km/h, "mph" converted) else the class default →
 * {@code speed_kmh}; {@code oneway} (yes/true/1, -1 reverses the way; motorways and roundabouts are
 * one-way unless tagged no). Access tags narrow the table's answer: {@code access=no|private}
 * closes the road to both, then {@code foot=*} decides walking and {@code motor_vehicle=*} (else
 * {@code motorcar=*}) driving — {@code no|private} closes, {@code
 * yes|designated|permissive|destination} opens. The routing ({@code network.RoadGraph}) keeps
 * walkers off roads with {@code foot=false} and vehicles off roads with {@code motor=false}.
 * Amenities map to facility types by {@link #facilityType}.
 */
public final class OsmRoads {

  /**
   * What a {@code highway} value becomes.
   *
   * @param roadClass the roads layer's {@code class}
   * @param foot walkers may use it unless tags say otherwise
   * @param motor motor vehicles may use it unless tags say otherwise
   */
  public record HighwayRule(String roadClass, boolean foot, boolean motor) {}

  /** The highway → class table, in the order README lists it; other values are skipped. */
  public static final Map<String, HighwayRule> HIGHWAYS = highways();

  /** Default speeds (km/h) per class, as in {@code network.RoadClass} (CJJ 37-2012 typical). */
  private static final Map<String, Integer> DEFAULT_SPEED =
      Map.of(
          "expressway", 80, "trunk", 60, "primary", 50, "secondary", 40, "local", 30, "rural", 30);

  private OsmRoads() {}

  private static Map<String, HighwayRule> highways() {
    Map<String, HighwayRule> t = new LinkedHashMap<>();
    for (String h : List.of("motorway", "motorway_link")) {
      t.put(h, new HighwayRule("expressway", false, true));
    }
    for (String h : List.of("trunk", "trunk_link")) {
      t.put(h, new HighwayRule("trunk", false, true));
    }
    for (String h : List.of("primary", "primary_link")) {
      t.put(h, new HighwayRule("primary", true, true));
    }
    for (String h : List.of("secondary", "secondary_link")) {
      t.put(h, new HighwayRule("secondary", true, true));
    }
    for (String h :
        List.of(
            "tertiary",
            "tertiary_link",
            "unclassified",
            "residential",
            "service",
            "living_street")) {
      t.put(h, new HighwayRule("local", true, true));
    }
    for (String h : List.of("track", "road")) {
      t.put(h, new HighwayRule("rural", true, true));
    }
    for (String h : List.of("footway", "path", "steps", "pedestrian", "cycleway", "bridleway")) {
      t.put(h, new HighwayRule("local", true, false));
    }
    return Collections.unmodifiableMap(t);
  }

  /**
   * Why a way is not imported as a road: {@code highway=<value>} for a value not in {@link
   * #HIGHWAYS}; null when it is a road (or carries no {@code highway} at all).
   */
  public static String skipReason(Map<String, String> tags) {
    String highway = tags.get("highway");
    return highway == null || HIGHWAYS.containsKey(highway) ? null : "highway=" + highway;
  }

  /** The road's properties, or null when the way is not a road this application uses. */
  public static Map<String, Object> properties(Map<String, String> tags) {
    String highway = tags.get("highway");
    HighwayRule rule = highway == null ? null : HIGHWAYS.get(highway);
    if (rule == null) {
      return null;
    }
    String roadClass = rule.roadClass();
    boolean foot = rule.foot();
    boolean motor = rule.motor();
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
