package cn.chegu.viewer.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One validated feature of a layer file.
 *
 * @param id the feature id, unique within its layer (also present in {@code properties} as "id")
 * @param geometry valid, non-empty, in EPSG:4326 longitude/latitude (SRID 4326)
 * @param properties all GeoJSON properties with their JSON types (String, Integer/Long, Double,
 *     Boolean, null, List, Map), in file order
 */
public record GeoJsonFeature(String id, Geometry geometry, Map<String, Object> properties) {
  public GeoJsonFeature {
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }
}
