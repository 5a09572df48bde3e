package cn.chegu.viewer.store;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Envelope;

/** Computes what {@link LayerInfo} reports about a layer's features: type and extent. */
final class LayerSummary {

  private LayerSummary() {}

  /**
   * The common OGC type: "Polygon" when all are polygons; "MultiPolygon" when polygons and
   * multipolygons mix; "Geometry" when dimensions mix (e.g. transport's lines and points) or there
   * are no features.
   */
  static String geometryType(List<StoredFeature> features) {
    Set<String> types = new TreeSet<>();
    for (StoredFeature feature : features) {
      types.add(feature.geometry().getGeometryType());
    }
    if (types.isEmpty()) {
      return "Geometry";
    }
    if (types.size() == 1) {
      return types.iterator().next();
    }
    Set<String> base = new TreeSet<>();
    for (String type : types) {
      base.add(type.startsWith("Multi") ? type.substring("Multi".length()) : type);
    }
    return base.size() == 1 ? "Multi" + base.iterator().next() : "Geometry";
  }

  /** The bounding box of all features, or null for none. */
  static Envelope extent(List<StoredFeature> features) {
    if (features.isEmpty()) {
      return null;
    }
    Envelope extent = new Envelope();
    for (StoredFeature feature : features) {
      extent.expandToInclude(feature.geometry().getEnvelopeInternal());
    }
    return extent;
  }
}
