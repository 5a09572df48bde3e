package cn.chegu.viewer.store;

import org.locationtech.jts.geom.Envelope;

/**
 * A stored layer with its summary.
 *
 * @param definition what the manifest says
 * @param geometryType the features' common OGC type ("Polygon"); the Multi type when single and
 *     multi parts of one dimension mix; "Geometry" when dimensions mix or the layer is empty
 * @param count number of features
 * @param extent bounding box in longitude/latitude; null when the layer is empty
 */
public record LayerInfo(
    LayerDefinition definition, String geometryType, int count, Envelope extent) {

  public String id() {
    return definition.id();
  }
}
