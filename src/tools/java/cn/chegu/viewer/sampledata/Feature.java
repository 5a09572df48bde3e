package cn.chegu.viewer.sampledata;

import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/** One feature of a layer: id, WGS84 geometry and ordered properties (the id is repeated there). */
record Feature(String id, Geometry geometry, Map<String, Object> properties) {

  /** Starts the contract properties in their canonical order. */
  static Map<String, Object> props(
      String id,
      String nameZh,
      String nameEn,
      String source,
      String planRef,
      int accuracyM,
      String status) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", id);
    p.put("name_zh", nameZh);
    p.put("name_en", nameEn);
    p.put("source", source);
    p.put("plan_ref", planRef);
    p.put("accuracy_m", accuracyM);
    p.put("status", status);
    return p;
  }

  /** A feature whose properties are {@code props} plus {@code extra} key/value pairs. */
  static Feature of(Geometry g, Map<String, Object> props, Object... extra) {
    for (int i = 0; i < extra.length; i += 2) {
      props.put((String) extra[i], extra[i + 1]);
    }
    return new Feature((String) props.get("id"), g, props);
  }
}
