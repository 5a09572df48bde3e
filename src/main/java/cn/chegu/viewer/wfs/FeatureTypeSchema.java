package cn.chegu.viewer.wfs;

import cn.chegu.viewer.ogc.OgcCollection;
import cn.chegu.viewer.store.StoredFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema of a feature type: its geometry type and its properties with XML Schema types, in
 * first-seen order. A property is typed by all its non-null values: all whole numbers → {@code
 * xs:long}, all numbers → {@code xs:double}, all booleans → {@code xs:boolean}, anything else
 * (text, mixed, objects and lists written as JSON) → {@code xs:string}. Property names that are not
 * XML names are left out (the sample has none).
 *
 * @param collection the collection described
 * @param properties property name → XML Schema type ({@code xs:long}, …)
 */
public record FeatureTypeSchema(OgcCollection collection, Map<String, String> properties) {

  /** The name of the geometry property. */
  public static final String GEOMETRY = "geometry";

  public FeatureTypeSchema {
    properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** The schema of a collection from its features. */
  public static FeatureTypeSchema of(OgcCollection collection, List<StoredFeature> features) {
    Map<String, String> types = new LinkedHashMap<>();
    for (StoredFeature f : features) {
      for (Map.Entry<String, Object> e : f.properties().entrySet()) {
        String name = e.getKey();
        if (name.equals(GEOMETRY) || !WfsNames.isNcName(name)) {
          continue;
        }
        String type = typeOf(e.getValue());
        types.put(name, wider(types.get(name), type));
      }
    }
    types.replaceAll((k, v) -> v == null ? "xs:string" : v);
    return new FeatureTypeSchema(collection, types);
  }

  /** The GML property type of the geometry, e.g. {@code gml:MultiSurfacePropertyType}. */
  public String geometryPropertyType() {
    return switch (collection.geometryType()) {
      case "Point" -> "gml:PointPropertyType";
      case "MultiPoint" -> "gml:MultiPointPropertyType";
      case "LineString" -> "gml:CurvePropertyType";
      case "MultiLineString" -> "gml:MultiCurvePropertyType";
      case "Polygon" -> "gml:SurfacePropertyType";
      case "MultiPolygon" -> "gml:MultiSurfacePropertyType";
      default -> "gml:GeometryPropertyType";
    };
  }

  /** null for a null value: it says nothing about the type. */
  private static String typeOf(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short) {
      return "xs:long";
    }
    if (v instanceof Number) {
      return "xs:double";
    }
    if (v instanceof Boolean) {
      return "xs:boolean";
    }
    return "xs:string";
  }

  private static String wider(String a, String b) {
    if (a == null) {
      return b;
    }
    if (b == null || a.equals(b)) {
      return a;
    }
    boolean numbers =
        (a.equals("xs:long") || a.equals("xs:double"))
            && (b.equals("xs:long") || b.equals("xs:double"));
    return numbers ? "xs:double" : "xs:string";
  }
}
