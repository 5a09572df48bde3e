package cn.chegu.viewer.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.facility.ServiceStandards;
import cn.chegu.viewer.network.RoadClass;
import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.RoadGraphBuilder;
import cn.chegu.viewer.network.RoadSegment;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;

/**
 * A 3 km street with a clinic H at its west end, a separate 1 km street far east, and a street
 * across the river north of H that no road joins to the rest:
 *
 * <pre>
 *  (-500,950) ============ (500,950)      n (0,900) lives here
 *     ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~      river
 *
 *   H=================================            ==========
 *  (0,0)          (1500,0)       (3000,0)      (5000,0)  (6000,0)
 *     c1 (500,50)    c2 (1500,50)    c3 (2900,50)   c4 (5500,50)
 * </pre>
 *
 * Walking at 4 km/h (1000 m per 15 min) with a 15-minute / 1000 m standard: c1 is 550 m away
 * (covered both ways); c2 is 1550 m (not covered); c3 and c4 neither; c4 sits on a disconnected
 * street (unreachable by network).
 */
class CoverageOpTest {

  private static final GeometryFactory F = new GeometryFactory();

  private static final ServiceStandard HEALTH = ServiceStandards.byCode("health15");

  static RoadGraph graph() throws Exception {
    WKTReader r = new WKTReader(F);
    return new RoadGraphBuilder(0.5)
        .build(
            List.of(
                RoadSegment.of(
                    (org.locationtech.jts.geom.LineString) r.read("LINESTRING (0 0, 3000 0)"),
                    RoadClass.LOCAL),
                RoadSegment.of(
                    (org.locationtech.jts.geom.LineString) r.read("LINESTRING (5000 0, 6000 0)"),
                    RoadClass.LOCAL),
                RoadSegment.of(
                    (org.locationtech.jts.geom.LineString) r.read("LINESTRING (-500 950, 500 950)"),
                    RoadClass.LOCAL)));
  }

  static DemandCell cell(String id, double x, double y, long residents, String area) {
    return new DemandCell(id, F.createPoint(new Coordinate(x, y)), residents, area);
  }

  static ServicePoint facility(String id, FacilityType type, double x, double y) {
    return new ServicePoint(id, type, id, F.createPoint(new Coordinate(x, y)));
  }

  static final List<DemandCell> CELLS =
      List.of(
          cell("c1", 500, 50, 100, "west"),
          cell("c2", 1500, 50, 200, "west"),
          cell("c3", 2900, 50, 300, "east"),
          cell("c4", 5500, 50, 400, "east"));

  static final List<ServicePoint> CLINIC =
      List.of(facility("H", FacilityType.COMMUNITY_HEALTH_CENTER, 0, 0));

  @Test
  void networkCoverageCountsConnectorsAndRoad() throws Exception {
    CoverageResult r = CoverageOp.compute(graph(), CLINIC, CELLS, HEALTH, CoverageMethod.NETWORK);

    CellCoverage c1 = r.cells().get(0);
    assertThat(c1.covered()).isTrue();
    assertThat(c1.facilityId()).isEqualTo("H");
    assertThat(c1.distanceMeters()).isEqualTo(550.0, within(1e-6));
    assertThat(c1.minutes()).isEqualTo(550 / 1000.0 * 15, within(1e-6));
    assertThat(r.cells().get(1).covered()).isFalse();
    assertThat(r.cells().get(1).minutes()).isEqualTo(1550 / 1000.0 * 15, within(1e-6));
    CellCoverage c4 = r.cells().get(3);
    assertThat(c4.covered()).isFalse();
    assertThat(c4.facilityId()).isNull();
    assertThat(c4.minutes()).isInfinite();
    assertThat(r.totalResidents()).isEqualTo(1000);
    assertThat(r.coveredResidents()).isEqualTo(100);
    assertThat(r.share()).isEqualTo(0.1, within(1e-12));
    assertThat(r.byArea())
        .containsExactly(
            new AreaCoverage("east", 700, 0, 0.0), new AreaCoverage("west", 300, 100, 1 / 3.0));
  }

