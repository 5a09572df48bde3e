package cn.chegu.viewer.ogc;

import cn.chegu.viewer.store.StoredFeature;
import java.util.List;

/** Where a collection's items come from. */
@FunctionalInterface
public interface ItemSource {

  /** Every item, CRS84, in the collection's stable order. */
  List<StoredFeature> all();

  /** One page of a query; by default selected in memory from {@link #all()}. */
  default ItemPage page(ItemQuery query) {
    return ItemSelection.select(all(), query);
  }
}
