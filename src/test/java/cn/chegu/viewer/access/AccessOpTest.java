package cn.chegu.viewer.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.chegu.viewer.access.AccessResult.CellAccess;
import cn.chegu.viewer.access.AccessResult.FacilityLoad;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.network.RoadClass;
import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.RoadGraphBuilder;
import cn.chegu.viewer.network.RoadSegment;
import cn.chegu.viewer.network.TravelMode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * E2SFCA on a street a pencil can follow.
 *
 * <pre>
 *                                                               c4 (50 residents, 700 m off the
 *                                                               :   street's end: 700 s > 300 s,
 *                                                               :   outside every catchment)
 *   A=====c1===============c2=====B===============c3===========C
 *   0     50              250    300             450          600  metres along one street
 *   A: 10 beds   B: 20 beds   C: 5 beds        c1: 100   c2: 200   c3: 100 residents
 * </pre>
 *
 * Walking at 3.6 km/h = 1 m/s, so seconds = metres. Catchment 5 min = 300 s in Luo &amp; Qi thirds:
 * t ≤ 100 s → 1.00, ≤ 200 s → 0.68, ≤ 300 s → 0.22, beyond → 0.
 *
 * <pre>
 *   times (s)   A     B     C          weights   A     B     C
 *   c1          50    250   550                  1.00  0.22  0
 *   c2          250   50    350                  0.22  1.00  0
 *   c3          450   150   150                  0     0.68  0.68
 *
 *   step 1  D_A = 100·1 + 200·0.22            = 144   R_A = 10/144 = 0.069444
 *           D_B = 100·0.22 + 200·1 + 100·0.68 = 290   R_B = 20/290 = 0.068966
 *           D_C = 100·0.68                    =  68   R_C =  5/68  = 0.073529
 *   step 2  A_1 = 0.069444·1    + 0.068966·0.22 = 0.084617 → 84.617 beds per 1,000
 *           A_2 = 0.069444·0.22 + 0.068966·1    = 0.084243 → 84.243
 *           A_3 = 0.068966·0.68 + 0.073529·0.68 = 0.096897 → 96.897
 *           A_4 = 0
 *   check   100·0.084617 + 200·0.084243 + 100·0.096897 = 35.000 = 10 + 20 + 5
 *
 *   load: each resident split among the facilities in reach in proportion to S_j·W
 *     Σ_j S_j W:  c1 10·1 + 20·0.22 = 14.4   c2 10·0.22 + 20·1 = 22.2   c3 20·0.68 + 5·0.68 = 17
 *     D'_A = 100·10/14.4 + 200·2.2/22.2                 =  89.264
 *     D'_B = 100·4.4/14.4 + 200·20/22.2 + 100·13.6/17   = 290.736
 *     D'_C = 100·3.4/17                                 =  20.000    (sum 400 = residents in reach)
 *   at a norm of 50 per 1,000: load A 89.264·0.05/10 = 0.446, B 290.736·0.05/20 = 0.727,
 *   C 20·0.05/5 = 0.2
 * </pre>
 */
class AccessOpTest {

  private static final GeometryFactory GF = new GeometryFactory();
  private static final AccessParameters WALK_5_MIN =
      new AccessParameters(TravelMode.walk(3.6), Duration.ZERO, DecayBands.luoQi(5), 50);

  private static Point at(double x, double y) {
    return GF.createPoint(new Coordinate(x, y));
  }

  private static RoadGraph street() {
    var line = GF.createLineString(new Coordinate[] {new Coordinate(0, 0), new Coordinate(600, 0)});
    return new RoadGraphBuilder(1.0).build(List.of(RoadSegment.of(line, RoadClass.LOCAL)));
  }

  private static SupplyPoint facility(String id, double x, double capacity) {
    return new SupplyPoint(id, id, at(x, 0), capacity, false, "test");
  }

  private static DemandCell cell(String id, double x, double y, long residents) {
    return new DemandCell(id, at(x, y), residents, "area");
  }

  private static final List<DemandCell> CELLS =
      List.of(
          cell("c1", 50, 0, 100),
          cell("c2", 250, 0, 200),
          cell("c3", 450, 0, 100),
          cell("c4", 600, 700, 50));

  private static final List<SupplyPoint> FACILITIES =
      List.of(facility("A", 0, 10), facility("B", 300, 20), facility("C", 600, 5));

