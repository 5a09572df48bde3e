package cn.chegu.viewer.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.facility.ServiceStandards;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;

/**
 * Four 250 m cells, no one covered (the only park is 2 km west; park10 = 500 m straight line at 3
 * km/h = 50 m/min):
 *
 * <pre>
 *   y=500 +----+
 *         | a  |                        a 30 residents (甲), b 20 (乙), d 0 residents, c 5
 *   y=250 +----+----+----+----+
 *              | b  | d  | c  |         a–b touch at a corner: one gap of 50;
 *   y=0        +----+----+----+         d is empty: it does not join b and c; c (5) is folded
 *         0   250  500  750  1000
 * </pre>
 */
class GapOpTest {

  private static final GeometryFactory F = new GeometryFactory();
  private static final ServiceStandard PARK10 = ServiceStandards.byCode("park10");
  private static final ServicePoint PARK =
      new ServicePoint("P", FacilityType.PARK, "西公园", F.createPoint(new Coordinate(-2000, 125)));

  private static DemandCell cell(String id, double x, double y, long residents, String area)
      throws Exception {
    Geometry g =
        new WKTReader(F)
            .read(
                String.format(
                    "POLYGON ((%1$s %3$s, %2$s %3$s, %2$s %4$s, %1$s %4$s, %1$s %3$s))",
                    x, x + 250, y, y + 250));
    return new DemandCell(id, g, residents, area);
  }

  private static List<DemandCell> cells() throws Exception {
    return List.of(
        cell("a", 0, 250, 30, "甲"),
        cell("b", 250, 0, 20, "乙"),
        cell("d", 500, 0, 0, "乙"),
        cell("c", 750, 0, 5, "乙"));
  }

  private static Gaps gaps(long minResidents, boolean withGain) throws Exception {
    List<DemandCell> cells = cells();
    CoverageResult r =
        CoverageOp.compute(null, List.of(PARK), cells, PARK10, CoverageMethod.EUCLIDEAN);
    SiteGain gain =
        withGain ? new SiteGain(null, PARK10, CoverageMethod.EUCLIDEAN, r, cells, 1, 10) : null;
    return new GapOp(minResidents, 1).compute(r, cells, List.of(PARK), gain);
  }

  @Test
  void cornerNeighboursJoinButAnEmptyCellDoesNotBridge() throws Exception {
    Gaps g = gaps(1, false);

    assertThat(g.gaps()).extracting(Gap::residents).containsExactly(50L, 5L);
    assertThat(g.gaps().get(0).cellIds()).containsExactly("a", "b");
    assertThat(g.gaps().get(1).cellIds()).containsExactly("c");
    assertThat(g.remainderResidents()).isZero();
  }

  @Test
  void aGapKnowsItsCellsAreasCentreAndNearestFacility() throws Exception {
    Gap top = gaps(1, false).gaps().get(0);

    assertThat(top.rank()).isEqualTo(1);
    assertThat(top.cellCount()).isEqualTo(2);
    assertThat(top.areaM2()).isEqualTo(2 * 250 * 250.0); // the cells' own area
    assertThat(top.polygon().getArea()).isEqualTo(2 * 250 * 250.0);
    assertThat(top.areas()).containsExactly("甲", "乙"); // most residents first
    // residents' mean (225, 275) lies nearest a's centre (125, 375)
    assertThat(top.centroid()).isEqualTo(new Coordinate(125, 375));
    // a's centre is √(2125² + 250²) = 2139.7 m from the park: 42.8 min at 50 m/min
    assertThat(top.nearestFacility().id()).isEqualTo("P");
    assertThat(top.minutesToNearest()).isCloseTo(2139.65 / 50, within(0.01));
  }

  @Test
  void smallClustersFoldIntoTheRemainderAndTheSumsHold() throws Exception {
    Gaps g = gaps(10, false);

    assertThat(g.gaps()).extracting(Gap::residents).containsExactly(50L);
    assertThat(g.remainderResidents()).isEqualTo(5);
    assertThat(g.remainderClusters()).isEqualTo(1);
    assertThat(g.uncoveredResidents()).isEqualTo(55); // every populated cell is uncovered
  }

  @Test
  void sparseCellsNeverMakeAGapButCountInTheRemainder() throws Exception {
    List<DemandCell> cells = cells();
    CoverageResult r =
        CoverageOp.compute(null, List.of(PARK), cells, PARK10, CoverageMethod.EUCLIDEAN);
    // cells under 25 residents are sparse: b (20) and c (5); a alone (30) is the gap
    Gaps g = new GapOp(1, 25).compute(r, cells, List.of(PARK), null);

    assertThat(g.gaps()).extracting(Gap::cellIds).containsExactly(List.of("a"));
    assertThat(g.sparseResidents()).isEqualTo(25);
    assertThat(g.remainderResidents()).isEqualTo(25);
    assertThat(g.uncoveredResidents()).isEqualTo(55);
  }

  @Test
  void theBestSiteCountsEveryUncoveredResidentInReach() throws Exception {
    // candidates are the gap's cell centres (no road graph): from b (375,125) a is 354 m and
    // c (875,125) 500 m away, all within 500 m → 55; from a, c is 791 m away → 50
    Gap top = gaps(10, true).gaps().get(0);

    assertThat(top.bestSite()).isEqualTo(new Coordinate(375, 125));
    assertThat(top.bestSiteResidents()).isEqualTo(55);
  }
}
