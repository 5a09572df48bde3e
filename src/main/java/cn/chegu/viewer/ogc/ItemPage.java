package cn.chegu.viewer.ogc;

import cn.chegu.viewer.store.StoredFeature;
import java.util.List;

/**
 * One page of matched items.
 *
 * @param items the page, CRS84, in the collection's order
 * @param numberMatched how many items match the query over all pages
 * @param offset position of the first item among the matched ones
 * @param limit the page size asked for
 */
public record ItemPage(List<StoredFeature> items, int numberMatched, int offset, int limit) {

  public ItemPage {
    items = List.copyOf(items);
  }

  /** Whether matched items follow this page. */
  public boolean hasNext() {
    return offset + items.size() < numberMatched;
  }

  /** Whether matched items precede this page. */
  public boolean hasPrevious() {
    return offset > 0;
  }

  /** Offset of the previous page (never below 0). */
  public int previousOffset() {
    return Math.max(0, offset - limit);
  }
}
