package cn.chegu.viewer.facility;

import java.util.Objects;

/**
 * A public facility of the baseline plan or of a scenario.
 *
 * @param lon longitude, WGS84
 * @param lat latitude, WGS84
 * @param capacity beds or school places where it means something, else null
 * @param status existing / planned / under_construction
 * @param source provenance as in the data ({@code modelled}, {@code plan; reference point}, …);
 *     null when unknown
 */
public record Facility(
    String id,
    FacilityType type,
    String nameZh,
    String nameEn,
    double lon,
    double lat,
    Integer capacity,
    String status,
    String source) {
  public Facility {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
  }

  /** A facility of unknown provenance. */
  public Facility(
      String id,
      FacilityType type,
      String nameZh,
      String nameEn,
      double lon,
      double lat,
      Integer capacity,
      String status) {
    this(id, type, nameZh, nameEn, lon, lat, capacity, status, null);
  }

  /** Whether its position or attributes are modelled (its source says so), not surveyed. */
  public boolean modelled() {
    return source != null && source.contains("modelled");
  }

  /** The same facility at another position. */
  public Facility movedTo(double newLon, double newLat) {
    return new Facility(id, type, nameZh, nameEn, newLon, newLat, capacity, status, source);
  }
}
