package cn.chegu.viewer.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.facility.ServiceStandards;
import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.RoadGraphBuilder;
import cn.chegu.viewer.network.RoadSegment;
import cn.chegu.viewer.network.SyntheticNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties on seeded random towns (12 × 12 streets, 300 m apart, 4 facilities per type). */
class CoveragePropertiesTest {

  static Stream<Arguments> towns() {
    return Stream.of(11L, 22L, 33L)
        .flatMap(
            seed -> ServiceStandards.defaults().stream().map(s -> Arguments.of(seed, s.code())));
  }

  private static SyntheticNetwork town(long seed) {
    return SyntheticNetwork.generate(12, 12, 300, 4, seed);
  }

  private static RoadGraph graph(SyntheticNetwork town) {
    return new RoadGraphBuilder(0.5).build(town.roads());
  }

  @ParameterizedTest(name = "seed {0} {1}")
  @MethodSource("towns")
  void coveredPlusUncoveredIsTotalInEveryArea(long seed, String code) {
    SyntheticNetwork town = town(seed);
    ServiceStandard s = ServiceStandards.byCode(code);
    for (CoverageMethod m : CoverageMethod.values()) {
      CoverageResult r = CoverageOp.compute(graph(town), town.facilities(), town.cells(), s, m);
      long covered =
          r.cells().stream().filter(CellCoverage::covered).mapToLong(CellCoverage::residents).sum();
      long uncovered =
          r.cells().stream().filter(c -> !c.covered()).mapToLong(CellCoverage::residents).sum();
      long total = town.cells().stream().mapToLong(DemandCell::residents).sum();

      assertThat(covered + uncovered).isEqualTo(total).isEqualTo(r.totalResidents());
      assertThat(covered).isEqualTo(r.coveredResidents());
      assertThat(r.byArea().stream().mapToLong(AreaCoverage::total).sum()).isEqualTo(total);
      assertThat(r.byArea().stream().mapToLong(AreaCoverage::covered).sum()).isEqualTo(covered);
    }
  }

  /**
   * Travel time bounds distance: a network path (access leg + roads + access leg) from facility to
   * cell is at least the straight line between them, and nowhere faster than the fastest stated
   * speed — the walking speed, or for vehicles the fastest road class speed × the standard's factor
   * or the access speed, whichever is higher — after the dispatch delay. So every cell the network
   * covers lies within {@code fastest speed × (time − dispatch delay)} of a facility: the circle
   * with that radius covers at least the same cells, for the same facilities. (The plan's own
   * radius is that bound for the walking standards; for emergency12 its 5 km radius is far below
   * it, which is why plan-wide network coverage can exceed the straight line.)
   */
  @ParameterizedTest(name = "seed {0} {1}")
  @MethodSource("towns")
  void networkNeverCoversMoreThanTheCircleOfItsFastestSpeed(long seed, String code) {
    ServiceStandard standard = ServiceStandards.byCode(code);
    // vehicles: 1 minute after dispatch, so the bound (~1.3 km) does not cover the whole 3.3 km
    // town
    ServiceStandard s =
        standard.mode() == ServiceStandard.Mode.WALK
            ? standard
            : standard.withTime(standard.dispatchDelay().plusMinutes(1));
    // every-type standards (life15) get 12 facilities per type, so that someone has all in reach
    int perType = s.rule() == ServiceStandard.Rule.EVERY_TYPE ? 12 : 4;
    SyntheticNetwork town = SyntheticNetwork.generate(12, 12, 300, perType, seed);
    double fastestKmh = fastestKmh(s, town.roads());
    double travelSeconds = (s.time().toMillis() - s.dispatchDelay().toMillis()) / 1000.0;
    ServiceStandard bound = s.withEuclideanRadiusMeters(fastestKmh / 3.6 * travelSeconds);

    CoverageResult net =
        CoverageOp.compute(
            graph(town), town.facilities(), town.cells(), bound, CoverageMethod.NETWORK);
    CoverageResult euc =
        CoverageOp.compute(null, town.facilities(), town.cells(), bound, CoverageMethod.EUCLIDEAN);

    assertThat(net.coveredResidents()).as("the network covers someone").isPositive();
    assertThat(euc.coveredResidents())
        .as("the circle leaves someone out")
        .isLessThan(euc.totalResidents());
    assertThat(net.coveredResidents()).isLessThanOrEqualTo(euc.coveredResidents());
    for (int i = 0; i < net.cells().size(); i++) {
      if (net.cells().get(i).covered()) {
        assertThat(euc.cells().get(i).covered()).as(net.cells().get(i).cellId()).isTrue();
      }
    }
  }

  /** The fastest speed a standard's network travel can reach on these roads, km/h. */
  private static double fastestKmh(ServiceStandard s, List<RoadSegment> roads) {
    if (s.mode() == ServiceStandard.Mode.WALK) {
      return Math.max(s.speedKmh(), s.accessSpeedKmh());
    }
    double road = roads.stream().mapToDouble(RoadSegment::speedKmh).max().orElseThrow();
    return Math.max(road * s.roadSpeedFactor(), s.accessSpeedKmh());
  }

  @ParameterizedTest(name = "seed {0} {1}")
  @MethodSource("towns")
  void addingAFacilityNeverLowersCoverage(long seed, String code) {
    ServiceStandard s = ServiceStandards.byCode(code);
    SyntheticNetwork town = town(seed);
    SyntheticNetwork other = town(seed + 1000); // its facilities are extra candidates
    RoadGraph g = graph(town);
    for (CoverageMethod m : CoverageMethod.values()) {
      List<ServicePoint> facilities = new ArrayList<>(town.facilities());
      CoverageResult before = CoverageOp.compute(g, facilities, town.cells(), s, m);
      for (ServicePoint extra : other.facilities().subList(0, 13)) {
        facilities.add(new ServicePoint("extra-" + extra.id(), extra.type(), "", extra.point()));
      }
      CoverageResult after = CoverageOp.compute(g, facilities, town.cells(), s, m);

      assertThat(after.coveredResidents()).isGreaterThanOrEqualTo(before.coveredResidents());
      for (int i = 0; i < before.cells().size(); i++) {
        if (before.cells().get(i).covered()) {
          assertThat(after.cells().get(i).covered()).isTrue();
        }
        if (s.rule() == ServiceStandard.Rule.EVERY_TYPE) {
          continue; // minutes there belong to the deciding type, which may change
        }
        assertThat(after.cells().get(i).minutes())
            .as("%s %s", m, before.cells().get(i).cellId())
            .isLessThanOrEqualTo(before.cells().get(i).minutes() + 1e-9);
      }
    }
  }
}
