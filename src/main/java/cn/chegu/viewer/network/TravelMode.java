package cn.chegu.viewer.network;

/**
 * How edges are traversed and what they cost.
 *
 * <ul>
 *   <li>{@link Kind#WALK}: every edge at {@code walkSpeedKmh}, both directions (one-way ignored).
 *   <li>{@link Kind#DRIVE}: each edge at its own speed, one-way respected.
 *   <li>{@link Kind#AMBULANCE}: drive speeds times {@code speedFactor}, one-way respected; a
 *       dispatch delay is not part of the mode but of the service standard (an initial cost of
 *       every source).
 * </ul>
 *
 * Connectors (point to network) are always walked at {@code walkSpeedKmh}.
 *
 * @param kind walk, drive or ambulance
 * @param walkSpeedKmh walking speed, km/h; also the connector speed of every mode
 * @param speedFactor multiplier on road speeds for drive modes (1 for plain driving)
 */
public record TravelMode(Kind kind, double walkSpeedKmh, double speedFactor) {

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

  public TravelMode {
    if (kind == null) {
      throw new IllegalArgumentException("kind is required");
    }
    if (!(walkSpeedKmh > 0) || Double.isInfinite(walkSpeedKmh)) {
      throw new IllegalArgumentException("walkSpeedKmh must be positive, was " + walkSpeedKmh);
    }
    if (!(speedFactor > 0) || Double.isInfinite(speedFactor)) {
      throw new IllegalArgumentException("speedFactor must be positive, was " + speedFactor);
    }
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

  /** True when one-way roads may only be used forwards. */
  public boolean respectsOneway() {
    return kind != Kind.WALK;
  }

  /** Speed on a road whose own speed is {@code roadSpeedKmh}, km/h. */
  public double speedOnRoadKmh(double roadSpeedKmh) {
    return kind == Kind.WALK ? walkSpeedKmh : roadSpeedKmh * speedFactor;
  }

  /** Seconds to walk {@code meters} of connector. */
  public double connectorSeconds(double meters) {
    return meters / (walkSpeedKmh / 3.6);
  }
}
