package cn.chegu.viewer.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Axis order per EPSG: a point of the zone (lon 114.07, lat 30.45 — Hannan's hospital) in each
 * supported CRS.
 */
class OgcCrsTest {

  private static final GeometryFactory GEOMETRY = new GeometryFactory();
  private static final double LON = 114.07;
  private static final double LAT = 30.45;

  private static Coordinate in(OgcCrs crs) {
    return crs.fromLonLat(GEOMETRY.createPoint(new Coordinate(LON, LAT))).getCoordinate();
  }

  @Test
  void crs84IsLongitudeFirstAndEpsg4326AndCgcs2000AreLatitudeFirst() {
    assertThat(in(OgcCrs.CRS84)).isEqualTo(new Coordinate(LON, LAT));
    assertThat(in(OgcCrs.EPSG_4326).x).isEqualTo(LAT);
    assertThat(in(OgcCrs.EPSG_4326).y).isEqualTo(LON);
    assertThat(in(OgcCrs.EPSG_4490).x).isCloseTo(LAT, within(1e-9));
    assertThat(in(OgcCrs.EPSG_4490).y).isCloseTo(LON, within(1e-9));
  }

  @Test
  void gaussKrugerZone114IsNorthingFirst() {
    Coordinate c = in(OgcCrs.EPSG_4547);
    // 0.07° east of the central meridian 114°E: easting 500 km + ~6.7 km; northing ~3,370 km.
    assertThat(c.x).isBetween(3_360_000.0, 3_380_000.0);
    assertThat(c.y).isBetween(506_000.0, 508_000.0);
  }

  @Test
  void webMercatorAndUtmAreEastingFirst() {
    Coordinate m = in(OgcCrs.EPSG_3857);
    assertThat(m.x).isCloseTo(LON * 20_037_508.34 / 180, within(0.01));
    assertThat(m.y).isBetween(3_500_000.0, 3_600_000.0);
    Coordinate utm = in(OgcCrs.EPSG_32650);
    assertThat(utm.x).isBetween(200_000.0, 300_000.0); // 2.9° west of 117°E
    assertThat(utm.y).isBetween(3_360_000.0, 3_380_000.0);
  }

  @Test
  void everyCrsRoundTripsWithinAMillimetre() {
    Geometry p = GEOMETRY.createPoint(new Coordinate(LON, LAT));
    for (OgcCrs crs : OgcCrs.values()) {
      Coordinate back = crs.toLonLat(crs.fromLonLat(p)).getCoordinate();
      assertThat(back.x).as(crs.toString()).isCloseTo(LON, within(1e-8)); // 1e-8° ≈ 1 mm
      assertThat(back.y).as(crs.toString()).isCloseTo(LAT, within(1e-8));
    }
  }

  @Test
  void bboxCrsIsReadInItsOwnAxisOrder() {
    Envelope lonLat = OgcCrs.EPSG_4326.boxToLonLat(new double[] {30.4, 114.0, 30.5, 114.1});
    assertThat(lonLat.getMinX()).isEqualTo(114.0);
    assertThat(lonLat.getMaxY()).isEqualTo(30.5);
    Coordinate c = in(OgcCrs.EPSG_4547);
    Envelope around =
        OgcCrs.EPSG_4547.boxToLonLat(new double[] {c.x - 10, c.y - 10, c.x + 10, c.y + 10});
    assertThat(around.contains(LON, LAT)).isTrue();
    assertThat(around.getWidth()).isLessThan(0.001);
  }

  @Test
  void parsesUrisAndShorthandsAndRefusesOthers() {
    assertThat(OgcCrs.parse("http://www.opengis.net/def/crs/EPSG/0/4547", "crs"))
        .isEqualTo(OgcCrs.EPSG_4547);
    assertThat(OgcCrs.parse("[EPSG:3857]", "crs")).isEqualTo(OgcCrs.EPSG_3857);
    assertThat(OgcCrs.parse("OGC:CRS84", "crs")).isEqualTo(OgcCrs.CRS84);
    assertThatThrownBy(() -> OgcCrs.parse("http://www.opengis.net/def/crs/EPSG/0/2385", "crs"))
        .isInstanceOf(OgcException.class)
        .hasMessageContaining("unsupported CRS")
        .satisfies(e -> assertThat(((OgcException) e).status()).isEqualTo(400));
  }

  @Test
  void anAreasUtmZoneIsOfferedInThatAreaOnly() {
    String utm37 = "http://www.opengis.net/def/crs/EPSG/0/32637";
    assertThat(OgcCrs.uris(32637)).endsWith(utm37).containsAll(OgcCrs.uris());
    assertThat(OgcCrs.uris(32650)).isEqualTo(OgcCrs.uris()); // 车谷's zone is in the list already
    assertThat(OgcCrs.parse("EPSG:32637", "crs", 32637)).isEqualTo(OgcCrs.utm(32637));
    assertThat(OgcCrs.parse("EPSG:32650", "crs", 32650)).isSameAs(OgcCrs.EPSG_32650);
    assertThatThrownBy(() -> OgcCrs.parse(utm37, "crs", 32650)).hasMessageContaining("32637");
    assertThatThrownBy(() -> OgcCrs.utm(4547)).isInstanceOf(IllegalArgumentException.class);
    // Moscow, 37.6162938 E 55.8076784 N, in UTM 37N by PROJ: 413276.31, 6185541.32 (gdaltransform)
    Coordinate c =
        OgcCrs.utm(32637)
            .fromLonLat(GEOMETRY.createPoint(new Coordinate(37.6162938, 55.8076784)))
            .getCoordinate();
    assertThat(c.x).isCloseTo(413_276.31, within(0.01));
    assertThat(c.y).isCloseTo(6_185_541.32, within(0.01));
  }
}
