package cn.chegu.viewer.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.chegu.viewer.store.StoredFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Paging edges and filters on seven points f0..f6 at x = 0..6 (y = 0), alternately hospital and
 * school, with beds = 10·i.
 */
class ItemSelectionTest {

  private static final GeometryFactory GEOMETRY = new GeometryFactory();
  private static final List<StoredFeature> SEVEN = seven();

  private static List<StoredFeature> seven() {
    List<StoredFeature> out = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      out.add(
          new StoredFeature(
              "t",
              "f" + i,
              GEOMETRY.createPoint(new Coordinate(i, 0)),
              Map.of("type", i % 2 == 0 ? "hospital" : "school", "beds", 10 * i)));
    }
    return out;
  }

  private static List<String> ids(ItemPage page) {
    return page.items().stream().map(StoredFeature::id).toList();
  }

  @Test
  void pagesOfThreeVisitEveryItemOnce() {
    List<String> seen = new ArrayList<>();
    int offset = 0;
    int pages = 0;
    ItemPage page;
    do {
      page = ItemSelection.select(SEVEN, new ItemQuery(null, Map.of(), offset, 3));
      seen.addAll(ids(page));
      assertThat(page.numberMatched()).isEqualTo(7);
      assertThat(page.hasPrevious()).isEqualTo(offset > 0);
      offset += 3;
      pages++;
    } while (page.hasNext());
    assertThat(pages).isEqualTo(3);
    assertThat(seen).containsExactly("f0", "f1", "f2", "f3", "f4", "f5", "f6");
  }

  @Test
  void exactLastPageHasNoNextAndOffsetPastTheEndIsEmpty() {
    ItemPage last = ItemSelection.select(SEVEN, new ItemQuery(null, Map.of(), 4, 3));
    assertThat(ids(last)).containsExactly("f4", "f5", "f6");
    assertThat(last.hasNext()).isFalse();
    assertThat(last.previousOffset()).isEqualTo(1);
    ItemPage beyond = ItemSelection.select(SEVEN, new ItemQuery(null, Map.of(), 10, 3));
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.numberMatched()).isEqualTo(7);
    assertThat(beyond.hasNext()).isFalse();
    ItemPage one = ItemSelection.select(SEVEN, new ItemQuery(null, Map.of(), 1, 1));
    assertThat(one.previousOffset()).isZero();
  }

  @Test
  void limitOutsideOneToTenThousandIsRefused() {
    assertThatThrownBy(() -> new ItemQuery(null, Map.of(), 0, 0)).isInstanceOf(OgcException.class);
    assertThatThrownBy(() -> new ItemQuery(null, Map.of(), 0, ItemQuery.MAX_LIMIT + 1))
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> new ItemQuery(null, Map.of(), -1, 5)).hasMessageContaining("offset");
  }

  @Test
  void bboxAndFiltersNarrowBeforePaging() {
    Envelope x2to5 = new Envelope(1.5, 5.5, -1, 1);
    ItemPage page =
        ItemSelection.select(SEVEN, new ItemQuery(x2to5, Map.of("type", "hospital"), 0, 10));
    assertThat(ids(page)).containsExactly("f2", "f4");
    assertThat(page.numberMatched()).isEqualTo(2);
    ItemPage beds = ItemSelection.select(SEVEN, new ItemQuery(null, Map.of("beds", "30.0"), 0, 10));
    assertThat(ids(beds)).containsExactly("f3");
  }

  @Test
  void unknownPropertiesAndWrongTypesAreRefused() {
    assertThatThrownBy(
            () -> ItemSelection.select(SEVEN, new ItemQuery(null, Map.of("colour", "red"), 0, 5)))
        .isInstanceOf(OgcException.class)
        .hasMessageContaining("colour: unknown parameter")
        .hasMessageContaining("beds");
    assertThatThrownBy(
            () -> ItemSelection.select(SEVEN, new ItemQuery(null, Map.of("beds", "many"), 0, 5)))
        .hasMessageContaining("expected a value of type integer");
  }

  @Test
  void queryablesAreTheScalarPropertiesTypedByValue() {
    assertThat(Queryable.of(SEVEN))
        .containsExactlyInAnyOrder(
            new Queryable("type", "string"), new Queryable("beds", "integer"));
  }
}
