package cn.chegu.viewer.analysis;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Overrides of the default service standards, per code, e.g. {@code
 * chegu.standards.overrides.emergency12.minutes=15} or the environment variable {@code
 * CHEGU_STANDARDS_OVERRIDES_HEALTH15_EUCLIDEANRADIUSMETERS=800}. Unset fields keep the default.
 */
@ConfigurationProperties("chegu.standards")
public record StandardsProperties(Map<String, Override> overrides) {

  public StandardsProperties {
    overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
  }

  /**
   * @param minutes the time limit
   * @param euclideanRadiusMeters the straight-line radius
   * @param types facility type codes served
   * @param accessSpeedKmh speed of the access leg (point to nearest usable road)
   * @param snapMaxMeters greatest access leg; farther points are not reached
   */
  public record Override(
      Double minutes,
      Double euclideanRadiusMeters,
      List<String> types,
      Double accessSpeedKmh,
      Double snapMaxMeters) {}
}
