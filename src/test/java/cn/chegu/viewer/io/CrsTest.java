package cn.chegu.viewer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** CRS parsing, Gauss-Krüger by hand, and the GCJ-02 / BD-09 inverses. */
class CrsTest {

  /** Metres between two lon/lat positions (equirectangular, fine over metres). */
  static double meters(Coordinate a, Coordinate b) {
    double x = Math.toRadians(b.x - a.x) * Math.cos(Math.toRadians((a.y + b.y) / 2));
    double y = Math.toRadians(b.y - a.y);
    return 6_371_008.8 * Math.hypot(x, y);
  }

  @Test
  void parsesCodesAndPseudoCrs() {
    assertThat(Crs.parse("EPSG:4547").epsg()).isEqualTo(4547);
    assertThat(Crs.parse("4490").code()).isEqualTo("EPSG:4490");
    assertThat(Crs.parse("gcj-02")).isEqualTo(Crs.GCJ02);
    assertThat(Crs.parse("BD09")).isEqualTo(Crs.BD09);
    assertThatThrownBy(() -> Crs.parse("EPSG:2154"))
        .isInstanceOf(UnsupportedCrsException.class)
        .hasMessageContaining("4491–4554");
    assertThatThrownBy(() -> Crs.parse("WGS 84")).hasMessageContaining("GCJ02");
  }

  @Test
  void pointOnTheCentralMeridianHasFalseEasting() throws Exception {
    // EPSG:4547 is Gauss-Krüger with central meridian 114°E and false easting 500 000 m: a point on
    // the meridian has x = 500 000 exactly, and y = the meridian arc length to 30°N (3 320 113.4 m
    // by gdaltransform).
    Geometry p = new WKTReader().read("POINT (114 30)");
    Geometry gk = Crs.epsg(4547).fromWgs84(p);
    assertThat(gk.getCoordinate().x).isCloseTo(500_000, within(0.001));
    assertThat(gk.getCoordinate().y).isCloseTo(3_320_113.4, within(1.0));
    Geometry back = Crs.epsg(4547).toWgs84(gk);
    assertThat(meters(back.getCoordinate(), p.getCoordinate())).isLessThan(0.001);
  }

  @Test
  void zonePrefixedGaussKrugerAddsTheZoneToTheEasting() throws Exception {
    // EPSG:4526 = 3-degree zone 38 (CM 114°E) with the zone number in front: x = 38 500 000.
    Geometry gk = Crs.epsg(4526).fromWgs84(new WKTReader().read("POINT (114 30)"));
    assertThat(gk.getCoordinate().x).isCloseTo(38_500_000, within(0.001));
  }

  @Test
  void gcj02ShiftsAFewHundredMetresAndItsInverseReturnsWithinAMillimetre() {
    for (double lon = 113.8; lon <= 114.3; lon += 0.1) {
      for (double lat = 30.2; lat <= 30.6; lat += 0.1) {
        Coordinate w = new Coordinate(lon, lat);
        Coordinate g = ChinaOffsets.wgsToGcj(lon, lat);
        assertThat(meters(w, g)).isBetween(100.0, 1_000.0); // the published offset in Wuhan
        assertThat(meters(ChinaOffsets.gcjToWgs(g.x, g.y), w)).isLessThan(0.001);
        Coordinate b = ChinaOffsets.wgsToBd(lon, lat);
        assertThat(meters(ChinaOffsets.bdToWgs(b.x, b.y), w)).isLessThan(0.001);
      }
    }
  }

  @Test
  void gcj02FollowsThePublishedFormula() {
    // the forward formula as published (and as independent implementations compute it):
    // WGS84 (114.0, 30.0) → GCJ-02 (114.005549…, 29.997452…)
    Coordinate g = ChinaOffsets.wgsToGcj(114.0, 30.0);
    assertThat(g.x).isCloseTo(114.0055490, within(1e-7));
    assertThat(g.y).isCloseTo(29.9974516, within(1e-7));
  }
}
