package cn.chegu.viewer.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The land rules on a 1,000 m square drawn by hand (metres):
 *
 * <pre>
 *  1000 +-----------------------------+
 *       |          boundary           |
 *   800 |   +-------+                 |
 *       |   | water |      * clinic   |   clinic (existing, health) at (700, 700)
 *   600 |   +-------+                 |
 *       |              +--------+     |
 *   400 |              |exclusion|    |   exclusion "生态带 / eco belt": 500..800 x 200..400
 *       |              +--------+     |
 *   200 |                             |
 *     0 +-----------------------------+
 *       0  200     400 500      800  1000
 * </pre>
 */
class SiteRulesTest {

  private static Geometry wkt(String text) {
    try {
      return new WKTReader().read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private final SiteRules rules =
      new SiteRules(
          wkt("POLYGON ((0 0, 1000 0, 1000 1000, 0 1000, 0 0))"),
          wkt("POLYGON ((200 600, 400 600, 400 800, 200 800, 200 600))"),
          List.of(
              new SiteRules.Exclusion(
                  "生态带",
                  "eco belt",
                  wkt("POLYGON ((500 200, 800 200, 800 400, 500 400, 500 200))"))));

  private final List<SiteRules.Existing> clinic =
      List.of(new SiteRules.Existing("health", "Clinic A", new Coordinate(700, 700)));

  @Test
  void eachRuleRefusesItsOwnGround() {
    assertEquals(SiteRules.Rule.BOUNDARY, rules.refusal(new Coordinate(1001, 500), null).rule());
    assertEquals(SiteRules.Rule.WATER, rules.refusal(new Coordinate(300, 700), null).rule());
    SiteRules.Refusal eco = rules.refusal(new Coordinate(600, 300), "health");
    assertEquals(SiteRules.Rule.EXCLUSION, eco.rule());
    assertTrue(eco.message().contains("eco belt"), eco.message());
    assertTrue(eco.messageZh().contains("生态带"), eco.messageZh());
    assertNull(rules.refusal(new Coordinate(100, 100), "health"));
  }

  @Test
  void theEdgeOfTheBoundaryIsInsideAndTheEdgeOfWaterIsWater() {
    assertNull(rules.refusal(new Coordinate(0, 500), null));
    assertEquals(SiteRules.Rule.WATER, rules.refusal(new Coordinate(400, 700), null).rule());
  }

  @Test
  void spacingRefusesOnlyTheSameTypeAndOnlyCloserThanTheMinimum() {
    SiteRules spaced = rules.withSpacing(300, clinic);
    // (700, 450) is 250 m from the clinic: too close for health, fine for a school
    SiteRules.Refusal near = spaced.refusal(new Coordinate(700, 450), "health");
    assertEquals(SiteRules.Rule.SPACING, near.rule());
    assertTrue(
        near.message().contains("250 m") && near.message().contains("300 m"), near.message());
    assertTrue(near.messageZh().contains("250 米"), near.messageZh());
    assertNull(spaced.refusal(new Coordinate(700, 450), "primary_school"));
    // (700, 1000) and (1000, 700) are exactly 300 m away: allowed (closer than, not at, the
    // minimum)
    assertNull(spaced.refusal(new Coordinate(700, 1000), "health"));
    assertNull(spaced.refusal(new Coordinate(1000, 700), "health"));
    assertNull(spaced.refusal(new Coordinate(700, 450), null));
    // without spacing the same point is allowed
    assertNull(rules.refusal(new Coordinate(700, 450), "health"));
  }

  @Test
  void theRulesCheckedFirstWin() {
    SiteRules spaced = rules.withSpacing(5000, clinic);
    assertEquals(SiteRules.Rule.WATER, spaced.refusal(new Coordinate(300, 700), "health").rule());
    assertEquals(SiteRules.Rule.SPACING, spaced.refusal(new Coordinate(100, 100), "health").rule());
  }

  @Test
  void theAnswerStatesEveryRuleItApplied() {
    assertEquals(
        List.of("boundary", "water", "exclusion"),
        rules.stated().stream().map(SiteRules.Stated::rule).toList());
    List<SiteRules.Stated> spaced = rules.withSpacing(300, clinic).stated();
    assertEquals("spacing", spaced.get(3).rule());
    assertTrue(spaced.get(3).text().contains("300 m"), spaced.get(3).text());
    assertTrue(spaced.get(2).text().contains("1 exclusion"), spaced.get(2).text());
  }
}
