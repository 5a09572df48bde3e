package cn.chegu.viewer.ogc;

import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.StoredFeature;
import java.util.List;

/**
 * The features of one geometry family of a layer that mixes families (transport: lines, stations,
 * port areas), in the layer's file order. Such layers are small plan layers, so a page is selected
 * in memory.
 */
record FamilyItems(FeatureStore store, String layerId, GeometryFamily family)
    implements ItemSource {

  @Override
  public List<StoredFeature> all() {
    return store.allFeatures(layerId).stream()
        .filter(f -> GeometryFamily.of(f.geometry().getGeometryType()).orElse(null) == family)
        .toList();
  }
}
