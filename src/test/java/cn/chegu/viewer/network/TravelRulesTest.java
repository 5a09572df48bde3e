package cn.chegu.viewer.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** One small hand-drawn network per travel rule of {@link TravelMode}; times by pencil. */
class TravelRulesTest {

  private static RoadSegment road(String wkt, RoadClass c, boolean oneway) {
    return new RoadSegment(GridFixture.wkt(wkt), c, 60, oneway);
  }

  private static ShortestPathTree grow(RoadGraph g, TravelMode mode, Coordinate source) {
    return ShortestPathTree.grow(g, mode, List.of(source), Duration.ZERO, null);
  }

  /**
   * Pedestrians never use expressways: they snap to the street behind and cannot cross on one.
   *
   * <pre>
   *   y=50   ===================== expressway (0,50)-(1000,50)
   *   y=0         p (500,0)
   *   y=-80  ------------------ local street (0,-80)-(1000,-80)
   * </pre>
   *
   * p is 50 m from the expressway and 80 m from the street.
   */
  @Test
  void walkersSnapToTheNearestRoadTheyMayUseVehiclesToTheNearest() {
    RoadGraph g =
        new RoadGraphBuilder(0.5)
            .build(
                List.of(
                    road("LINESTRING (0 50, 1000 50)", RoadClass.EXPRESSWAY, false),
                    road("LINESTRING (0 -80, 1000 -80)", RoadClass.LOCAL, false)));
    Coordinate p = new Coordinate(500, 0);

    EdgeLocation walk = g.locator(TravelMode.walk(4)).locate(p);
    EdgeLocation drive = g.locator(TravelMode.drive()).locate(p);

    assertThat(walk.connectorMeters()).isEqualTo(80.0, within(1e-9));
    assertThat(g.edgeClass(walk.edge())).isEqualTo(RoadClass.LOCAL);
    assertThat(drive.connectorMeters()).isEqualTo(50.0, within(1e-9));
    assertThat(g.edgeClass(drive.edge())).isEqualTo(RoadClass.EXPRESSWAY);
  }

  /**
   * Two streets joined only by an expressway: a car gets across, a walker does not.
   *
   * <pre>
   *   a ---- b ===== c ---- d      a-b and c-d local (1 km each), b=c expressway (1 km)
   * </pre>
   */
  @Test
  void walkersNeverTravelOnExpressways() {
    RoadGraph g =
        new RoadGraphBuilder(0.5)
            .build(
                List.of(
                    road("LINESTRING (0 0, 1000 0)", RoadClass.LOCAL, false),
                    road("LINESTRING (1000 0, 2000 0)", RoadClass.EXPRESSWAY, false),
                    road("LINESTRING (2000 0, 3000 0)", RoadClass.LOCAL, false)));
    Coordinate a = new Coordinate(0, 0);
    Coordinate d = new Coordinate(3000, 0);

    assertThat(grow(g, TravelMode.walk(4), a).reach(d).reachable()).isFalse();
    // by car: 3 km at 60 km/h = 180 s
    assertThat(grow(g, TravelMode.drive(), a).reach(d).seconds()).isEqualTo(180.0, within(1e-9));
  }

  /**
   * The access leg is charged at the mode's access speed: an ambulance drives it (20 km/h), a
   * walker walks it (4 km/h).
   *
   * <pre>
   *   F (0,0) ---------------- (1000,0)       F on the road
   *                      p (600,-100)         100 m off the road
   * </pre>
   */
  @Test
  void theAccessLegIsDrivenByVehiclesAndWalkedByPedestrians() {
    RoadGraph g =
        new RoadGraphBuilder(0.5)
            .build(List.of(road("LINESTRING (0 0, 1000 0)", RoadClass.LOCAL, false)));
    Coordinate f = new Coordinate(0, 0);
    Coordinate p = new Coordinate(600, -100);

    // 600 m at 60 km/h = 36 s, then 100 m at 20 km/h = 18 s
    assertThat(grow(g, TravelMode.ambulance(1), f).reach(p).seconds())
        .isEqualTo(36 + 18.0, within(1e-9));
    // 700 m on foot at 4 km/h: 540 + 90 s
    assertThat(grow(g, TravelMode.walk(4), f).reach(p).seconds())
        .isEqualTo(540 + 90.0, within(1e-9));
  }

  /**
   * A point farther than the snap distance from any usable road is off the network, as target and
   * as source.
   *
   * <pre>
   *   F (0,0) ---------------- (1000,0)
   *                            q (1000,-499)   within 500 m
   *                            r (1000,-501)   beyond
   * </pre>
   */
  @Test
  void pointsBeyondTheSnapDistanceAreNotReached() {
    RoadGraph g =
        new RoadGraphBuilder(0.5)
            .build(List.of(road("LINESTRING (0 0, 1000 0)", RoadClass.LOCAL, false)));
    TravelMode walk = TravelMode.walk(4);
    assertThat(walk.snapMaxMeters()).isEqualTo(500.0);

    ShortestPathTree t = grow(g, walk, new Coordinate(0, 0));
    assertThat(t.reach(new Coordinate(1000, -499)).reachable()).isTrue();
    assertThat(t.reach(new Coordinate(1000, -501)).reachable()).isFalse();
    ShortestPathTree far = grow(g, walk, new Coordinate(1000, -501));
    assertThat(far.reach(new Coordinate(0, 0)).reachable()).isFalse();
  }

