package cn.chegu.viewer.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.io.WKTReader;

/**
 * The spatial join on two units side by side and one overlapping both:
 *
 * <pre>
 *   y
 *   4 +-------+-------+
 *     |   甲  |   乙  |      丙 = [3,5]×[1,3], after 甲 and 乙 in order
 *   0 +-------+-------+
 *     0       4       8  x
 * </pre>
 */
class AdminUnitsTest {

  private static AdminUnits units() throws Exception {
    WKTReader wkt = new WKTReader();
    return AdminUnits.of(
        List.of(
            new AdminUnits.Unit("甲", wkt.read("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))")),
            new AdminUnits.Unit("乙", wkt.read("POLYGON ((4 0, 8 0, 8 4, 4 4, 4 0))")),
            new AdminUnits.Unit("丙", wkt.read("POLYGON ((3 1, 5 1, 5 3, 3 3, 3 1))")),
            new AdminUnits.Unit("线", wkt.read("LINESTRING (0 0, 9 9)"))));
  }

  @Test
  void aPointTakesTheUnitAroundItAndNoneOutside() throws Exception {
    AdminUnits u = units();
    assertThat(u.at(new Coordinate(1, 1))).isEqualTo("甲");
    assertThat(u.at(new Coordinate(7, 3))).isEqualTo("乙");
    assertThat(u.at(new Coordinate(9, 1))).isNull();
    assertThat(u.at(new Coordinate(2, 2.0001))).isEqualTo("甲");
    assertThat(u.isEmpty()).isFalse();
  }

  @Test
  void onASharedEdgeOrAnOverlapTheFirstUnitInOrderWins() throws Exception {
    AdminUnits u = units();
    assertThat(u.at(new Coordinate(4, 2))).isEqualTo("甲"); // edge of 甲, 乙 and inside 丙
    assertThat(u.at(new Coordinate(4.5, 2))).isEqualTo("乙"); // 乙 before 丙
    assertThat(u.at(new Coordinate(8, 4))).isEqualTo("乙"); // the corner is covered
  }

  @Test
  void noUnitsJoinNothing() {
    AdminUnits none = AdminUnits.of(List.of());
    assertThat(none.isEmpty()).isTrue();
    assertThat(none.at(new Coordinate(1, 1))).isNull();
  }
}
