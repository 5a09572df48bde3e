package cn.chegu.viewer.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The map outline on a hand-checkable town, walked at 3.6 km/h (1 m/s, 100 s per block side):
 *
 * <pre>
 *   y=200  + ---- + ---- +
 *          |      |      |
 *   y=100  + ---- F ---- +      F: the facility, on the central junction
 *          |      |      |
 *   y=0    + ---- + ---- +
 *         x=0    100    200
 * </pre>
 *
 * Offset 10 m, cells of 5 m.
 */
class ServiceAreaOutlineTest {

  private static final ServiceAreaOutline OUTLINE = new ServiceAreaOutline(10, 5, 20_000);

  private static RoadGraph town() {
    List<RoadSegment> roads = new ArrayList<>();
    for (int i = 0; i <= 200; i += 100) {
      roads.add(GridFixture.road("LINESTRING (0 " + i + ", 200 " + i + ")", false));
      roads.add(GridFixture.road("LINESTRING (" + i + " 0, " + i + " 200)", false));
    }
    return new RoadGraphBuilder(0.5).build(roads);
  }

  private static ShortestPathTree tree(Duration limit) {
    return ShortestPathTree.grow(
        town(), TravelMode.walk(3.6), List.of(new Coordinate(100, 100)), Duration.ZERO, limit);
  }

  private static boolean covers(Geometry g, double x, double y) {
    return g.covers(GridFixture.F.createPoint(new Coordinate(x, y)));
  }

  /** 200 s reaches every corner: all four blocks are reached all round and drawn filled. */
  @Test
  void blocksReachedAllRoundAreFilled() {
    Duration limit = Duration.ofSeconds(200);
    ShortestPathTree t = tree(limit);

    Geometry map = OUTLINE.compute(t, List.of(limit)).get(0).area();
    Geometry exact = new ServiceAreaOp(10).compute(t, limit);

    assertThat(map).isInstanceOf(Polygon.class);
    assertThat(((Polygon) map).getNumInteriorRing()).isZero();
    assertThat(covers(map, 50, 50)).as("block centre").isTrue();
    assertThat(covers(exact, 50, 50)).as("the exact buffer keeps the block as a hole").isFalse();
    // the square [-10, 210]² less rounded corners: 48,400 m² minus at most a few cells
    assertThat(map.getArea()).isBetween(47_500.0, 48_400.0);
    assertThat(map.getArea()).isGreaterThan(exact.getArea());
  }

  /**
   * 150 s reaches the four side junctions (100 s) and 50 m beyond them towards each corner: no
   * block is reached all round, so each stays open, as in the exact buffer.
   */
  @Test
  void blocksWithAnUnreachedStretchStayOpen() {
    Duration limit = Duration.ofSeconds(150);
    ShortestPathTree t = tree(limit);

    Geometry map = OUTLINE.compute(t, List.of(limit)).get(0).area();
    Geometry exact = new ServiceAreaOp(10).compute(t, limit);

    assertThat(covers(map, 50, 50)).isFalse();
    assertThat(covers(map, 0, 5)).as("the corner is 200 s away").isFalse();
    assertThat(covers(map, 40, 0)).as("50 m beyond (100,0) towards (0,0)").isTrue();
    assertThat(covers(map, 100, 195)).isTrue();
    // away from filled blocks the outline is the exact buffer within half a cell (2.5 m) on
    // average along the boundary
    assertThat(map.symDifference(exact).getArea()).isLessThan(2.5 * exact.getLength());
  }

  /** Bands are nested and each is no larger than the next. */
  @Test
  void bandsAreNested() {
    ShortestPathTree t = tree(Duration.ofSeconds(200));
    List<ServiceArea> bands =
        OUTLINE.compute(
            t, List.of(Duration.ofSeconds(50), Duration.ofSeconds(120), Duration.ofSeconds(200)));

    assertThat(bands).hasSize(3);
    assertThat(bands.get(1).area().buffer(1).covers(bands.get(0).area())).isTrue();
    assertThat(bands.get(2).area().buffer(1).covers(bands.get(1).area())).isTrue();
    assertThat(bands.get(0).area().getArea()).isLessThan(bands.get(1).area().getArea());
  }

  /** Two trees: only where both have arrived (a multi-type standard). */
  @Test
  void severalTreesIntersect() {
    Duration limit = Duration.ofSeconds(100);
    RoadGraph g = town();
    ShortestPathTree west =
        ShortestPathTree.grow(
            g, TravelMode.walk(3.6), List.of(new Coordinate(0, 100)), Duration.ZERO, limit);
    ShortestPathTree east =
        ShortestPathTree.grow(
            g, TravelMode.walk(3.6), List.of(new Coordinate(200, 100)), Duration.ZERO, limit);

    Geometry both = OUTLINE.compute(List.of(west, east), List.of(limit)).get(0).area();

    assertThat(covers(both, 100, 100)).as("100 s from each").isTrue();
    assertThat(covers(both, 20, 100)).as("180 s from the east").isFalse();
  }
}
