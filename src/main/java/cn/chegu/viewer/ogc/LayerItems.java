package cn.chegu.viewer.ogc;

import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.StoredFeature;
import java.util.List;

/**
 * A layer's items from the store. A page without property filters is one indexed query ({@code
 * LIMIT/OFFSET} in file order) plus a count, so a client paging through 10,000 features ten at a
 * time (GDAL's default page) reads each feature once; with filters the page is selected in memory.
 */
record LayerItems(FeatureStore store, String layerId) implements ItemSource {

  @Override
  public List<StoredFeature> all() {
    return store.allFeatures(layerId);
  }

  @Override
  public ItemPage page(ItemQuery query) {
    if (!query.filters().isEmpty()) {
      return ItemSelection.select(all(), query);
    }
    return new ItemPage(
        store.features(layerId, query.bbox(), query.offset(), query.limit()),
        store.count(layerId, query.bbox()),
        query.offset(),
        query.limit());
  }
}
