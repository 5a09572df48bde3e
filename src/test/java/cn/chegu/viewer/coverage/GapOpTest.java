package cn.chegu.viewer.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.facility.ServiceStandards;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

/**
 * A row of five 250 m cells; a park at the west end covers the first (Euclidean 500 m):
 *
 * <pre>
 *   | P c0 | c1 | c2 |    | c4 |      c3 is missing: c1+c2 form one gap, c4 another
 *   0     250  500  750  1000 1250
 * </pre>
 */
class GapOpTest {

  private static final GeometryFactory F = new GeometryFactory();

  private static Polygon square(double x) throws Exception {
    return (Polygon)
        new WKTReader(F)
            .read(
                String.format(
                    "POLYGON ((%1$s 0, %2$s 0, %2$s 250, %1$s 250, %1$s 0))", x, x + 250));
  }

  @Test
  void uncoveredCellsDissolveIntoRankedGaps() throws Exception {
    List<DemandCell> cells = new ArrayList<>();
    cells.add(new DemandCell("c0", square(0), 10, "a"));
    cells.add(new DemandCell("c1", square(250), 20, "a"));
    cells.add(new DemandCell("c2", square(500), 30, "a"));
    cells.add(new DemandCell("c4", square(1000), 40, "a"));
    List<ServicePoint> park =
        List.of(
            new ServicePoint("P", FacilityType.PARK, "P", F.createPoint(new Coordinate(0, 125))));

    CoverageResult r =
        CoverageOp.compute(
            null, park, cells, ServiceStandards.byCode("park10"), CoverageMethod.EUCLIDEAN);
    List<Gap> gaps = new GapOp(125).compute(r, cells);

    // c1 centre (375,125) is 375 m away: covered; c2 (625) and c4 (1125) are not
    assertThat(r.cells())
        .extracting(CellCoverage::covered)
        .containsExactly(true, true, false, false);
    assertThat(gaps).hasSize(2);
    assertThat(gaps.get(0).rank()).isEqualTo(1);
    assertThat(gaps.get(0).residents()).isEqualTo(40);
    assertThat(gaps.get(0).polygon().covers(F.createPoint(new Coordinate(1100, 100)))).isTrue();
    assertThat(gaps.get(1).residents()).isEqualTo(30);
    assertThat(gaps.get(1).polygon().covers(F.createPoint(new Coordinate(600, 100)))).isTrue();
    assertThat(gaps.get(1).polygon().covers(F.createPoint(new Coordinate(300, 100)))).isFalse();
  }

  @Test
  void adjacentUncoveredCellsMergeIntoOnePolygon() throws Exception {
    List<DemandCell> cells =
        List.of(
            new DemandCell("c1", square(250), 20, "a"), new DemandCell("c2", square(500), 30, "a"));
    CoverageResult r =
        CoverageOp.compute(
            null, List.of(), cells, ServiceStandards.byCode("park10"), CoverageMethod.EUCLIDEAN);

    List<Gap> gaps = new GapOp(125).compute(r, cells);

    assertThat(gaps).hasSize(1);
    assertThat(gaps.get(0).residents()).isEqualTo(50);
    assertThat(gaps.get(0).cellCount()).isEqualTo(2);
    assertThat(gaps.get(0).polygon().getArea()).isEqualTo(2 * 250 * 250.0);
  }
}
