package cn.chegu.viewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.ServiceStandard;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A siting answer evaluates its chosen sites by their columns of the coverage sets ({@link
 * SitingEvaluator#evaluateCandidates}) instead of growing a shortest-path tree per site ({@link
 * SitingEvaluator#evaluate(PreparedSiting, List, Timings)}, kept as the oracle): on random sets of
 * random candidates (road vertices and populated cells of the sample), for walking, driving,
 * life-circle and straight-line standards, and after a request's spacing rule renumbered the
 * candidates, both give the identical evaluation — shares, per-site gains in order, per-area table.
 *
 * <p>Shares the Spring context of {@code web.SampleApiTest} (same properties).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:sample-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class SitingEvaluationColumnsTest {

  @Autowired CoverageService coverage;
  @Autowired SitingStates states;
  @Autowired SitingEvaluator evaluator;

  @ParameterizedTest
  @CsvSource({
    "health15, NETWORK, 1",
    "emergency12, NETWORK, 2",
    "life15, NETWORK, 3",
    "kindergarten5, EUCLIDEAN, 4"
  })
  void theColumnsGiveTheSameEvaluationAsATreePerSite(
      String code, CoverageMethod method, long seed) {
    ServiceStandard standard = coverage.standards().get(code);
    Random random = new Random(seed);
    PreparedSiting base = states.base(standard, method, PopulationYear.Y2020, FacilitySet.EXISTING);
    PreparedSiting state = base.withCandidates(randomPoints(base, random, 40));
    PreparedSiting spaced = state.keeping(j -> j % 3 != 1);
    assertThat(spaced.candidates).hasSize(27);

    int compared = 0;
    long gained = 0;
    for (PreparedSiting s : List.of(state, spaced)) {
      for (int run = 0; run < 12; run++) {
        int[] chosen = randomChoice(s.candidates.size(), 1 + random.nextInt(8), random);
        List<Coordinate> sites = new ArrayList<>();
        for (int j : chosen) {
          sites.add(s.candidates.get(j));
        }
        Evaluation oracle = evaluator.evaluate(s, sites, null);
        Evaluation fast = evaluator.evaluateCandidates(s, chosen, null);
        assertThat(fast).isEqualTo(oracle);
        gained += oracle.newlyCovered();
        compared++;
      }
      for (int j = 0; j < s.candidates.size(); j++) {
        BitSet tree = s.covers(s.candidates.get(j));
        assertThat(s.coversCandidate(j)).as("column %d", j).isEqualTo(tree);
      }
    }
    assertThat(compared).isEqualTo(24);
    assertThat(gained).as("the random sites cover someone new").isPositive();
  }

  /** Distinct random road vertices and populated cell points (metres). */
  private static List<Coordinate> randomPoints(PreparedSiting base, Random random, int n) {
    List<Coordinate> pool = new ArrayList<>();
    for (int e = 0; e < base.graph.edgeCount(); e++) {
      pool.add(new Coordinate(base.graph.edgeLine(e).getCoordinateN(0)));
    }
    for (DemandCell c : base.cells) {
      if (c.residents() > 0) {
        pool.add(c.location());
      }
    }
    Set<Coordinate> out = new LinkedHashSet<>();
    while (out.size() < n) {
      out.add(pool.get(random.nextInt(pool.size())));
    }
    return List.copyOf(out);
  }

  private static int[] randomChoice(int n, int k, Random random) {
    Set<Integer> out = new LinkedHashSet<>();
    while (out.size() < Math.min(k, n)) {
      out.add(random.nextInt(n));
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
