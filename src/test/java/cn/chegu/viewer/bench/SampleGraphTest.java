package cn.chegu.viewer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.RoadGraphBuilder;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/**
 * The graph of the REAL sample ({@code gis-data/roads}, noded at 1 m as the application does) is
 * the one the former builder made: node ids by first sight of each exact end coordinate, as a
 * {@code HashMap<Coordinate, Integer>} numbered them, and the counts and total length measured with
 * that builder (commit ff63b79: 3,233 nodes, 5,685 edges, 2,061,815.599154 m). The roads were
 * regenerated from the hand-digitised files in dcd035a (248 pieces moved by at most 1e-6°, where
 * they cross 长江左岸大道 and 沿江高速): same counts, total 2,061,814.003065 m.
 */
class SampleGraphTest {

  @Test
  void sampleGraphIsTheOneTheFormerBuilderMade() throws Exception {
    SampleNetwork sample = SampleNetwork.load(Path.of("gis-data"));
    RoadGraph g = new RoadGraphBuilder(1.0).build(sample.roads());

    assertThat(g.nodeCount()).isEqualTo(3_233);
    assertThat(g.edgeCount()).isEqualTo(5_685);
    double length = 0;
    for (int e = 0; e < g.edgeCount(); e++) {
      length += g.edgeLengthMeters(e);
    }
    assertThat(length).isBetween(2_061_814.003064, 2_061_814.003065);

    // the former numbering: edge ends in edge order, each new coordinate the next id
    Map<Coordinate, Integer> ids = new HashMap<>();
    for (int e = 0; e < g.edgeCount(); e++) {
      Coordinate[] pts = g.edgeLine(e).getCoordinates();
      int from = ids.computeIfAbsent(new Coordinate(pts[0].x, pts[0].y), k -> ids.size());
      int to =
          ids.computeIfAbsent(
              new Coordinate(pts[pts.length - 1].x, pts[pts.length - 1].y), k -> ids.size());
      assertThat(g.edgeFrom(e)).isEqualTo(from);
      assertThat(g.edgeTo(e)).isEqualTo(to);
      assertThat(g.node(from).equals2D(pts[0])).isTrue();
    }
    assertThat(ids).hasSize(g.nodeCount());
  }
}
