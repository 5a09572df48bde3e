package cn.chegu.viewer.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.network.RoadClass;
import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.RoadGraphBuilder;
import cn.chegu.viewer.network.RoadSegment;
import cn.chegu.viewer.network.ServiceArea;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A 3 km street, a park P at its west end and a cultural centre C at 1500 m; a "both within 15
 * minutes on foot" standard (1000 m at 4 km/h):
 *
 * <pre>
 *   P====+====+====C====+====+====      reach of P: [0, 1000]; of C: [500, 2500]
 *   0        500  1000 1500      3000   both: [500, 1000]
 * </pre>
 */
class ServiceAreasTest {

  private static final GeometryFactory F = new GeometryFactory();

  private static final ServiceStandard BOTH =
      new ServiceStandard(
          "both15",
          "两者",
          "both",
          Set.of(FacilityType.PARK, FacilityType.CULTURE),
          ServiceStandard.Rule.EVERY_TYPE,
          ServiceStandard.Mode.WALK,
          Duration.ofMinutes(15),
          4.0,
          1.0,
          Duration.ZERO,
          1000,
          Map.of());

  private static final List<ServicePoint> FACILITIES =
      List.of(
          new ServicePoint("P", FacilityType.PARK, "P", F.createPoint(new Coordinate(0, 0))),
          new ServicePoint("C", FacilityType.CULTURE, "C", F.createPoint(new Coordinate(1500, 0))));

  private static boolean covers(Geometry g, double x) {
    return g.covers(F.createPoint(new Coordinate(x, 0)));
  }

  private static RoadGraph graph() {
    return new RoadGraphBuilder(0.5)
        .build(
            List.of(
                RoadSegment.of(
                    F.createLineString(
                        new Coordinate[] {new Coordinate(0, 0), new Coordinate(3000, 0)}),
                    RoadClass.LOCAL)));
  }

  @Test
  void everyTypeStandardDrawsWhereAllTypesAreWithinReach() {
    for (CoverageMethod m : CoverageMethod.values()) {
      List<ServiceArea> areas =
          ServiceAreas.compute(
              graph(),
              FACILITIES,
              BOTH,
              m,
              List.of(Duration.ofMinutes(5), Duration.ofMinutes(15)),
              20);

      assertThat(areas.get(0).area().isEmpty()).as("%s 5 min: 333 m each, no overlap", m).isTrue();
      Geometry a15 = areas.get(1).area();
      assertThat(covers(a15, 750)).as(m.code()).isTrue();
      assertThat(covers(a15, 250)).as(m.code()).isFalse();
      assertThat(covers(a15, 1200)).as(m.code()).isFalse();
    }
  }

  @Test
  void theMapOutlineAgreesWithTheExactBufferOnTheSamePoints() {
    List<ServiceArea> areas =
        ServiceAreas.compute(
            graph(),
            FACILITIES,
            BOTH,
            CoverageMethod.NETWORK,
            List.of(Duration.ofMinutes(5), Duration.ofMinutes(15)),
            20,
            AreaOutline.MAP,
            5);

    assertThat(areas.get(0).area().isEmpty()).as("5 min: 333 m each, no overlap").isTrue();
    Geometry a15 = areas.get(1).area();
    assertThat(covers(a15, 750)).isTrue();
    assertThat(covers(a15, 250)).isFalse();
    assertThat(covers(a15, 1200)).isFalse();
  }

  @Test
  void outlineCodesAreParsedAndUnknownOnesNamed() {
    assertThat(AreaOutline.fromCode("map")).isEqualTo(AreaOutline.MAP);
    assertThat(AreaOutline.fromCode("exact")).isEqualTo(AreaOutline.EXACT);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AreaOutline.fromCode("hull"))
        .hasMessageContaining("allowed: [map, exact]");
  }
}
