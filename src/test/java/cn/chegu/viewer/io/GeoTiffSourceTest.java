package cn.chegu.viewer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 3 × 3 population raster of 100 m pixels in UTM 50N (EPSG:32650), written here, read back as
 * cells. People per pixel (9999 = GDAL_NODATA: were it read as people, it would be the largest
 * cell), upper-left corner at (x0, y0):
 *
 * <pre>
 *   10.4    0      5.2
 *    0.3   9999   20.0
 *    0.3    0.3    7.5
 * </pre>
 *
 * Sum 44.0. Floors 10, 5, 0, 20, 0, 0, 7 = 42; the 2 left go to the largest fractions, 7.5 (→ 8)
 * and 10.4 (→ 11): cells 11, 5, 20, 8 = 44; the three 0.3 pixels round to 0 and are left out.
 */
class GeoTiffSourceTest {

  @TempDir Path dir;

  private SourceLayer read(byte[] bytes) throws Exception {
    Path file = Files.write(dir.resolve("pop.tif"), bytes);
    return new ImportFiles(SafeArchive.defaults()).read(file, "pop.tif", ReadOptions.DEFAULTS, dir);
  }

  @Test
  void pixelsBecomeCellsWhoseResidentsKeepTheRastersTotal() throws Exception {
    SourceLayer layer = read(GeoTiffFixture.raster(32650));

    assertThat(layer.format()).isEqualTo("GeoTIFF");
    assertThat(layer.declaredCrs()).isEqualTo(Crs.epsg(32650));
    Map<String, Object> residents =
        layer.features().stream()
            .collect(Collectors.toMap(SourceFeature::id, f -> f.properties().get("residents")));
    assertThat(residents)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("px-0-0", 11L, "px-0-2", 5L, "px-1-2", 20L, "px-2-2", 8L));
    assertThat(layer.warnings().get(0))
        .contains("7 populated pixels hold 44.00 people")
        .contains("largest remainder (total 44)")
        .contains("3 pixels that round to 0 left out");
    // pixel (row 1, col 2): x from x0 + 200 to x0 + 300, y from y0 − 200 down to y0 − 100
    SourceFeature p12 =
        layer.features().stream().filter(f -> f.id().equals("px-1-2")).findFirst().get();
    assertThat(p12.geometry().getEnvelopeInternal())
        .isEqualTo(
            new org.locationtech.jts.geom.Envelope(
                GeoTiffFixture.X0 + 200,
                GeoTiffFixture.X0 + 300,
                GeoTiffFixture.Y0 - 200,
                GeoTiffFixture.Y0 - 100));
    assertThat(p12.geometry().getArea()).isEqualTo(10_000.0);
  }

  @Test
  void largestRemainderKeepsTheSumAndStaysWithinOneOfEachValue() {
    List<Double> values = List.of(0.4, 0.4, 0.4, 1.6, 2.2);
    long[] out = GeoTiffSource.largestRemainder(values);
    // sum 5.0; floors 0, 0, 0, 1, 2 = 3; fractions .4 .4 .4 .6 .2 → +1 to 1.6 and the first 0.4
    assertThat(out).containsExactly(1, 0, 0, 2, 2);
  }

  @Test
  void aRasterWithAnUnsupportedCrsDeclaresNone() throws Exception {
    SourceLayer layer = read(GeoTiffFixture.raster(32767)); // user-defined, e.g. GHSL's Mollweide
    assertThat(layer.declaredCrs()).isNull();
    assertThat(layer.warnings()).anyMatch(w -> w.contains("names no EPSG CRS"));
  }

  @Test
  void aTiffThatIsNotOneIsRefused() throws Exception {
    assertThatThrownBy(() -> read("not a tiff at all".getBytes()))
        .isInstanceOf(InvalidImportFileException.class)
        .hasMessageContaining("not a (classic) TIFF");
  }

  private SourceLayer fixture(String name) throws Exception {
    byte[] bytes = getClass().getResourceAsStream("/fixtures/raster/" + name).readAllBytes();
    return read(bytes);
  }

  /**
   * A GHSL-like raster in World Mollweide written by GDAL (fixtures/raster/README.md), 100 m
   * pixels, −200 = NODATA:
   *
   * <pre>
   *   12.5    0     3.25   7.0
   *   -200   20.4   0.3    1.6
   *    4.0    8.75  0.45   9.0
   * </pre>
   *
   * Sum 67.25 → 67. Floors 12, 3, 7, 20, 0, 1, 4, 8, 0, 9 = 64; the 3 left go to the largest
   * fractions .75 (8.75 → 9), .6 (1.6 → 2), .5 (12.5 → 13); 0.3 and 0.45 round to 0 and are left
   * out. The centre of pixel (row 1, col 1), Mollweide (2628050, 6467550), is 37.6184943 E,
   * 55.8092495 N by PROJ ({@code gdaltransform -s_srs ESRI:54009 -t_srs EPSG:4326}).
   */
  @Test
  void aGhslRasterInWorldMollweideIsReadAsEsri54009() throws Exception {
    SourceLayer layer = fixture("ghsl-moscow-54009.tif");
    assertThat(layer.declaredCrs()).isEqualTo(Crs.MOLLWEIDE);
    assertThat(layer.warnings()).anyMatch(w -> w.contains("World Mollweide; read as ESRI:54009"));
    Map<String, Object> residents =
        layer.features().stream()
            .collect(Collectors.toMap(SourceFeature::id, f -> f.properties().get("residents")));
    assertThat(residents)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "px-0-0", 13L, "px-0-2", 3L, "px-0-3", 7L, "px-1-1", 20L, "px-1-3", 2L, "px-2-0",
                4L, "px-2-1", 9L, "px-2-3", 9L));
    assertThat(layer.warnings().get(0))
        .contains("10 populated pixels hold 67.25 people")
        .contains("(total 67)")
        .contains("2 pixels that round to 0 left out");
    SourceFeature p11 =
        layer.features().stream().filter(f -> f.id().equals("px-1-1")).findFirst().get();
    org.locationtech.jts.geom.Point centre = p11.geometry().getCentroid();
    assertThat(centre.getX()).isEqualTo(2_628_050.0);
    assertThat(centre.getY()).isEqualTo(6_467_550.0);
    org.locationtech.jts.geom.Coordinate ll = Crs.MOLLWEIDE.toWgs84(centre.getX(), centre.getY());
    assertThat(ll.x).isCloseTo(37.6184943413, org.assertj.core.api.Assertions.within(1e-8));
    assertThat(ll.y).isCloseTo(55.8092494777, org.assertj.core.api.Assertions.within(1e-8));
  }

  @Test
  void aBigTiffIsRefusedSayingHowToConvertIt() throws Exception {
    assertThatThrownBy(() -> fixture("ghsl-moscow-bigtiff.tif"))
        .isInstanceOf(InvalidImportFileException.class)
        .hasMessageContaining("BigTIFF (TIFF version 43) is not read")
        .hasMessageContaining("-co BIGTIFF=NO");
  }

  @Test
  void onlyTheWorldMollweideIsTakenFromACitation() {
    String world =
        "World_Mollweide|WGS 84|ESRI PE String = PROJCS[\"World_Mollweide\",GEOGCS[\"GCS_WGS_1984\","
            + "DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]]],"
            + "PROJECTION[\"Mollweide\"],PARAMETER[\"False_Easting\",0.0],"
            + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",0.0]]";
    assertThat(GeoTiffSource.worldMollweide(world)).isNull();
    assertThat(GeoTiffSource.worldMollweide(world.replace("Meridian\",0.0", "Meridian\",105.0")))
        .contains("Central_Meridian 105.0");
    assertThat(GeoTiffSource.worldMollweide("Sphere_Mollweide|Sphere")).contains("datum");
    assertThat(GeoTiffSource.worldMollweide("WGS 84 / UTM zone 50N")).isEmpty();
    assertThat(GeoTiffSource.worldMollweide(null)).isEmpty();
  }

  @Test
  void crsEsri54009IsAnImportCrsOnly() {
    assertThat(Crs.parseImport("ESRI:54009")).isEqualTo(Crs.MOLLWEIDE);
    assertThat(Crs.parseImport("EPSG:4547")).isEqualTo(Crs.epsg(4547));
    assertThatThrownBy(() -> Crs.parse("ESRI:54009")).isInstanceOf(UnsupportedCrsException.class);
    assertThatThrownBy(() -> Crs.parseImport("ESRI:54008"))
        .hasMessageContaining("ESRI:54009 (World Mollweide, GHSL)");
  }
}
