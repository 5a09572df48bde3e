package cn.chegu.viewer.network;

import java.util.EnumSet;
import java.util.Set;

/**
 * How edges are traversed, which edges may be used, and how an off-network point reaches them. The
 * travel rules, applied identically by every operation (coverage, point query, gaps, siting,
 * service areas):
 *
 * <ul>
 *   <li><b>Road classes:</b> an edge whose class is not in {@link #roadClasses()} costs {@code
 *       +Infinity} both ways and is never snapped to. Walkers never use expressways (ramps are
 *       digitised as expressway class); vehicles use every class.
 *   <li><b>One-way:</b> {@link Kind#WALK} ignores it; {@link Kind#DRIVE} and {@link Kind#AMBULANCE}
 *       drive a one-way edge only in its digitised direction. A stretch of the snapped edge the
 *       vehicle may not drive (against a one-way) is covered at the access speed, like the access
 *       leg, and counts with it against {@code snapMaxMeters}, so a point's time does not jump when
 *       it moves along the edge.
 *   <li><b>Speeds:</b> walk at {@code walkSpeedKmh} everywhere; drive at each edge's own speed;
 *       ambulance at edge speed × {@code speedFactor}. A dispatch delay belongs to the service
 *       standard (an initial cost of every source), not to the mode.
 *   <li><b>Access leg:</b> a point joins <em>every</em> edge usable by the mode within {@code
 *       snapMaxMeters} (its split points, {@link Attachment}) and its time is the least over them;
 *       with none that near, the point is off the network (unreachable, and as a source it reaches
 *       nothing). The straight leg from the point to a split point is charged at {@code
 *       accessSpeedKmh}: walked by pedestrians, driven (slowly, on unmapped estate roads) by
 *       vehicles. Joining every road, not the nearest, keeps times monotone: adding a road never
 *       takes an attachment away.
 * </ul>
 *
 * @param kind walk, drive or ambulance
 * @param walkSpeedKmh walking speed on roads, km/h (walk mode)
 * @param speedFactor multiplier on road speeds for drive modes (1 for plain driving)
 * @param roadClasses the road classes the mode may use
 * @param accessSpeedKmh speed of the access leg (point ↔ split point), km/h
 * @param snapMaxMeters greatest access-leg length; farther points are off the network
 */
public record TravelMode(
    Kind kind,
    double walkSpeedKmh,
    double speedFactor,
    Set<RoadClass> roadClasses,
    double accessSpeedKmh,
    double snapMaxMeters) {

  /** Kinds of travel. */
  public enum Kind {
    WALK,
    DRIVE,
    AMBULANCE
  }

  /**
   * Default walking speed: 4 km/h, i.e. 1000 m in 15 minutes, the equivalence GB 50180-2018
   * (城市居住区规划设计标准, Table 1.0.3 / §2.0.2) uses for its 15-minute life circle (walking distance
   * 800–1000 m). Older adults and children walk slower (≈ 3.6 km/h), commuters faster (≈ 4.5–5
   * km/h).
   */
  public static final double DEFAULT_WALK_SPEED_KMH = 4.0;

  /**
   * Default speed of a vehicle's access leg: 20 km/h, the lower bound of the CJJ 37-2012 design
   * speed of a local street (支路 20–40 km/h); the leg is an unmapped estate or compound road.
   */
  public static final double DEFAULT_DRIVE_ACCESS_SPEED_KMH = 20.0;

  /**
   * Default greatest access leg: 500 m. GB 50180-2018 §6.0.2 asks for urban roads at most 300 m
   * apart in residential areas, so a built-up point lies within ~150–250 m of a street; 500 m
   * leaves room for schematic data and large compounds while keeping a point in open country from
   * being attached to a far road.
   */
  public static final double DEFAULT_SNAP_MAX_METERS = 500.0;

  public TravelMode {
    if (kind == null) {
      throw new IllegalArgumentException("kind is required");
    }
    positive("walkSpeedKmh", walkSpeedKmh);
    positive("speedFactor", speedFactor);
    positive("accessSpeedKmh", accessSpeedKmh);
    positive("snapMaxMeters", snapMaxMeters);
    if (roadClasses == null || roadClasses.isEmpty()) {
      throw new IllegalArgumentException("at least one road class is required");
    }
    roadClasses = Set.copyOf(roadClasses);
  }

  /** A mode with the default road classes, access speed and snap distance of its kind. */
  public TravelMode(Kind kind, double walkSpeedKmh, double speedFactor) {
    this(
        kind,
        walkSpeedKmh,
        speedFactor,
        defaultRoadClasses(kind),
        kind == Kind.WALK ? walkSpeedKmh : DEFAULT_DRIVE_ACCESS_SPEED_KMH,
        DEFAULT_SNAP_MAX_METERS);
  }

  private static void positive(String name, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be positive, was " + v);
    }
  }

  /** Walkers: every class but expressways (and their ramps); vehicles: every class. */
  public static Set<RoadClass> defaultRoadClasses(Kind kind) {
    return kind == Kind.WALK
        ? EnumSet.complementOf(EnumSet.of(RoadClass.EXPRESSWAY))
        : EnumSet.allOf(RoadClass.class);
  }

  public static TravelMode walk(double walkSpeedKmh) {
    return new TravelMode(Kind.WALK, walkSpeedKmh, 1);
  }

  public static TravelMode drive() {
    return new TravelMode(Kind.DRIVE, DEFAULT_WALK_SPEED_KMH, 1);
  }

  /** Ambulance: road speeds times {@code speedFactor} (e.g. 1.0 = posted class speed). */
  public static TravelMode ambulance(double speedFactor) {
    return new TravelMode(Kind.AMBULANCE, DEFAULT_WALK_SPEED_KMH, speedFactor);
  }

  /** The same mode with another access rule. */
  public TravelMode withAccess(double newAccessSpeedKmh, double newSnapMaxMeters) {
    return new TravelMode(
        kind, walkSpeedKmh, speedFactor, roadClasses, newAccessSpeedKmh, newSnapMaxMeters);
  }

  /** True when one-way roads may only be used forwards. */
  public boolean respectsOneway() {
    return kind != Kind.WALK;
  }

  /** Whether the mode may use roads of this class. */
  public boolean allows(RoadClass roadClass) {
    return roadClasses.contains(roadClass);
  }

  /** Speed on a road whose own speed is {@code roadSpeedKmh}, km/h. */
  public double speedOnRoadKmh(double roadSpeedKmh) {
    return kind == Kind.WALK ? walkSpeedKmh : roadSpeedKmh * speedFactor;
  }

  /** Seconds for {@code meters} of access leg (connector). */
  public double connectorSeconds(double meters) {
    return meters / (accessSpeedKmh / 3.6);
  }
}
