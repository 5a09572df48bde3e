package cn.chegu.viewer.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Adding a road, a facility or a faster class never makes anyone's travel time longer (so never
 * uncovers anyone), on random networks, because a point joins every road its mode may use within
 * the snap distance ({@link Attachment}). The same property checked under the old rule (a point
 * joins its single nearest usable road) finds counterexamples, and a hand-made one shows why:
 *
 * <pre>
 *   F (0, 50)                           facility
 *   ========================================  (0,0)–(2000,0), a street
 *                             . P (1500, 160)   a cell
 *                           ----              (1450,120)–(1550,120): a new lane, 40 m from P
 * </pre>
 *
 * Before the lane, P joins the street 160 m away (50 m + 1500 m + 160 m walked). After it, the
 * nearest road is the lane, which reaches nowhere: under the nearest-road rule P is cut off; under
 * the every-road rule P still joins the street too.
 */
class MonotoneAccessTest {

  private static final GeometryFactory F = new GeometryFactory();
  private static final double SLACK_SECONDS = 1.0; // noding may move a vertex by ≤ 0.5 m
  private static final TravelMode WALK = TravelMode.walk(4);
  private static final TravelMode DRIVE = TravelMode.drive();

  @Test
  void aDeadEndLaneNearACellCutsItOffOnlyUnderTheNearestRoadRule() {
    List<RoadSegment> before = List.of(road(0, 0, 2000, 0, RoadClass.LOCAL, false));
    List<RoadSegment> after = new ArrayList<>(before);
    after.add(road(1450, 120, 1550, 120, RoadClass.LOCAL, false));
    List<Coordinate> facility = List.of(new Coordinate(0, 50));
    Coordinate p = new Coordinate(1500, 160);

    double oldBefore = nearestRule(build(before), WALK, facility, p);
    double oldAfter = nearestRule(build(after), WALK, facility, p);
    double newBefore = everyRoad(build(before), WALK, facility, p);
    double newAfter = everyRoad(build(after), WALK, facility, p);

    // 50 m + 1500 m along + 160 m, walked at 4 km/h
    assertThat(newBefore).isCloseTo(1710 / (4 / 3.6), within(1e-6));
    assertThat(oldBefore).isEqualTo(newBefore);
    assertThat(oldAfter).as("the nearest-road rule cuts P off").isInfinite();
    assertThat(newAfter).isEqualTo(newBefore);
  }

  @Test
  void addingARoadNeverLengthensATripOnRandomNetworks() {
    Violations v = check((g, rnd) -> new Change(withExtraRoad(g, rnd), null));
    assertThat(v.everyRoad).as("every-road rule: trips made longer by a new road").isZero();
    assertThat(v.nearestRoad)
        .as("the nearest-road rule fails the same property (it is what the test guards)")
        .isPositive();
  }

  @Test
  void addingAFacilityNeverLengthensATrip() {
    Violations v = check((g, rnd) -> new Change(g, randomPoint(rnd)));
    assertThat(v.everyRoad).isZero();
  }

  @Test
  void aFasterClassNeverLengthensATrip() {
    Violations v = check((g, rnd) -> new Change(faster(g, rnd), null));
    assertThat(v.everyRoad).isZero();
  }

  private record Change(List<RoadSegment> roads, Coordinate extraFacility) {}

  private interface Mutation {
    Change apply(List<RoadSegment> roads, Random rnd);
  }

  private static final class Violations {
    int everyRoad;
    int nearestRoad;
  }

