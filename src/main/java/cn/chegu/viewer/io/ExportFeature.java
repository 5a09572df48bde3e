package cn.chegu.viewer.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One row of an export: a geometry (already in the export CRS; null for a plain table row) and
 * scalar values (String, Number, Boolean or null), in column order.
 */
public record ExportFeature(Geometry geometry, Map<String, Object> values) {
  public ExportFeature {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
