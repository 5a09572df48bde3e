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
}
