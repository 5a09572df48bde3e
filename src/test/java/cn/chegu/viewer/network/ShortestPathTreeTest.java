package cn.chegu.viewer.network;

import static cn.chegu.viewer.network.GridFixture.A;
import static cn.chegu.viewer.network.GridFixture.B;
import static cn.chegu.viewer.network.GridFixture.C;
import static cn.chegu.viewer.network.GridFixture.D;
import static cn.chegu.viewer.network.GridFixture.E;
import static cn.chegu.viewer.network.GridFixture.FF;
import static cn.chegu.viewer.network.GridFixture.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** Times on the {@link GridFixture} town: 1 km at 60 km/h = 60 s; walking 1 km = 900 s. */
class ShortestPathTreeTest {

  private static final TravelMode WALK = TravelMode.walk(4.0);

  private static double at(ShortestPathTree t, Coordinate c) {
    return t.secondsAt(node(t.graph(), c));
  }

  @Test
  void driveTimesFromOneCornerCountBlocks() {
    RoadGraph g = GridFixture.graph(false);
    ShortestPathTree t =
        ShortestPathTree.grow(g, TravelMode.drive(), List.of(A), Duration.ZERO, null);

    assertThat(at(t, A)).isEqualTo(0.0, within(1e-9));
    assertThat(at(t, B)).isEqualTo(60.0, within(1e-9));
    assertThat(at(t, D)).isEqualTo(60.0, within(1e-9));
    assertThat(at(t, C)).isEqualTo(120.0, within(1e-9));
    assertThat(at(t, E)).isEqualTo(120.0, within(1e-9));
    assertThat(at(t, FF)).isEqualTo(180.0, within(1e-9));
    assertThat(t.metersAt(node(g, FF))).isEqualTo(3000.0, within(1e-9));
  }

  @Test
  void multiSourceTreeRecordsTheNearestSource() {
    RoadGraph g = GridFixture.graph(false);
    ShortestPathTree t =
        ShortestPathTree.grow(g, TravelMode.drive(), List.of(A, FF), Duration.ZERO, null);

    assertThat(t.sourceAt(node(g, B))).isEqualTo(0);
    assertThat(t.sourceAt(node(g, D))).isEqualTo(0);
    assertThat(t.sourceAt(node(g, C))).isEqualTo(1);
    assertThat(at(t, C)).isEqualTo(60.0, within(1e-9));
    assertThat(at(t, E)).isEqualTo(60.0, within(1e-9)); // e is one block from f
    assertThat(t.sourceAt(node(g, E))).isEqualTo(1);
  }

  @Test
  void delayAndConnectorAreAddedAtTheSource() {
    // facility 100 m north of the middle of a-b: access leg 100 m driven at 20 km/h = 18 s, then
    // 500 m = 30 s
    RoadGraph g = GridFixture.graph(false);
    ShortestPathTree t =
        ShortestPathTree.grow(
            g,
            TravelMode.drive(),
            List.of(new Coordinate(500, 1100)),
            Duration.ofSeconds(60),
            null);

    assertThat(t.sourceAttachment(0).edges().get(0).fraction()).isEqualTo(0.5, within(1e-9));
    assertThat(t.sourceAttachment(0).edges().get(0).connectorMeters())
        .isEqualTo(100.0, within(1e-9));
    assertThat(at(t, A)).isEqualTo(60 + 18 + 30.0, within(1e-9));
    assertThat(at(t, B)).isEqualTo(60 + 18 + 30.0, within(1e-9));
    assertThat(at(t, FF)).isEqualTo(60 + 18 + 30 + 120.0, within(1e-9)); // via b, 2 blocks
  }

  @Test
  void targetConnectorAndPartialEdgeAreCounted() {
    RoadGraph g = GridFixture.graph(false);
    ShortestPathTree t =
        ShortestPathTree.grow(g, TravelMode.drive(), List.of(A), Duration.ZERO, null);

    // 250 m along d-e (15 s after d at 60 s) then a 50 m access leg driven at 20 km/h (9 s)
    Reach r = t.reach(new Coordinate(250, -50));
    assertThat(r.seconds()).isEqualTo(60 + 15 + 9.0, within(1e-9));
    assertThat(r.meters()).isEqualTo(1000 + 250 + 50.0, within(1e-9));
    assertThat(r.source()).isEqualTo(0);
  }