  @Test
  void threeFacilitiesGiveTheHandComputedAccess() {
    AccessResult r = AccessOp.compute(street(), FACILITIES, CELLS, WALK_5_MIN);

    List<Double> access = r.cells().stream().map(CellAccess::accessPerThousand).toList();
    assertThat(access.get(0)).isEqualTo(1000 * (10.0 / 144 + 0.22 * 20.0 / 290), within(1e-9));
    assertThat(access.get(0)).isEqualTo(84.617, within(0.001));
    assertThat(access.get(1)).isEqualTo(84.243, within(0.001));
    assertThat(access.get(2)).isEqualTo(96.897, within(0.001));
    assertThat(access.get(3)).isZero();

    List<Double> demand = r.facilities().stream().map(FacilityLoad::demand).toList();
    assertThat(demand).containsExactly(144.0, 290.0, 68.0);
    List<Double> apportioned =
        r.facilities().stream().map(FacilityLoad::apportionedResidents).toList();
    assertThat(apportioned.get(0)).isEqualTo(100 * 10 / 14.4 + 200 * 2.2 / 22.2, within(1e-9));
    assertThat(apportioned.get(1)).isEqualTo(290.736, within(0.001));
    assertThat(apportioned.get(2)).isEqualTo(20.0, within(1e-9));
    assertThat(apportioned.stream().mapToDouble(d -> d).sum()).isEqualTo(400.0, within(1e-9));
    assertThat(r.facilities().get(0).load()).isEqualTo(0.446, within(0.001));
    assertThat(r.facilities().get(1).load()).isEqualTo(0.727, within(0.001));
    assertThat(r.facilities().get(2).load()).isEqualTo(0.2, within(1e-9));
    assertThat(r.overloadedCount()).isZero();
    assertThat(r.facilities().get(1).cellsInCatchment()).isEqualTo(3);

    // the invariant: all reachable capacity is handed out once
    assertThat(r.capacityInReach()).isEqualTo(35.0);
    assertThat(r.capacityAllocated()).isEqualTo(35.0, within(1e-9));
    assertThat(r.totalResidents()).isEqualTo(450);
    assertThat(r.residentsInReach()).isEqualTo(400);
  }

  @Test
  void aFacilityNoResidentReachesHandsOutNothingAndIsNotCounted() {
    // D, 2 km down a separate street, reaches nobody: R_D = 0, and its capacity is not "in reach"
    var far = GF.createLineString(new Coordinate[] {new Coordinate(0, 0), new Coordinate(2600, 0)});
    RoadGraph g = new RoadGraphBuilder(1.0).build(List.of(RoadSegment.of(far, RoadClass.LOCAL)));
    List<SupplyPoint> withFar =
        List.of(facility("A", 0, 10), facility("B", 300, 20), facility("D", 2600, 99));

    AccessResult r = AccessOp.compute(g, withFar, CELLS.subList(0, 3), WALK_5_MIN);

    assertThat(r.facilities().get(2).demand()).isZero();
    assertThat(r.facilities().get(2).load()).isZero();
    assertThat(r.capacityInReach()).isEqualTo(30.0);
    assertThat(r.capacityAllocated()).isEqualTo(30.0, within(1e-9));
  }

  @Test
  void anEmptyCellInReachGetsItsAccessButAddsNoDemand() {
    List<DemandCell> withEmpty = new java.util.ArrayList<>(CELLS);
    withEmpty.add(cell("c5", 60, 0, 0)); // 60 s from A, 240 s from B: like c1
    AccessResult r = AccessOp.compute(street(), FACILITIES, withEmpty, WALK_5_MIN);
    assertThat(r.cells().get(4).accessPerThousand()).isEqualTo(84.617, within(0.001));
    assertThat(r.facilities().get(0).demand()).isEqualTo(144.0);
    assertThat(r.facilities().get(0).cellsInCatchment()).isEqualTo(2);
    assertThat(r.residentsInReach()).isEqualTo(400);
  }

  @Test
  void residentsWeightedQuantilesAndAreaMeans() {
    AccessResult r = AccessOp.compute(street(), FACILITIES, CELLS, WALK_5_MIN);
    // sorted: c4 0 (50), c2 84.243 (200), c1 84.617 (100), c3 96.897 (100); 450 residents
    assertThat(r.quantiles().p10()).isZero(); // 45 ≤ 50
    assertThat(r.quantiles().p25()).isEqualTo(84.243, within(0.001)); // 112.5 ≤ 250
    assertThat(r.quantiles().p50()).isEqualTo(84.243, within(0.001)); // 225 ≤ 250
    assertThat(r.quantiles().p75()).isEqualTo(84.617, within(0.001)); // 337.5 ≤ 350
    assertThat(r.quantiles().p90()).isEqualTo(96.897, within(0.001));
    assertThat(r.byArea()).hasSize(1);
    assertThat(r.byArea().get(0).accessPerThousand()).isEqualTo(1000 * 35.0 / 450, within(1e-9));
  }

  @Test
  void luoQiBandsSplitTheCatchmentIntoThirds() {
    DecayBands d = DecayBands.luoQi(15);
    assertThat(d.weight(0)).isEqualTo(1.0);
    assertThat(d.weight(5)).isEqualTo(1.0);
    assertThat(d.weight(5.01)).isEqualTo(0.68);
    assertThat(d.weight(10)).isEqualTo(0.68);
    assertThat(d.weight(14.9)).isEqualTo(0.22);
    assertThat(d.weight(15.01)).isZero();
    assertThat(d.weight(Double.POSITIVE_INFINITY)).isZero();
    assertThat(d.catchmentMinutes()).isEqualTo(15.0);
    assertThatThrownBy(() -> new DecayBands(List.of(new DecayBands.Band(1, 2, 1)), "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void typesParseTheirApiWordsAndNameTheAllowedOnes() {
    assertThat(AccessType.of("primary_school")).isEqualTo(AccessType.PRIMARY_SCHOOL);
    assertThatThrownBy(() -> AccessType.of("park"))
        .hasMessageContaining("hospital, community_health_center, kindergarten");
  }
}