  /** 60 random towns × 2 modes × 40 cells: compares each cell's time before and after. */
  private static Violations check(Mutation mutation) {
    Violations v = new Violations();
    Random rnd = new Random(20_261_206L);
    for (int town = 0; town < 60; town++) {
      List<RoadSegment> roads = randomTown(rnd);
      List<Coordinate> facilities = List.of(randomPoint(rnd), randomPoint(rnd));
      List<Coordinate> cells = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        cells.add(randomPoint(rnd));
      }
      Change change = mutation.apply(roads, rnd);
      List<Coordinate> after = new ArrayList<>(facilities);
      if (change.extraFacility() != null) {
        after.add(change.extraFacility());
      }
      RoadGraph g0 = build(roads);
      RoadGraph g1 = build(change.roads());
      for (TravelMode mode : List.of(WALK, DRIVE)) {
        for (Coordinate c : cells) {
          if (everyRoad(g1, mode, after, c) > everyRoad(g0, mode, facilities, c) + SLACK_SECONDS) {
            v.everyRoad++;
          }
          if (nearestRule(g1, mode, after, c) > nearestRule(g0, mode, facilities, c) + 1) {
            v.nearestRoad++;
          }
        }
      }
    }
    return v;
  }

  private static double everyRoad(
      RoadGraph g, TravelMode mode, List<Coordinate> facilities, Coordinate p) {
    if (g.edgeCount() == 0) {
      return Double.POSITIVE_INFINITY;
    }
    return ShortestPathTree.grow(g, mode, facilities, Duration.ZERO, null).reach(p).seconds();
  }

  /** The old rule: sources and target join only their nearest usable road. */
  private static double nearestRule(
      RoadGraph g, TravelMode mode, List<Coordinate> facilities, Coordinate p) {
    EdgeLocator locator = g.locator(mode);
    List<Attachment> nearest =
        facilities.stream().map(f -> Attachment.of(locator.locate(f))).toList();
    ShortestPathTree t = ShortestPathTree.grow(g, mode, facilities, nearest, Duration.ZERO, null);
    return t.reach(locator.locate(p)).seconds();
  }

  /** A jittered 5 × 5 grid of 300 m blocks with random gaps, classes and one-way streets. */
  private static List<RoadSegment> randomTown(Random rnd) {
    double[][] x = new double[5][5];
    double[][] y = new double[5][5];
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 5; j++) {
        x[i][j] = i * 300 + rnd.nextInt(81) - 40;
        y[i][j] = j * 300 + rnd.nextInt(81) - 40;
      }
    }
    List<RoadSegment> roads = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 5; j++) {
        if (i < 4 && rnd.nextDouble() < 0.8) {
          roads.add(randomRoad(rnd, x[i][j], y[i][j], x[i + 1][j], y[i + 1][j]));
        }
        if (j < 4 && rnd.nextDouble() < 0.8) {
          roads.add(randomRoad(rnd, x[i][j], y[i][j], x[i][j + 1], y[i][j + 1]));
        }
      }
    }
    return roads;
  }

  private static RoadSegment randomRoad(Random rnd, double x0, double y0, double x1, double y1) {
    RoadClass[] classes = RoadClass.values();
    return road(x0, y0, x1, y1, classes[rnd.nextInt(classes.length)], rnd.nextDouble() < 0.2);
  }

  /** A new road: a short lane, a long cross street or a ring, anywhere, any class. */
  private static List<RoadSegment> withExtraRoad(List<RoadSegment> roads, Random rnd) {
    List<RoadSegment> out = new ArrayList<>(roads);
    Coordinate a = randomPoint(rnd);
    double len = rnd.nextDouble() < 0.5 ? 40 + rnd.nextInt(120) : 300 + rnd.nextInt(900);
    double angle = rnd.nextDouble() * Math.PI;
    Coordinate b = new Coordinate(a.x + len * Math.cos(angle), a.y + len * Math.sin(angle));
    out.add(randomRoad(rnd, a.x, a.y, b.x, b.y));
    return out;
  }

  /** One road moved to a faster class (and speed), same geometry and direction rule. */
  private static List<RoadSegment> faster(List<RoadSegment> roads, Random rnd) {
    List<RoadSegment> out = new ArrayList<>(roads);
    int k = rnd.nextInt(out.size());
    RoadSegment r = out.get(k);
    RoadClass up = r.roadClass() == RoadClass.EXPRESSWAY ? r.roadClass() : RoadClass.TRUNK;
    double speed = Math.max(r.speedKmh(), up.defaultSpeedKmh()) + 10;
    // walkers may not use expressways: keep the class walkers may use, only faster
    out.set(
        k,
        new RoadSegment(
            r.line(),
            r.roadClass() == RoadClass.EXPRESSWAY ? r.roadClass() : up,
            speed,
            r.oneway()));
    return out;
  }

  private static Coordinate randomPoint(Random rnd) {
    return new Coordinate(-200 + rnd.nextDouble() * 1600, -200 + rnd.nextDouble() * 1600);
  }

  private static RoadSegment road(
      double x0, double y0, double x1, double y1, RoadClass c, boolean oneway) {
    return new RoadSegment(
        F.createLineString(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y1)}),
        c,
        c.defaultSpeedKmh(),
        oneway);
  }

  private static RoadGraph build(List<RoadSegment> roads) {
    return new RoadGraphBuilder(0.5).build(roads);
  }
}
