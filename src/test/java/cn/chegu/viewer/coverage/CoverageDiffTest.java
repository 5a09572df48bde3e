package cn.chegu.viewer.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.chegu.viewer.coverage.CoverageDiff.Change;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Three cells, A then B:
 *
 * <pre>
 *   cell  area  residents  covered A  covered B
 *   c1    x     10         no         yes        gain
 *   c2    x     20         yes        no         loss
 *   c3    y     30         yes        yes        same, not listed
 * </pre>
 */
class CoverageDiffTest {

  private static final GeometryFactory GF = new GeometryFactory();

  private static CoverageResult result(boolean... covered) {
    String[] ids = {"c1", "c2", "c3"};
    String[] areas = {"x", "x", "y"};
    long[] residents = {10, 20, 30};
    List<CellCoverage> cells = new ArrayList<>();
    long cov = 0;
    for (int i = 0; i < 3; i++) {
      cells.add(
          new CellCoverage(ids[i], areas[i], residents[i], null, 1, 1, covered[i], List.of()));
      cov += covered[i] ? residents[i] : 0;
    }
    return new CoverageResult(
        "s", CoverageMethod.NETWORK, cells, 60, cov, cov / 60.0, List.of(), 0);
  }

  private static List<DemandCell> cells() {
    List<DemandCell> out = new ArrayList<>();
    String[] ids = {"c1", "c2", "c3"};
    for (int i = 0; i < 3; i++) {
      out.add(new DemandCell(ids[i], GF.createPoint(new Coordinate(i, 0)), 10L * (i + 1), "x"));
    }
    return out;
  }

  @Test
  void listsTheCellsThatGainOrLoseAndSumsEachAreaOnBothSides() {
    CoverageDiff d =
        CoverageDiff.of(result(false, true, true), cells(), result(true, false, true), cells());
    assertThat(d.coveredA()).isEqualTo(50);
    assertThat(d.coveredB()).isEqualTo(40);
    assertThat(d.cells()).extracting(CoverageDiff.CellChange::cellId).containsExactly("c1", "c2");
    assertThat(d.cells())
        .extracting(CoverageDiff.CellChange::change)
        .containsExactly(Change.GAIN, Change.LOSS);
    assertThat(d.cells().get(0).uncoveredA()).isEqualTo(10);
    assertThat(d.cells().get(0).uncoveredB()).isZero();
    assertThat(d.byArea())
        .containsExactly(
            new CoverageDiff.AreaChange("x", 30, 20, 30, 10),
            new CoverageDiff.AreaChange("y", 30, 30, 30, 30));
    assertThat(d.byArea().get(0).change()).isEqualTo(-10);
  }

  @Test
  void refusesCoveragesOverDifferentCells() {
    CoverageResult two =
        new CoverageResult(
            "s",
            CoverageMethod.NETWORK,
            result(true, true, true).cells().subList(0, 2),
            30,
            30,
            1,
            List.of(),
            0);
    assertThatThrownBy(() -> CoverageDiff.of(result(true, true, true), cells(), two, cells()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not over the same cells");
  }
}
