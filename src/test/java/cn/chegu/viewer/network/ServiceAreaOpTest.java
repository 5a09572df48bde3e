package cn.chegu.viewer.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class ServiceAreaOpTest {

  private static final ServiceAreaOp OP = new ServiceAreaOp(20);

  private static boolean covers(Geometry area, double x, double y) {
    return area.covers(GridFixture.F.createPoint(new Coordinate(x, y)));
  }

  /**
   *
   *
   * <pre>
   *  F ===================== (1000,0)     one 1 km road at 60 km/h, facility F at its west end
   * </pre>
   *
   * A 30 s limit reaches 500 m: 40 % of the edge is inside, 60 % is not.
   */
  @Test
  void limitEndingMidEdgeCutsTheEdge() {
    RoadGraph g =
        new RoadGraphBuilder(0.5)
            .build(List.of(GridFixture.road("LINESTRING (0 0, 1000 0)", false)));
    ShortestPathTree t =
        ShortestPathTree.grow(
            g, TravelMode.drive(), List.of(new Coordinate(0, 0)), Duration.ZERO, null);

    Geometry area = OP.compute(t, Duration.ofSeconds(30));

    assertThat(covers(area, 400, 0)).isTrue();
    assertThat(covers(area, 400, 15)).isTrue();
    assertThat(covers(area, 600, 0)).isFalse();
    assertThat(covers(area, 400, 50)).as("beyond the walk offset").isFalse();
  }

  /** From a in the grid within 90 s: b and d whole, then half of b-c, b-e and d-e. */
  @Test
  void edgesAreCutFromBothEndsAndNeverHullTheBlock() {
    RoadGraph g = GridFixture.graph(false);
    ShortestPathTree t =
        ShortestPathTree.grow(g, TravelMode.drive(), List.of(GridFixture.A), Duration.ZERO, null);

    Geometry area = OP.compute(t, Duration.ofSeconds(90));

    assertThat(covers(area, 1400, 1000)).isTrue();
    assertThat(covers(area, 1600, 1000)).isFalse();
    assertThat(covers(area, 1000, 600)).isTrue();
    assertThat(covers(area, 1000, 400)).isFalse();
    assertThat(covers(area, 400, 0)).isTrue();
    assertThat(covers(area, 500, 500)).as("inside the block, off every road").isFalse();
  }

  @Test
  void bandsAreNested() {
    RoadGraph g = GridFixture.graph(false);
    ShortestPathTree t =
        ShortestPathTree.grow(g, TravelMode.drive(), List.of(GridFixture.A), Duration.ZERO, null);

    List<ServiceArea> bands =
        OP.compute(t, List.of(Duration.ofSeconds(60), Duration.ofSeconds(120)));

    assertThat(bands).hasSize(2);
    assertThat(bands.get(1).area().buffer(1e-6).covers(bands.get(0).area())).isTrue();
    assertThat(covers(bands.get(0).area(), 1500, 1000)).isFalse();
    assertThat(covers(bands.get(1).area(), 1500, 1000)).isTrue();
  }

  /**
   *
   *
   * <pre>
   *  (0,0) ---->---- F (1000,0)   one-way eastward; facility F at the east end
   * </pre>
   */
  @Test
  void oneWayStreetIsNotDrivenBackwardsButWalked() {
    RoadGraph g =
        new RoadGraphBuilder(0.5)
            .build(List.of(GridFixture.road("LINESTRING (0 0, 1000 0)", true)));
    List<Coordinate> facility = List.of(new Coordinate(1000, 0));

    Geometry drive =
        OP.compute(
            ShortestPathTree.grow(g, TravelMode.drive(), facility, Duration.ZERO, null),
            Duration.ofMinutes(10));
    Geometry walk =
        OP.compute(
            ShortestPathTree.grow(g, TravelMode.walk(4), facility, Duration.ZERO, null),
            Duration.ofMinutes(10));

    assertThat(covers(drive, 500, 0)).isFalse();
    assertThat(covers(walk, 500, 0)).isTrue(); // 500 m walked in 7.5 min
    assertThat(covers(walk, 200, 0)).isFalse(); // 800 m needs 12 min
  }

  @Test
  void euclideanCirclesAreUnioned() {
    Geometry circles =
        EuclideanCircles.union(
            GridFixture.F, List.of(new Coordinate(0, 0), new Coordinate(1500, 0)), 1000);

    assertThat(circles.getNumGeometries()).isEqualTo(1);
    assertThat(covers(circles, 750, 0)).isTrue();
    assertThat(covers(circles, 750, 900)).isFalse();
    assertThat(circles.getArea()).isLessThan(2 * Math.PI * 1e6);
  }
}
