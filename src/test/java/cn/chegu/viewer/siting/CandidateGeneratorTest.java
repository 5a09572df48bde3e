package cn.chegu.viewer.siting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class CandidateGeneratorTest {

  /** Nodes every 10 m along y = 0 from x = 0 to 100. */
  static final List<Coordinate> ROW =
      IntStream.rangeClosed(0, 10).mapToObj(i -> new Coordinate(10 * i, 0)).toList();

  @Test
  void thinningKeepsTheFirstPointAndThenEveryOneAtLeastTheSpacingAway() {
    List<CandidateGenerator.Candidate> kept = CandidateGenerator.fromPoints(ROW, 25);

    // 0 kept; 10, 20 too close; 30 kept; 40, 50 too close; 60 kept; 90 kept
    assertThat(kept)
        .extracting(CandidateGenerator.Candidate::x)
        .containsExactly(0.0, 30.0, 60.0, 90.0);
    assertThat(kept).extracting(CandidateGenerator.Candidate::source).containsExactly(0, 3, 6, 9);
  }

  @Test
  void noTwoKeptPointsAreCloserThanTheSpacingOnARandomCloud() {
    java.util.Random rnd = new java.util.Random(7);
    List<Coordinate> cloud =
        IntStream.range(0, 2000)
            .mapToObj(i -> new Coordinate(rnd.nextDouble() * 1000, rnd.nextDouble() * 1000))
            .toList();

    List<CandidateGenerator.Candidate> kept = CandidateGenerator.fromPoints(cloud, 50);

    double closest = Double.POSITIVE_INFINITY;
    for (int a = 0; a < kept.size(); a++) {
      for (int b = a + 1; b < kept.size(); b++) {
        closest = Math.min(closest, kept.get(a).coordinate().distance(kept.get(b).coordinate()));
      }
    }
    assertThat(closest).isGreaterThanOrEqualTo(50);
    // and thinning is maximal: every dropped point has a kept one within the spacing
    long uncovered =
        cloud.stream()
            .filter(c -> kept.stream().noneMatch(k -> k.coordinate().distance(c) < 50))
            .count();
    assertThat(uncovered).isZero();
    assertThat(kept.size()).isBetween(100, 2000);
  }

  @Test
  void onlyNodesInsideGapPolygonsAreCandidates() throws ParseException {
    // two gaps: x in [15, 45] and x in [75, 85] (a boundary node counts as inside)
    Geometry gaps =
        new WKTReader()
            .read(
                "MULTIPOLYGON (((15 -5, 45 -5, 45 5, 15 5, 15 -5)),"
                    + " ((75 -5, 85 -5, 85 5, 75 5, 75 -5)))");

    List<CandidateGenerator.Candidate> kept = CandidateGenerator.insideGaps(ROW, gaps, 15);

    // inside: 20, 30, 40, 80; spacing 15 drops 30
    assertThat(kept).extracting(CandidateGenerator.Candidate::x).containsExactly(20.0, 40.0, 80.0);
  }
}
