package cn.chegu.viewer.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature as read from an import file, before validation.
 *
 * @param index 1-based position in the file (what messages call "feature 12")
 * @param id the file's id for it ({@code id} column, GeoJSON id, fid), or null
 * @param geometry in the file's CRS; null when the row has none
 * @param properties attribute values (String, Long, Double, Boolean or null), in column order
 * @param problem why the reader could not make a geometry (e.g. "lon: 'abc' is not a number"), or
 *     null
 */
public record SourceFeature(
    int index, String id, Geometry geometry, Map<String, Object> properties, String problem) {

  public SourceFeature(int index, String id, Geometry geometry, Map<String, Object> properties) {
    this(index, id, geometry, properties, null);
  }

  public SourceFeature {
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** "feature 12 (id fac-3)" or "feature 12". */
  public String label() {
    return "feature " + index + (id == null ? "" : " (id " + id + ")");
  }
}
