package cn.chegu.viewer.facility;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A service standard ("circle"): which facility types serve a resident, how they travel, and within
 * how long. Plain immutable value; every number carries its source in {@link #sources()}.
 *
 * @param code API identifier, e.g. {@code health15}
 * @param nameZh Chinese name as in the plan
 * @param nameEn English name
 * @param types facility types that serve
 * @param rule {@link Rule#ANY_TYPE}: the nearest facility of any listed type counts; {@link
 *     Rule#EVERY_TYPE}: covered only when every listed type is within the time (the 15-minute life
 *     circle)
 * @param mode how residents (or ambulances) travel
 * @param time the time limit, including any dispatch delay
 * @param speedKmh walk modes: the walking speed on roads and connectors; drive modes: the average
 *     speed that converts the Euclidean radius into time (network times use road speeds × {@code
 *     roadSpeedFactor})
 * @param roadSpeedFactor drive modes: multiplier on road class speeds (1 = posted speed); walk: 1
 * @param dispatchDelay time before travel starts (ambulance: call to wheels rolling), may be zero
 * @param euclideanRadiusMeters radius of the straight-line circle the plan draws
 * @param sources source text per field name ({@code time}, {@code mode}, {@code speedKmh}, {@code
 *     dispatchDelay}, {@code euclideanRadiusMeters}, {@code types}, {@code accessSpeedKmh}, {@code
 *     snapMaxMeters}, …)
 * @param accessSpeedKmh speed of the access leg from a point (cell, facility) to its nearest usable
 *     road, km/h: walked by pedestrians, driven by vehicles
 * @param snapMaxMeters greatest access leg, metres: a point farther from any road usable by the
 *     mode is off the network (not reached)
 * @param sourcesZh the same sources in Chinese, per field name (a field without one shows its
 *     English source)
 */
public record ServiceStandard(
    String code,
    String nameZh,
    String nameEn,
    Set<FacilityType> types,
    Rule rule,
    Mode mode,
    Duration time,
    double speedKmh,
    double roadSpeedFactor,
    Duration dispatchDelay,
    double euclideanRadiusMeters,
    Map<String, String> sources,
    double accessSpeedKmh,
    double snapMaxMeters,
    Map<String, String> sourcesZh) {

  /** Default access leg of vehicles, km/h (CJJ 37-2012 local street design speed, lower bound). */
  public static final double DEFAULT_DRIVE_ACCESS_SPEED_KMH = 20.0;

  /** Default greatest access leg, metres (see {@code network.TravelMode}). */
  public static final double DEFAULT_SNAP_MAX_METERS = 500.0;

  /** How several facility types combine. */
  public enum Rule {
    ANY_TYPE,
    EVERY_TYPE
  }

  /** Travel mode of a standard. */
  public enum Mode {
    WALK,
    DRIVE,
    AMBULANCE
  }

  public ServiceStandard {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(time, "time");
    types = Set.copyOf(types);
    sources = Map.copyOf(sources);
    sourcesZh = sourcesZh == null ? Map.of() : Map.copyOf(sourcesZh);
    dispatchDelay = dispatchDelay == null ? Duration.ZERO : dispatchDelay;
    if (types.isEmpty()) {
      throw new IllegalArgumentException(code + ": at least one facility type is required");
    }
    if (time.isNegative() || time.isZero()) {
      throw new IllegalArgumentException(code + ": time must be positive, was " + time);
    }
    if (dispatchDelay.isNegative() || dispatchDelay.compareTo(time) > 0) {
      throw new IllegalArgumentException(
          code + ": dispatchDelay must be between 0 and the time, was " + dispatchDelay);
    }
    if (!(speedKmh > 0) || Double.isInfinite(speedKmh)) {
      throw new IllegalArgumentException(code + ": speedKmh must be positive, was " + speedKmh);
    }
    if (!(roadSpeedFactor > 0) || Double.isInfinite(roadSpeedFactor)) {
      throw new IllegalArgumentException(
          code + ": roadSpeedFactor must be positive, was " + roadSpeedFactor);
    }
    if (!(euclideanRadiusMeters > 0) || Double.isInfinite(euclideanRadiusMeters)) {
      throw new IllegalArgumentException(
          code + ": euclideanRadiusMeters must be positive, was " + euclideanRadiusMeters);
    }
    if (!(accessSpeedKmh > 0) || Double.isInfinite(accessSpeedKmh)) {
      throw new IllegalArgumentException(
          code + ": accessSpeedKmh must be positive, was " + accessSpeedKmh);
    }
    if (!(snapMaxMeters > 0) || Double.isInfinite(snapMaxMeters)) {
      throw new IllegalArgumentException(
          code + ": snapMaxMeters must be positive, was " + snapMaxMeters);
    }
  }

  /** A standard with the default access rule of its mode (walked at its speed, or driven). */
  public ServiceStandard(
      String code,
      String nameZh,
      String nameEn,
      Set<FacilityType> types,
      Rule rule,
      Mode mode,
      Duration time,
      double speedKmh,
      double roadSpeedFactor,
      Duration dispatchDelay,
      double euclideanRadiusMeters,
      Map<String, String> sources) {
    this(
        code,
        nameZh,
        nameEn,
        types,
        rule,
        mode,
        time,
        speedKmh,
        roadSpeedFactor,
        dispatchDelay,
        euclideanRadiusMeters,
        sources,
        mode == Mode.WALK ? speedKmh : DEFAULT_DRIVE_ACCESS_SPEED_KMH,
        DEFAULT_SNAP_MAX_METERS,
        Map.of());
  }

  /** A copy with its sources in Chinese. */
  public ServiceStandard withSourcesZh(Map<String, String> zh) {
    return new ServiceStandard(
        code,
        nameZh,
        nameEn,
        types,
        rule,
        mode,
        time,
        speedKmh,
        roadSpeedFactor,
        dispatchDelay,
        euclideanRadiusMeters,
        sources,
        accessSpeedKmh,
        snapMaxMeters,
        zh);
  }

  /** How a point reaches the network, in words (for the API and the README). */
  public String accessRule() {
    return "a point (a population cell's interior point — JTS InteriorPointArea, the centre of a whole"
        + " square cell and always inside a cell clipped by the zone boundary —, a facility, a"
        + " candidate site) joins every road its mode may use within "
        + Math.round(snapMaxMeters)
        + " m, by a straight access leg "
        + (mode == Mode.WALK ? "walked" : "driven")
        + " at "
        + Math.round(accessSpeedKmh * 10) / 10.0
        + " km/h, and takes the quickest (no road within "
        + Math.round(snapMaxMeters)
        + " m = not reached; so adding a road never lowers coverage)"
        + (mode == Mode.WALK
            ? ""
            : "; a stretch of the joined road against its one-way is covered at the access speed and"
                + " counts, with the access leg, against the "
                + Math.round(snapMaxMeters)
                + " m limit");
  }

  /** {@link #accessRule()} in Chinese planning terms, from the same numbers. */
  public String accessRuleZh() {
    long snap = Math.round(snapMaxMeters);
    return "一个点（人口网格的内点——JTS InteriorPointArea，整格时即格网中心，被区界裁切的网格也必落在格内——、"
        + "设施或候选址）以直线接入段连接其交通方式可用的、"
        + snap
        + " 米内的每一条道路，接入段按 "
        + Math.round(accessSpeedKmh * 10) / 10.0
        + " km/h "
        + (mode == Mode.WALK ? "步行" : "行驶")
        + "，取其中最快者（"
        + snap
        + " 米内无道路 = 不可达；因此新增道路不会降低覆盖率）"
        + (mode == Mode.WALK ? "" : "；所接道路上逆单行方向的一段按接入速度计，并与接入段一并计入 " + snap + " 米上限");
  }

  /** The time limit in (fractional) minutes. */
  public double minutes() {
    return time.toMillis() / 60_000.0;
  }

  /** A copy with another time limit (e.g. a configuration override or a band). */
  public ServiceStandard withTime(Duration newTime) {
    return new ServiceStandard(
        code,
        nameZh,
        nameEn,
        types,
        rule,
        mode,
        newTime,
        speedKmh,
        roadSpeedFactor,
        dispatchDelay,
        euclideanRadiusMeters,
        sources,
        accessSpeedKmh,
        snapMaxMeters,
        sourcesZh);
  }

  /** A copy serving other facility types. */
  public ServiceStandard withTypes(Set<FacilityType> newTypes) {
    return new ServiceStandard(
        code,
        nameZh,
        nameEn,
        newTypes,
        rule,
        mode,
        time,
        speedKmh,
        roadSpeedFactor,
        dispatchDelay,
        euclideanRadiusMeters,
        sources,
        accessSpeedKmh,
        snapMaxMeters,
        sourcesZh);
  }

  /** A copy with another Euclidean radius. */
  public ServiceStandard withEuclideanRadiusMeters(double meters) {
    return new ServiceStandard(
        code,
        nameZh,
        nameEn,
        types,
        rule,
        mode,
        time,
        speedKmh,
        roadSpeedFactor,
        dispatchDelay,
        meters,
        sources,
        accessSpeedKmh,
        snapMaxMeters,
        sourcesZh);
  }

  /** A copy with another access rule. */
  public ServiceStandard withAccess(double newAccessSpeedKmh, double newSnapMaxMeters) {
    return new ServiceStandard(
        code,
        nameZh,
        nameEn,
        types,
        rule,
        mode,
        time,
        speedKmh,
        roadSpeedFactor,
        dispatchDelay,
        euclideanRadiusMeters,
        sources,
        newAccessSpeedKmh,
        newSnapMaxMeters,
        sourcesZh);
  }
}
