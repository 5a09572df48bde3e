package cn.chegu.viewer.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chegu.viewer.store.StoredFeature;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

/**
 * Census totals spread over cells, by pencil:
 *
 * <pre>
 *   y=1 +------+------+------+------+
 *       |  c1  |  c2  |  c3  |  c4  |        c5 far away (20,20): in no unit
 *       |  30  |  10  |   0  |   5  |
 *   y=0 +------+------+------+------+
 *       x=0    1      2      3      4
 *       '---- unit A: 100 ----'---- unit B: 10 ----'     unit C (10,10): 5, no cells
 * </pre>
 *
 * A's 100 go 30:10 to c1, c2 → 75, 25; B's 10 all to c4 (c3 holds nobody, not residential) → 10; C
 * cannot be spread; c5 keeps its 7.
 */
class DasymetricTest {

  private static final WKTReader WKT = new WKTReader();

  private static StoredFeature f(String layer, String id, String wkt, long residents)
      throws Exception {
    return new StoredFeature(layer, id, WKT.read(wkt), Map.of("residents", residents));
  }

  private static String square(int x, int y, int size) {
    return String.format(
        "POLYGON ((%d %d, %d %d, %d %d, %d %d, %d %d))",
        x, y, x + size, y, x + size, y + 1, x, y + 1, x, y);
  }

  @Test
  void eachUnitsTotalGoesToItsResidentialCellsByWeight() throws Exception {
    List<StoredFeature> units =
        List.of(
            f("units", "A", square(0, 0, 2), 100),
            f("units", "B", square(2, 0, 2), 10),
            f("units", "C", square(10, 10, 1), 5));
    List<StoredFeature> cells =
        List.of(
            f("population", "c1", square(0, 0, 1), 30),
            f("population", "c2", square(1, 0, 1), 10),
            f("population", "c3", square(2, 0, 1), 0),
            f("population", "c4", square(3, 0, 1), 5),
            f("population", "c5", square(20, 20, 1), 7));

    Dasymetric.Result r = Dasymetric.spread(units, cells);

    Map<String, Object> residents =
        r.cells().stream()
            .collect(Collectors.toMap(StoredFeature::id, c -> c.properties().get("residents")));
    assertThat(residents)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("c1", 75L, "c2", 25L, "c3", 0L, "c4", 10L, "c5", 7L));
    assertThat(r.unitsSpread()).isEqualTo(2);
    assertThat(r.cellsOutside()).isEqualTo(1);
    assertThat(r.unitsWithoutCells()).containsExactly("C");
  }

  @Test
  void roundingKeepsTheUnitsTotalExactly() throws Exception {
    // 10 people over three equal cells: 3.33 each → 4, 3, 3 (the first gets the remainder)
    List<StoredFeature> cells =
        List.of(
            f("population", "a", square(0, 0, 1), 1),
            f("population", "b", square(1, 0, 1), 1),
            f("population", "c", square(2, 0, 1), 1));
    Dasymetric.Result r = Dasymetric.spread(List.of(f("u", "U", square(0, 0, 3), 10)), cells);
    assertThat(r.cells().stream().map(c -> c.properties().get("residents")).toList())
        .containsExactly(4L, 3L, 3L);
  }
}