  @Test
  void sourceAndTargetOnTheSameEdgeMeetDirectly() {
    RoadGraph g = GridFixture.graph(false);
    ShortestPathTree t =
        ShortestPathTree.grow(
            g, TravelMode.drive(), List.of(new Coordinate(200, 1000)), Duration.ZERO, null);

    assertThat(t.reach(new Coordinate(700, 1000)).seconds()).isEqualTo(30.0, within(1e-9));
  }

  @Test
  void driveCannotGoAgainstAOneWayStreetButWalkCan() {
    // b-c is drivable only from c to b: from a, a car reaches c round the block a-d-e-f-c
    RoadGraph g = GridFixture.graph(true);

    ShortestPathTree drive =
        ShortestPathTree.grow(g, TravelMode.drive(), List.of(A), Duration.ZERO, null);
    ShortestPathTree walk = ShortestPathTree.grow(g, WALK, List.of(A), Duration.ZERO, null);

    assertThat(at(drive, C)).isEqualTo(240.0, within(1e-9));
    assertThat(at(walk, C)).isEqualTo(1800.0, within(1e-9));
    // and the other way round, from c, the one-way street is the short way to b
    ShortestPathTree fromC =
        ShortestPathTree.grow(g, TravelMode.drive(), List.of(C), Duration.ZERO, null);
    assertThat(at(fromC, B)).isEqualTo(60.0, within(1e-9));
  }

  @Test
  void timeLimitLeavesFartherNodesUnreached() {
    RoadGraph g = GridFixture.graph(false);
    ShortestPathTree t =
        ShortestPathTree.grow(
            g, TravelMode.drive(), List.of(A), Duration.ZERO, Duration.ofSeconds(90));

    assertThat(at(t, B)).isEqualTo(60.0, within(1e-9));
    assertThat(at(t, C)).isInfinite();
    assertThat(t.sourceAt(node(g, C))).isEqualTo(-1);
  }

  @Test
  void aDisconnectedComponentIsUnreachable() {
    List<RoadSegment> roads = new ArrayList<>(GridFixture.grid(false));
    roads.add(GridFixture.road("LINESTRING (5000 0, 6000 0)", false));
    RoadGraph g = new RoadGraphBuilder(0.5).build(roads);

    ShortestPathTree t =
        ShortestPathTree.grow(g, TravelMode.drive(), List.of(A), Duration.ZERO, null);

    assertThat(at(t, new Coordinate(5000, 0))).isInfinite();
    assertThat(at(t, new Coordinate(6000, 0))).isInfinite();
    assertThat(t.reach(new Coordinate(5500, 20)).reachable()).isFalse();
  }

  /**
   *
   *
   * <pre>
   *  (0,1000)
   *     |
   *  F (0,0) ---->---- (1000,0)     F sits exactly at the start of a one-way street
   * </pre>
   */
  @Test
  void sourceAtTheStartOfAOneWayStreetStillStartsAtItsNode() {
    RoadGraph g =
        new RoadGraphBuilder(0.5)
            .build(
                List.of(
                    GridFixture.road("LINESTRING (0 0, 1000 0)", true),
                    GridFixture.road("LINESTRING (0 1000, 0 0)", false)));
    ShortestPathTree t =
        ShortestPathTree.grow(
            g, TravelMode.drive(), List.of(new Coordinate(0, 0)), Duration.ZERO, null);

    assertThat(at(t, new Coordinate(0, 0))).isEqualTo(0.0);
    assertThat(at(t, new Coordinate(1000, 0))).isEqualTo(60.0, within(1e-9));
    assertThat(t.reach(new Coordinate(0, 1000)).seconds()).isEqualTo(60.0, within(1e-9));
  }
}
