package cn.chegu.viewer.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/**
 * Locations are cached per locator (every standard's recompute locates the same cells): a repeated
 * point gets the answer a fresh locator computes, and each caller its own split point.
 */
class EdgeLocatorTest {

  @Test
  void aRepeatedPointGetsTheAnswerAFreshLocatorComputes() {
    RoadGraph g = GridFixture.graph(false);
    EdgeLocator cached = g.locator();
    Coordinate[] points = {
      new Coordinate(500, 1100), // above a–b, 100 m off
      new Coordinate(1000, 500), // on b–e
      new Coordinate(1700, -30), // below e–f
      new Coordinate(250, 980)
    };
    for (Coordinate p : points) {
      EdgeLocation first = cached.locate(p);
      EdgeLocation again = cached.locate(new Coordinate(p.x, p.y));
      EdgeLocation fresh = new EdgeLocator(g, e -> true).locate(p);
      assertThat(again).isEqualTo(fresh);
      assertThat(first).isEqualTo(fresh);
    }
    // (500, 1100) lies 100 m above the middle of a–b
    EdgeLocation ab = cached.locate(points[0]);
    assertThat(ab.connectorMeters()).isEqualTo(100.0);
    assertThat(ab.splitPoint().equals2D(new Coordinate(500, 1000))).isTrue();
  }

  @Test
  void eachCallerGetsItsOwnSplitPoint() {
    RoadGraph g = GridFixture.graph(false);
    Coordinate p = new Coordinate(500, 1100);
    EdgeLocation first = g.locator().locate(p);
    first.splitPoint().x = -1; // a caller that moves its point (e.g. projecting in place)
    assertThat(g.locator().locate(p).splitPoint().equals2D(new Coordinate(500, 1000))).isTrue();
  }
}
