package cn.chegu.viewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.siting.CostMatrix;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A build stopped early gives the candidates whose columns are done, with exactly the minutes the
 * complete build gives them; finishing it gives the whole matrix. Candidates at the existing health
 * facilities of the sample, so the numbers can be checked against coverage by hand.
 *
 * <p>Shares the Spring context of {@code web.SampleApiTest} (same properties).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:sample-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class SitingBuildTest {

  @Autowired CoverageService coverage;

  @Test
  void aBuildStoppedAtOnceHasOneCandidateWithItsFullColumnAndFinishesLater() {
    AnalysisData data = coverage.data();
    ServiceStandard standard = coverage.standards().get("health15");
    PreparedSiting.Key key =
        new PreparedSiting.Key(
            "", "health15", CoverageMethod.NETWORK, PopulationYear.Y2020, FacilitySet.EXISTING, -1);
    PreparedSiting base =
        new PreparedSiting(
            key,
            standard,
            data.graph(FacilitySet.EXISTING),
            data.cells().get(PopulationYear.Y2020),
            null);
    List<Coordinate> sites =
        data.facilities(FacilitySet.EXISTING).stream()
            .filter(f -> standard.types().contains(f.type()))
            .map(f -> f.point().getCoordinate())
            .toList();
    assertThat(sites).hasSizeGreaterThan(2);
    SitingBuild build = new SitingBuild(() -> new SitingBuild.Start(base, sites));

    build.work(() -> true);
    PreparedSiting partial = build.current();
    assertThat(build.ready()).isFalse();
    assertThat(build.generated()).isEqualTo(sites.size());
    assertThat(partial.candidates).hasSize(1);

    PreparedSiting full = build.complete();
    assertThat(build.ready()).isTrue();
    assertThat(full.candidates).isEqualTo(sites);
    CostMatrix direct = base.matrix(sites);
    for (int i = 0; i < base.cells.size(); i++) {
      int[] covering = full.candidateSets.candidatesCovering(i);
      for (int c : covering) {
        assertThat(direct.minutes(i, c)).isLessThanOrEqualTo(standard.minutes());
      }
      for (int c = 0; c < sites.size(); c++) {
        if (direct.minutes(i, c) <= standard.minutes()) {
          assertThat(covering).contains(c);
        }
      }
    }
    int j = sites.indexOf(partial.candidates.get(0));
    CostMatrix one = base.matrix(partial.candidates);
    for (int i = 0; i < base.cells.size(); i++) {
      assertThat(one.minutes(i, 0)).isEqualTo(direct.minutes(i, j));
    }
    assertThat(build.current()).isSameAs(full);
  }

  @Test
  void theSpreadStrideVisitsEveryCandidateOnce() {
    for (int n = 1; n <= 60; n++) {
      int stride = SitingBuild.spreadStride(n);
      Set<Integer> seen = new HashSet<>();
      for (int t = 0; t < n; t++) {
        seen.add((int) ((long) t * stride % n));
      }
      assertThat(seen).as("n=%d stride=%d", n, stride).hasSize(n);
    }
  }
}
