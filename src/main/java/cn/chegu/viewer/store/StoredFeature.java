package cn.chegu.viewer.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * A feature as stored.
 *
 * @param layerId the layer it belongs to
 * @param id unique within the layer
 * @param geometry EPSG:4326 longitude/latitude
 * @param properties all properties with their JSON types (may contain null values)
 */
public record StoredFeature(
    String layerId, String id, Geometry geometry, Map<String, Object> properties) {

  public StoredFeature {
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** The {@code name_zh} property, or null. */
  public String nameZh() {
    return text("name_zh");
  }

  /** The {@code name_en} property, or null. */
  public String nameEn() {
    return text("name_en");
  }

  private String text(String key) {
    Object value = properties.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
