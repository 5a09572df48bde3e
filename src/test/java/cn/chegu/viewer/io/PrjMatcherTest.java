package cn.chegu.viewer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** .prj texts as GDAL, ArcGIS and PostGIS write them, matched to EPSG codes. */
class PrjMatcherTest {

  private static final String CGCS_GEOG =
      "GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\","
          + "SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
          + "UNIT[\"Degree\",0.0174532925199433]]";

  private static String gk(String name, double falseEasting, double centralMeridian) {
    return "PROJCS[\""
        + name
        + "\","
        + CGCS_GEOG
        + ",PROJECTION[\"Gauss_Kruger\"],"
        + "PARAMETER[\"False_Easting\","
        + falseEasting
        + "],PARAMETER[\"False_Northing\",0.0],"
        + "PARAMETER[\"Central_Meridian\","
        + centralMeridian
        + "],PARAMETER[\"Scale_Factor\",1.0],"
        + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
  }

  @Test
  void gdalEsriWktOfCgcs2000GaussKruger() {
    // exactly what ogr2ogr -t_srs EPSG:4547 writes into a .prj (GDAL 3.6)
    assertThat(PrjMatcher.match(gk("CGCS2000_3_Degree_GK_CM_114E", 500000, 114)).epsg())
        .isEqualTo(4547);
    assertThat(PrjMatcher.match(gk("CGCS2000_3_Degree_GK_Zone_38", 38500000, 114)).epsg())
        .isEqualTo(4526);
    assertThat(PrjMatcher.match(gk("CGCS2000_3_Degree_GK_CM_75E", 500000, 75)).epsg())
        .isEqualTo(4534);
    assertThat(PrjMatcher.match(gk("CGCS2000_3_Degree_GK_CM_135E", 500000, 135)).epsg())
        .isEqualTo(4554);
    assertThat(PrjMatcher.match(gk("CGCS2000_GK_Zone_20", 20500000, 117)).epsg()).isEqualTo(4498);
    assertThat(PrjMatcher.match(gk("CGCS2000_GK_CM_117E", 500000, 117)).epsg()).isEqualTo(4509);
  }

  @Test
  void geographicUtmAndWebMercator() {
    assertThat(PrjMatcher.match(CGCS_GEOG).epsg()).isEqualTo(4490);
    assertThat(
            PrjMatcher.match(
                    "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
                        + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]")
                .epsg())
        .isEqualTo(4326);
    assertThat(
            PrjMatcher.match(
                    "PROJCS[\"WGS_1984_UTM_Zone_50N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
                        + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
                        + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
                        + "PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
                        + "PARAMETER[\"Central_Meridian\",117.0],PARAMETER[\"Scale_Factor\",0.9996],"
                        + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]")
                .epsg())
        .isEqualTo(32650);
    assertThat(
            PrjMatcher.match(
                    "PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\",GEOGCS[\"GCS_WGS_1984\"],"
                        + "PROJECTION[\"Mercator_Auxiliary_Sphere\"]]")
                .epsg())
        .isEqualTo(3857);
  }

  @Test
  void anEpsgAuthorityAtTheEndWins() {
    String wkt = EpsgWkt.of(4549).orElseThrow();
    assertThat(PrjMatcher.match(wkt).epsg()).isEqualTo(4549);
  }

  @Test
  void unknownProjectionsAreRefusedWithAHint() {
    assertThatThrownBy(
            () ->
                PrjMatcher.match(
                    "PROJCS[\"Xian_1980_Lambert\",GEOGCS[\"GCS_Xian_1980\"],PROJECTION[\"Lambert_Conformal_Conic\"]]"))
        .isInstanceOf(UnsupportedCrsException.class)
        .hasMessageContaining("crs=EPSG");
  }

  /**
   * A geographic or projected WKT on another ellipsoid is not WGS84/CGCS2000 however its shape
   * looks: another planet (Mars 2000, a = 3,396,190 m), Beijing 1954 (Krasovsky, a = 6,378,245 m),
   * Xian 1980 (IAG 1975, a = 6,378,140 m).
   */
  @Test
  void otherEllipsoidsAreNotReadAsWgs84() {
    for (String wkt :
        java.util.List.of(
            "GEOGCS[\"GCS_Mars_2000\",DATUM[\"D_Mars_2000\",SPHEROID[\"Mars_2000_IAU_IAG\",3396190.0,169.8944472236118]],"
                + "PRIMEM[\"Reference_Meridian\",0.0],UNIT[\"Degree\",0.0174532925199433]]",
            "GEOGCS[\"GCS_Beijing_1954\",DATUM[\"D_Beijing_1954\",SPHEROID[\"Krasovsky_1940\",6378245.0,298.3]],"
                + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]",
            gk("Xian_1980_3_Degree_GK_CM_114E", 500000, 114)
                .replace("6378137.0,298.257222101", "6378140.0,298.257")
                .replace("China_Geodetic_Coordinate_System_2000", "Xian_1980")
                .replace("China_2000", "Xian_1980")
                .replace("CGCS2000", "Xian_1980"))) {
      assertThat(PrjMatcher.find(wkt)).as(wkt).isEmpty();
      assertThatThrownBy(() -> PrjMatcher.match(wkt)).isInstanceOf(UnsupportedCrsException.class);
    }
  }
}
