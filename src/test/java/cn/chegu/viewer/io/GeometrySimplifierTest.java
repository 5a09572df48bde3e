package cn.chegu.viewer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Half a pixel per zoom, checked on a street with a 0.0001° (≈ 11 m) kink. */
class GeometrySimplifierTest {

  private static Geometry wkt(String text) throws ParseException {
    return new WKTReader().read(text);
  }

  @Test
  void toleranceIsHalfAPixelAtTheZoneLatitude() {
    // 360° / (256 · 2^11) = 0.000687° per pixel; × cos 30.4° = 0.000593°; half: 0.000296°.
    assertThat(GeometrySimplifier.toleranceDegrees(11)).isCloseTo(0.000296, within(0.000001));
    assertThat(GeometrySimplifier.toleranceDegrees(12))
        .isCloseTo(GeometrySimplifier.toleranceDegrees(11) / 2, within(1e-12));
  }

  @Test
  void aSmallKinkVanishesAtZoom11AndStaysAtZoom18() throws ParseException {
    Geometry street = wkt("LINESTRING (114.0 30.4, 114.001 30.4001, 114.002 30.4)");
    assertThat(
            GeometrySimplifier.simplify(street, GeometrySimplifier.tolerance(11.0, null))
                .getNumPoints())
        .isEqualTo(2);
    assertThat(
            GeometrySimplifier.simplify(street, GeometrySimplifier.tolerance(18.0, null))
                .getNumPoints())
        .isEqualTo(3);
  }

  @Test
  void pointsAndZeroToleranceAreLeftAlone() throws ParseException {
    Geometry p = wkt("POINT (114 30)");
    assertThat(GeometrySimplifier.simplify(p, 1)).isSameAs(p);
    Geometry l = wkt("LINESTRING (0 0, 1 0.1, 2 0)");
    assertThat(GeometrySimplifier.simplify(l, 0)).isSameAs(l);
    assertThat(GeometrySimplifier.tolerance(null, null)).isZero();
  }

  @Test
  void refusesBothOrOutOfRange() {
    assertThatThrownBy(() -> GeometrySimplifier.tolerance(10.0, 0.001))
        .hasMessageContaining("not both");
    assertThatThrownBy(() -> GeometrySimplifier.tolerance(-1.0, null)).hasMessageContaining("zoom");
    assertThatThrownBy(() -> GeometrySimplifier.tolerance(null, 5.0))
        .hasMessageContaining("maxAllowableOffset");
  }
}
