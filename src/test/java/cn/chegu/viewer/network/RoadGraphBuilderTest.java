package cn.chegu.viewer.network;

import static cn.chegu.viewer.network.GridFixture.road;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoadGraphBuilderTest {

  @Test
  void gridLinesAreSplitAtSharedVertices() {
    RoadGraph g = GridFixture.graph(false);

    assertThat(g.nodeCount()).isEqualTo(6);
    assertThat(g.edgeCount()).isEqualTo(7);
    assertThat(g.componentCount()).isEqualTo(1);
    for (int e = 0; e < g.edgeCount(); e++) {
      assertThat(g.edgeLengthMeters(e)).isEqualTo(1000.0);
    }
    // b is where the line a-b-c met the line b-e: three edges meet there
    assertThat(g.degree(GridFixture.node(g, GridFixture.B))).isEqualTo(3);
    assertThat(g.degree(GridFixture.node(g, GridFixture.A))).isEqualTo(2);
  }

  /**
   *
   *
   * <pre>
   *        (500,1000)
   *            |
   *  (0,500) --+-- (1000,500)     two lines crossing with no shared vertex
   *            |
   *        (500,0)
   * </pre>
   */
  @Test
  void crossingLinesGetANodeAtTheIntersection() {
    RoadGraph g =
        new RoadGraphBuilder(0.5)
            .build(
                List.of(
                    road("LINESTRING (0 500, 1000 500)", false),
                    road("LINESTRING (500 0, 500 1000)", false)));

    assertThat(g.nodeCount()).isEqualTo(5);
    assertThat(g.edgeCount()).isEqualTo(4);
    int centre = GridFixture.node(g, new org.locationtech.jts.geom.Coordinate(500, 500));
    assertThat(g.degree(centre)).isEqualTo(4);
  }

  @Test
  void endsWithinToleranceAreSnappedTogether() {
    // (0 0)-(1000 0) and (1000.3 0.2)-(2000 0): a 0.36 m gap, tolerance 1 m
    RoadGraph g =
        new RoadGraphBuilder(1.0)
            .build(
                List.of(
                    road("LINESTRING (0 0, 1000 0)", false),
                    road("LINESTRING (1000.3 0.2, 2000 0)", false)));

    assertThat(g.nodeCount()).isEqualTo(3);
    assertThat(g.componentCount()).isEqualTo(1);
  }

  /**
   *
   *
   * <pre>
   *        (500,1000)
   *            |
   *        (500,0.4)           an end 0.4 m above the line, tolerance 1 m: a T junction
   *  (0,0) ----------- (1000,0)
   * </pre>
   */
  @Test
  void endWithinToleranceOfALineMakesATJunction() {
    RoadGraph g =
        new RoadGraphBuilder(1.0)
            .build(
                List.of(
                    road("LINESTRING (0 0, 1000 0)", false),
                    road("LINESTRING (500 0.4, 500 1000)", false)));

    assertThat(g.nodeCount()).isEqualTo(4);
    assertThat(g.edgeCount()).isEqualTo(3);
    assertThat(g.componentCount()).isEqualTo(1);
  }

  @Test
  void endsFartherThanToleranceStayApart() {
    RoadGraph g =
        new RoadGraphBuilder(1.0)
            .build(
                List.of(
                    road("LINESTRING (0 0, 1000 0)", false),
                    road("LINESTRING (1005 0, 2000 0)", false)));

    assertThat(g.nodeCount()).isEqualTo(4);
    assertThat(g.componentCount()).isEqualTo(2);
  }

  @Test
  void disconnectedPiecesAreReportedAsComponents() {
    List<RoadSegment> roads = new java.util.ArrayList<>(GridFixture.grid(false));
    roads.add(road("LINESTRING (5000 0, 6000 0)", false));
    RoadGraph g = new RoadGraphBuilder(0.5).build(roads);

    assertThat(g.componentCount()).isEqualTo(2);
    int far = GridFixture.node(g, new org.locationtech.jts.geom.Coordinate(5000, 0));
    assertThat(g.componentOf(far)).isNotEqualTo(g.componentOf(GridFixture.node(g, GridFixture.A)));
  }

  @Test
  void rejectsNonPositiveTolerance() {
    assertThatThrownBy(() -> new RoadGraphBuilder(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("toleranceMeters");
  }
}
