package cn.chegu.viewer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.chegu.viewer.tools.RequiresTool;
import cn.chegu.viewer.tools.Tool;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.util.FileSystemUtils;

/**
 * Round trips through GDAL, the reference implementation planners' tools share: {@code ogr2ogr}
 * turns the sample's facilities into each format and CRS, and the importer must read back every
 * feature within 0.5 m; the exporter's files must open in {@code ogrinfo} with the right count,
 * fields and CRS. Needs gdal-bin ({@link RequiresTool}: skipped without it, failed under {@code
 * CI=true}). The GDAL files are made once for the class, in a temp dir.
 */
@RequiresTool(Tool.GDAL)
class GdalRoundTripTest {

  private static Path dir;
  private static Map<String, Coordinate> sample;
  private static int count;

  @BeforeAll
  static void sample() throws Exception {
    dir = Files.createTempDirectory("gdal-roundtrip");
    Path geojson = Path.of("gis-data/facilities.geojson");
    Files.copy(geojson, dir.resolve("fac.geojson"));
    SourceLayer layer = GeoJsonSource.read(geojson, "facilities.geojson");
    sample = new HashMap<>();
    layer.features().forEach(f -> sample.put(f.id(), f.geometry().getCoordinate()));
    count = sample.size();
  }

  @AfterAll
  static void cleanUp() throws IOException {
    if (dir != null) {
      FileSystemUtils.deleteRecursively(dir);
    }
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      fail(String.join(" ", command) + " failed: " + out);
    }
  }

  private static String ogrinfo(String path) throws Exception {
    Process p =
        new ProcessBuilder("ogrinfo", "-ro", "-al", "-so", path).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  static double meters(Coordinate a, Coordinate b) {
    double x = Math.toRadians(b.x - a.x) * Math.cos(Math.toRadians((a.y + b.y) / 2));
    return 6_371_008.8 * Math.hypot(x, Math.toRadians(b.y - a.y));
  }

  @ParameterizedTest(name = "{0} in EPSG:{1}")
  @CsvSource({
    "GeoJSON,4326",
    "GeoJSON,4547",
    "GPKG,4490",
    "GPKG,4547",
    "GPKG,4526",
    "GPKG,3857",
    "GPKG,32650",
    "GPKG,32649",
    "GPKG,4498",
    "ESRI Shapefile,4547",
    "ESRI Shapefile,4490",
    "ESRI Shapefile,4526",
    "ESRI Shapefile,32650",
    "ESRI Shapefile,3857",
    "ESRI Shapefile,4509",
    "CSV,4547",
    "CSV,4326"
  })
  void gdalFilesImportWithinHalfAMetre(String driver, int epsg) throws Exception {
    String name = driver.replace(' ', '_') + "-" + epsg;
    Path out = dir.resolve(name);
    List<String> cmd = new ArrayList<>(List.of("ogr2ogr", "-f", driver));
    String upload;
    switch (driver) {
      case "ESRI Shapefile" -> {
        cmd.addAll(
            List.of(out.toString(), dir.resolve("fac.geojson").toString(), "-lco", "ENCODING=GBK"));
        upload = name + ".zip";
      }
      case "CSV" -> {
        cmd.addAll(
            List.of(out + ".csv", dir.resolve("fac.geojson").toString(), "-lco", "GEOMETRY=AS_XY"));
        upload = name + ".csv";
      }
      case "GPKG" -> {
        cmd.addAll(List.of(out + ".gpkg", dir.resolve("fac.geojson").toString()));
        upload = name + ".gpkg";
      }
      default -> {
        cmd.addAll(List.of(out + ".geojson", dir.resolve("fac.geojson").toString()));
        upload = name + ".geojson";
      }
    }
    cmd.addAll(List.of("-t_srs", "EPSG:" + epsg));
    run(cmd.toArray(String[]::new));
    Path file = dir.resolve(upload);
    if (driver.equals("ESRI Shapefile")) {
      try (OutputStream os = Files.newOutputStream(file);
          ZipOutputStream zip = new ZipOutputStream(os)) {
        for (Path part : Files.list(out).toList()) {
          zip.putNextEntry(new ZipEntry(part.getFileName().toString()));
          Files.copy(part, zip);
          zip.closeEntry();
        }
      }
    }
    Path work = Files.createTempDirectory(dir, "work");
    SourceLayer layer =
        new ImportFiles(SafeArchive.defaults()).read(file, upload, ReadOptions.DEFAULTS, work);
    Crs crs =
        layer.declaredCrs() != null
            ? layer.declaredCrs()
            : Crs.epsg(epsg); // CSV: the crs parameter
    assertThat(crs.epsg()).as("CRS recognised").isEqualTo(epsg == 4509 ? 4509 : epsg);
    assertThat(layer.features()).hasSize(count);
    double worst = 0;
    for (SourceFeature f : layer.features()) {
      Object id = f.properties().get("id");
      Coordinate original = sample.get(id == null ? f.id() : id.toString());
      Geometry back = crs.toWgs84(f.geometry());
      worst = Math.max(worst, meters(original, back.getCoordinate()));
    }
    assertThat(worst).as("largest displacement, m").isLessThan(0.5);
    if (driver.equals("ESRI Shapefile")) { // GBK names came back as Chinese
      assertThat(layer.features().stream().map(f -> String.valueOf(f.properties().get("name_zh"))))
          .anyMatch(n -> n.contains("医院"));
    }
  }

  @ParameterizedTest(name = "export {0} in {1}")
  @CsvSource({
    "GPKG,EPSG:4547,4547",
    "GPKG,EPSG:4490,4490",
    "GPKG,EPSG:3857,3857",
    "SHP,EPSG:4547,CGCS2000",
    "SHP,EPSG:4490,4490",
    "SHP,EPSG:32650,32650",
    "GEOJSON,EPSG:4547,4547",
    "CSV,EPSG:4326,",
    "XLSX,EPSG:4326,"
  })
  void exportsOpenInOgrinfo(String format, String crsCode, String expectCrs) throws Exception {
    Crs crs = Crs.parse(crsCode);
    List<ExportFeature> rows = new ArrayList<>();
    SourceLayer layer = GeoJsonSource.read(dir.resolve("fac.geojson"), "fac.geojson");
    for (SourceFeature f : layer.features()) {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("id", f.id());
      f.properties().forEach((k, v) -> values.put(k, v));
      values.remove("id");
      values.put("id", f.id());
      rows.add(new ExportFeature(crs.fromWgs84(f.geometry()), values));
    }
    ExportFormat ef = ExportFormat.valueOf(format);
    Path file = dir.resolve("export-" + format + "-" + crs.epsg() + "." + ef.extension());
    try (OutputStream os = Files.newOutputStream(file)) {
      FeatureExport.write(ef, "facilities", crs, rows, os);
    }
    String info = ogrinfo(ef == ExportFormat.SHP ? "/vsizip/" + file : file.toString());
    assertThat(info).contains("Feature Count: " + count);
    assertThat(info).contains("name_zh");
    if (expectCrs != null) {
      assertThat(info).contains(expectCrs);
    }
  }
}