  /**
   * A one-way stub out of a dead end: a car can never drive into it, so a point on it is reached
   * from the junction v by the access leg along the stub; the time changes continuously as the
   * point nears v, however the point is located (on the stub, at v, on the street).
   *
   * <pre>
   *   u (0,100)                       u: dead end
   *     |  one-way u → v (100 m)
   *   v (0,0) ------------ F (1000,0)
   * </pre>
   */
  @Test
  void aOneWayStubGivesTheSameTimeHoweverThePointIsLocated() {
    RoadGraph g =
        new RoadGraphBuilder(0.5)
            .build(
                List.of(
                    road("LINESTRING (0 100, 0 0)", RoadClass.LOCAL, true),
                    road("LINESTRING (0 0, 1000 0)", RoadClass.LOCAL, false)));
    ShortestPathTree t = grow(g, TravelMode.drive(), new Coordinate(1000, 0));

    double atV = t.reach(new Coordinate(0, 0)).seconds(); // 1 km at 60 km/h
    double nearV = t.reach(new Coordinate(0, 1e-7)).seconds(); // on the stub, against its way
    double onStub = t.reach(new Coordinate(0, 40)).seconds(); // 40 m up the stub

    assertThat(atV).isEqualTo(60.0, within(1e-9));
    assertThat(nearV).isEqualTo(atV, within(1e-6));
    // 40 m against the one-way are part of the access leg: 40 m at 20 km/h = 7.2 s
    assertThat(onStub).isEqualTo(60 + 7.2, within(1e-9));
    // farther up than the snap distance allows (stub + leg > 500 m): not reached
    RoadGraph longStub =
        new RoadGraphBuilder(0.5)
            .build(
                List.of(
                    road("LINESTRING (0 1000, 0 0)", RoadClass.LOCAL, true),
                    road("LINESTRING (0 0, 1000 0)", RoadClass.LOCAL, false)));
    ShortestPathTree t2 = grow(longStub, TravelMode.drive(), new Coordinate(1000, 0));
    assertThat(t2.reach(new Coordinate(0, 600)).reachable()).isFalse();
    assertThat(t2.reach(new Coordinate(0, 400)).seconds()).isEqualTo(60 + 72.0, within(1e-9));
  }

  /**
   * Access rules on top of classes: a private lane is closed to everyone, a footway to vehicles.
   *
   * <pre>
   *   a ------ b ------ c      a-b local (1 km); b-c local, access=private (foot=false, motor=false)
   *   |                 |
   *   d ~~~~~~ e ------ f      a-d local (1 km), d~e footway (motor=false, 1 km), e-f local,
   *                            f-c local (1 km): the only ways round
   * </pre>
   *
   * From a to c: walkers cannot take b-c, so they go a-d-e-f-c (4 km at 4 km/h = 3,600 s); cars can
   * take neither b-c nor the footway d~e, so c is out of their reach. Nor does a point next to the
   * private lane snap to it.
   */
  @Test
  void walkersAndVehiclesKeepOffRoadsClosedToThem() {
    RoadGraph g =
        new RoadGraphBuilder(0.5)
            .build(
                List.of(
                    road("LINESTRING (0 1000, 1000 1000)", RoadClass.LOCAL, false),
                    new RoadSegment(
                        GridFixture.wkt("LINESTRING (1000 1000, 2000 1000)"),
                        RoadClass.LOCAL,
                        60,
                        false,
                        false,
                        false),
                    road("LINESTRING (0 1000, 0 0)", RoadClass.LOCAL, false),
                    new RoadSegment(
                        GridFixture.wkt("LINESTRING (0 0, 1000 0)"),
                        RoadClass.LOCAL,
                        60,
                        false,
                        true,
                        false),
                    road("LINESTRING (1000 0, 2000 0)", RoadClass.LOCAL, false),
                    road("LINESTRING (2000 0, 2000 1000)", RoadClass.LOCAL, false)));
    Coordinate a = new Coordinate(0, 1000);
    Coordinate c = new Coordinate(2000, 1000);

    assertThat(grow(g, TravelMode.walk(4), a).reach(c).seconds())
        .isEqualTo(4000 / (4 / 3.6), within(1e-6));
    assertThat(grow(g, TravelMode.drive(), a).reach(c).reachable()).isFalse();
    // 10 m beside the private lane's middle, 990 m from anything else
    Coordinate besideLane = new Coordinate(1500, 990);
    EdgeLocation walk = g.locator(TravelMode.walk(4)).locate(besideLane);
    assertThat(walk.connectorMeters()).isGreaterThan(400);
  }
}
