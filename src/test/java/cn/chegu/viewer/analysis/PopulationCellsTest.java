package cn.chegu.viewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chegu.viewer.area.AdminUnits;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.io.MetricProjection;
import cn.chegu.viewer.store.StoredFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/**
 * Population cells as the analysis derives them, on four cells of 0.01° (WGS84) checked by eye:
 *
 * <pre>
 *  lat 30.42 +----------------------+
 *            |  甲 (unit)  |  乙    |  zone = units = [114.00, 114.04] × [30.40, 30.42]
 *  lat 30.40 +-------------+--------+
 *          114.00       114.02    114.04        c-out: [114.05, 114.06] × [30.40, 30.41]
 * </pre>
 *
 * c-given (甲 territory, says "丙": kept as given), c-join (乙 territory, no subdistrict: 乙), c-none
 * (inside the zone when units are absent: the area's name), c-out (outside: left out, counted).
 */
class PopulationCellsTest {

  private static final MetricProjection UTM = MetricProjection.of(32650);
  private static final WKTReader WKT = new WKTReader();

  private static Geometry box(double x0, double y0, double x1, double y1) throws Exception {
    return WKT.read(
        String.format(
            java.util.Locale.ROOT,
            "POLYGON ((%f %f, %f %f, %f %f, %f %f, %f %f))",
            x0,
            y0,
            x1,
            y0,
            x1,
            y1,
            x0,
            y1,
            x0,
            y0));
  }

  private static StoredFeature cell(String id, Geometry g, long r2020, long r2025, String sd) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("residents", r2020);
    p.put("residents_2025", r2025);
    if (sd != null) {
      p.put("subdistrict", sd);
    }
    return new StoredFeature("population", id, g, p);
  }

  private static List<StoredFeature> population() throws Exception {
    return List.of(
        cell("c-given", box(114.00, 30.40, 114.01, 30.41), 100, 150, "丙"),
        cell("c-join", box(114.02, 30.40, 114.03, 30.41), 40, 60, null),
        cell("c-blank", box(114.03, 30.41, 114.04, 30.42), 5, 6, ""),
        cell("c-out", box(114.05, 30.40, 114.06, 30.41), 7, 9, "甲"));
  }

  private static AdminUnits units() throws Exception {
    return AdminUnits.of(
        List.of(
            new AdminUnits.Unit("甲", UTM.toMetric(box(114.00, 30.40, 114.02, 30.42))),
            new AdminUnits.Unit("乙", UTM.toMetric(box(114.02, 30.40, 114.04, 30.42)))));
  }

  @Test
  void cellsOutsideTheZoneAreLeftOutAndCountedPerYear() throws Exception {
    AnalysisDataLoader.Cells cells =
        AnalysisDataLoader.cells(
            population(), UTM, UTM.toMetric(box(114.00, 30.40, 114.04, 30.42)), units(), "测试区");
    assertThat(cells.inside().get(PopulationYear.Y2020))
        .extracting(DemandCell::id)
        .containsExactly("c-given", "c-join", "c-blank");
    assertThat(
            cells.inside().get(PopulationYear.Y2020).stream()
                .mapToLong(DemandCell::residents)
                .sum())
        .isEqualTo(145);
    assertThat(cells.outside().cells()).isEqualTo(1);
    assertThat(cells.outside().residents())
        .containsEntry(PopulationYear.Y2020, 7L)
        .containsEntry(PopulationYear.Y2025, 9L);
    assertThat(cells.outside().note(PopulationYear.Y2025))
        .containsExactly(
            "9 residents in 1 cells lie outside the boundary and are not counted",
            "边界外 1 个网格中的 9 名居民不计入");
  }

  @Test
  void aMissingSubdistrictComesFromTheUnitAroundTheCellAGivenOneIsKept() throws Exception {
    AnalysisDataLoader.Cells cells =
        AnalysisDataLoader.cells(
            population(), UTM, UTM.toMetric(box(114.00, 30.40, 114.04, 30.42)), units(), "测试区");
    assertThat(cells.inside().get(PopulationYear.Y2025))
        .extracting(DemandCell::area)
        .containsExactly("丙", "乙", "乙");
  }

  @Test
  void withoutUnitsACellTakesTheAreaNameNeverAnEmptyOne() throws Exception {
    AnalysisDataLoader.Cells cells =
        AnalysisDataLoader.cells(
            population(),
            UTM,
            UTM.toMetric(box(114.00, 30.40, 114.06, 30.42)),
            AdminUnits.of(List.of()),
            "测试区");
    assertThat(cells.inside().get(PopulationYear.Y2020))
        .extracting(DemandCell::area)
        .containsExactly("丙", "测试区", "测试区", "甲");
    assertThat(cells.outside().cells()).isZero();
    assertThat(cells.outside().note(PopulationYear.Y2020)).isNull();
  }
}
