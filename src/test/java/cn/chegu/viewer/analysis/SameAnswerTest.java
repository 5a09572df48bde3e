package cn.chegu.viewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.chegu.viewer.coverage.CellCoverage;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.CoverageResult;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.coverage.Gap;
import cn.chegu.viewer.coverage.GapOp;
import cn.chegu.viewer.coverage.Gaps;
import cn.chegu.viewer.coverage.PointCoverage;
import cn.chegu.viewer.coverage.ServicePoint;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.facility.ServiceStandards;
import cn.chegu.viewer.io.MetricProjection;
import cn.chegu.viewer.siting.CostMatrix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The same point gets the same answer everywhere: for every population cell of the shipped sample
 * and every standard (both methods; existing, and plan for emergency12), batch coverage, the point
 * query at the cell's location (as a client would send it, in WGS84) and gap membership agree on
 * covered and minutes; and siting's network cost matrix with a candidate at each existing facility
 * gives the minutes coverage gives for the cells that facility serves (never fewer for any cell).
 *
 * <p>Shares the Spring context of {@code web.SampleApiTest} (same properties), so the sample is
 * loaded once.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:sample-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class SameAnswerTest {

  private static final double EPS_MINUTES = 1e-6;

  @Autowired CoverageService coverage;

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (ServiceStandard s : ServiceStandards.defaults()) {
      for (CoverageMethod m : CoverageMethod.values()) {
        out.add(Arguments.of(s.code(), m, FacilitySet.EXISTING));
        if (s.code().equals("emergency12")) {
          out.add(Arguments.of(s.code(), m, FacilitySet.PLAN)); // all emergency ones are planned
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cases")
  void batchPointQueryAndGapsAgreeForEveryCell(String code, CoverageMethod m, FacilitySet set) {
    AnalysisData data = coverage.data();
    List<DemandCell> cells = data.cells().get(PopulationYear.Y2020);
    CoverageResult batch = coverage.coverage(code, m, PopulationYear.Y2020, set);
    double limit = coverage.standards().get(code).minutes();
    // every uncovered cell with residents is in exactly one gap when nothing is folded
    Gaps all = new GapOp(1, 1).compute(batch, cells, data.facilities(set), null);
    Map<String, Gap> gapOf = new HashMap<>();
    for (Gap g : all.gaps()) {
      for (String id : g.cellIds()) {
        assertThat(gapOf.put(id, g)).as("cell %s in two gaps", id).isNull();
      }
    }
    int disagreements = 0;
    List<String> examples = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      DemandCell cell = cells.get(i);
      CellCoverage b = batch.cells().get(i);
      Coordinate ll = MetricProjection.UTM_50N.toLonLat(cell.location().x, cell.location().y);
      PointCoverage p = coverage.at(ll.x, ll.y, code, m, set);
      boolean sameMinutes =
          Double.isInfinite(b.minutes())
              ? Double.isInfinite(p.minutes())
              : Math.abs(b.minutes() - p.minutes()) <= EPS_MINUTES;
      // a flip is tolerated only for a time on the limit itself (within rounding)
      boolean sameCovered =
          b.covered() == p.covered() || Math.abs(b.minutes() - limit) <= EPS_MINUTES;
      if (!sameMinutes || !sameCovered) {
        disagreements++;
        if (examples.size() < 5) {
          examples.add(cell.id() + ": batch " + b.minutes() + " / point " + p.minutes());
        }
      }
      Gap g = gapOf.get(cell.id());
      if (b.covered() || cell.residents() == 0) {
        assertThat(g).as("covered or empty cell %s in a gap", cell.id()).isNull();
      } else {
        assertThat(g).as("uncovered cell %s in no gap", cell.id()).isNotNull();
        assertThat(g.minutesToNearest()).isLessThanOrEqualTo(b.minutes());
      }
    }
    assertThat(disagreements).as("cells where batch and point query differ: %s", examples).isZero();
    assertThat(all.uncoveredResidents()).isEqualTo(batch.uncoveredResidents());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleTypeStandards")
  void sitingMatrixAtAnExistingFacilityGivesCoveragesMinutes(String code) {
    AnalysisData data = coverage.data();
    ServiceStandard standard = coverage.standards().get(code);
    List<DemandCell> cells = data.cells().get(PopulationYear.Y2020);
    CoverageResult batch =
        coverage.coverage(code, CoverageMethod.NETWORK, PopulationYear.Y2020, FacilitySet.PLAN);
    List<ServicePoint> served =
        data.facilities(FacilitySet.PLAN).stream()
            .filter(f -> standard.types().contains(f.type()))
            .toList();
    List<Coordinate> sites = served.stream().map(f -> f.point().getCoordinate()).toList();
    CostMatrix matrix =
        SitingStates.networkMatrix(data.graph(FacilitySet.PLAN), standard, cells, sites);
    int equal = 0;
    for (int i = 0; i < cells.size(); i++) {
      CellCoverage b = batch.cells().get(i);
      for (int j = 0; j < sites.size(); j++) {
        double minutes = matrix.minutes(i, j);
        if (Double.isInfinite(minutes)) {
          continue;
        }
        assertThat(minutes).isGreaterThanOrEqualTo(b.minutes() - EPS_MINUTES);
        if (served.get(j).id().equals(b.facilityId())) {
          assertThat(minutes)
              .as("cell %s from %s", b.cellId(), b.facilityId())
              .isCloseTo(b.minutes(), within(EPS_MINUTES));
          equal++;
        }
      }
      if (b.covered()) {
        // a covered cell is reached within the limit by its own facility in the matrix
        int j = indexOf(served, b.facilityId());
        assertThat(matrix.minutes(i, j)).isLessThanOrEqualTo(standard.minutes() + EPS_MINUTES);
      }
    }
    assertThat(equal).isPositive();
  }

  static Stream<String> singleTypeStandards() {
    return ServiceStandards.defaults().stream()
        .filter(s -> s.rule() == ServiceStandard.Rule.ANY_TYPE)
        .map(ServiceStandard::code);
  }

  private static int indexOf(List<ServicePoint> list, String id) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no facility " + id);
  }
}