  @Test
  void euclideanCoverageUsesTheStraightLine() {
    // c2 is 1500.8 m away in a straight line: outside 1000 m. A clinic at (5400,0) covers c4.
    List<ServicePoint> two =
        List.of(CLINIC.get(0), facility("H2", FacilityType.COMMUNITY_HEALTH_STATION, 5400, 0));

    CoverageResult r = CoverageOp.compute(null, two, CELLS, HEALTH, CoverageMethod.EUCLIDEAN);

    assertThat(r.cells())
        .extracting(CellCoverage::covered)
        .containsExactly(true, false, false, true);
    assertThat(r.cells().get(3).facilityId()).isEqualTo("H2");
    assertThat(r.cells().get(0).distanceMeters()).isEqualTo(Math.hypot(500, 50), within(1e-9));
    assertThat(r.coveredResidents()).isEqualTo(500);
  }

  @Test
  void euclideanOverstatesNetworkCoverage() throws Exception {
    // a cell 900 m north of the clinic across the river: inside the circle, unreachable on foot
    List<DemandCell> cells = List.of(cell("n", 0, 900, 50, "west"));

    assertThat(
            CoverageOp.compute(null, CLINIC, cells, HEALTH, CoverageMethod.EUCLIDEAN)
                .coveredResidents())
        .isEqualTo(50);
    assertThat(
            CoverageOp.compute(graph(), CLINIC, cells, HEALTH, CoverageMethod.NETWORK)
                .coveredResidents())
        .isZero();
  }

  @Test
  void dispatchDelayCountsAgainstTheAmbulance() throws Exception {
    // ambulance at (0,0): 3 min delay, then 30 km/h local road. c3: 2900 m = 5.8 min + 50 m
    // access leg driven at 20 km/h (0.15 min) = 8.95 min → covered in 12; with 7 min delay not.
    ServiceStandard ems = ServiceStandards.byCode("emergency12");
    List<ServicePoint> station = List.of(facility("S", FacilityType.EMERGENCY_STATION, 0, 0));
    List<DemandCell> c3 = List.of(CELLS.get(2));

    CellCoverage r =
        CoverageOp.compute(graph(), station, c3, ems, CoverageMethod.NETWORK).cells().get(0);
    assertThat(r.minutes()).isEqualTo(3 + 5.8 + 0.15, within(1e-6));
    assertThat(r.covered()).isTrue();

    ServiceStandard slow =
        new ServiceStandard(
            ems.code(),
            ems.nameZh(),
            ems.nameEn(),
            ems.types(),
            ems.rule(),
            ems.mode(),
            ems.time(),
            ems.speedKmh(),
            ems.roadSpeedFactor(),
            Duration.ofMinutes(7),
            ems.euclideanRadiusMeters(),
            Map.of());
    assertThat(
            CoverageOp.compute(graph(), station, c3, slow, CoverageMethod.NETWORK)
                .cells()
                .get(0)
                .covered())
        .isFalse();
  }

  @Test
  void lifeCircleReportsMissingTypes() throws Exception {
    ServiceStandard life = ServiceStandards.byCode("life15");
    List<ServicePoint> some =
        List.of(
            facility("P", FacilityType.PRIMARY_SCHOOL, 100, 0),
            facility("H", FacilityType.COMMUNITY_HEALTH_CENTER, 0, 0),
            facility("K", FacilityType.PARK, 2900, 0));
    List<DemandCell> c1 = List.of(CELLS.get(0));

    CellCoverage r =
        CoverageOp.compute(graph(), some, c1, life, CoverageMethod.NETWORK).cells().get(0);

    assertThat(r.covered()).isFalse();
    assertThat(r.missingTypes())
        .containsExactlyInAnyOrder(
            FacilityType.MIDDLE_SCHOOL,
            FacilityType.CULTURE,
            FacilityType.SPORTS,
            FacilityType.PARK);
    assertThat(r.facilityId()).as("the park decides: it is the farthest reachable").isEqualTo("K");
  }

  @Test
  void pointQueryAnswersAnyLocation() throws Exception {
    PointCoverage p =
        PointQuery.at(
            graph(),
            CLINIC,
            HEALTH,
            CoverageMethod.NETWORK,
            F.createPoint(new Coordinate(800, -20)));

    assertThat(p.covered()).isTrue();
    assertThat(p.facility().id()).isEqualTo("H");
    assertThat(p.distanceMeters()).isEqualTo(820, within(1e-6));
    assertThat(p.minutes()).isEqualTo(820 / 1000.0 * 15, within(1e-6));
    assertThat(HEALTH.types())
        .isEqualTo(
            Set.of(FacilityType.COMMUNITY_HEALTH_CENTER, FacilityType.COMMUNITY_HEALTH_STATION));
  }
}
