package cn.chegu.viewer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.chegu.viewer.budget.BudgetExceededException;
import cn.chegu.viewer.budget.WorkBudget;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Hostile files stop while they are read: counts past {@link ReadLimits}, time past the import's
 * {@link WorkBudget} (SQLite queries included), GeoPackage "tables" that compute when read.
 */
public class HostileFileTest {

  @TempDir Path dir;

  private final ImportFiles files = new ImportFiles(SafeArchive.defaults());

  private SourceLayer read(String name, byte[] bytes, ReadLimits limits) throws Exception {
    Path file = dir.resolve("upload");
    Files.write(file, bytes);
    try (ReadLimits.Scope counted = limits.open()) {
      return files.read(file, name, ReadOptions.DEFAULTS, dir.resolve("work"));
    }
  }

  private static byte[] points(int n) {
    String features =
        IntStream.range(0, n)
            .mapToObj(
                i ->
                    "{\"type\":\"Feature\",\"properties\":{\"id\":\"p"
                        + i
                        + "\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[114.1,30.4]}}")
            .collect(Collectors.joining(","));
    return ("{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theFeatureLimitHoldsExactly() throws Exception {
    assertThat(read("ten.geojson", points(10), new ReadLimits(10, 1_000)).features()).hasSize(10);
    assertThatThrownBy(() -> read("eleven.geojson", points(11), new ReadLimits(10, 1_000)))
        .isInstanceOf(ImportTooLargeException.class)
        .hasMessageContaining("more than 10 features")
        .hasMessageContaining("chegu.imports.max-features");
  }

  @Test
  void csvRowsAreCountedBeforeTheirPointsAreMade() {
    String csv =
        "id,lon,lat\n"
            + IntStream.range(0, 6)
                .mapToObj(i -> "r" + i + ",114.1,30.4\n")
                .collect(Collectors.joining());
    assertThatThrownBy(
            () -> read("six.csv", csv.getBytes(StandardCharsets.UTF_8), new ReadLimits(5, 100)))
        .isInstanceOf(ImportTooLargeException.class)
        .hasMessageContaining("more than 5 features");
  }

  @Test
  void theVertexLimitCountsEveryCoordinate() throws Exception {
    // one line of 101 vertices: over a limit of 100, at a limit of 101 it reads
    String coordinates =
        IntStream.range(0, 101)
            .mapToObj(i -> "[" + (114 + i * 1e-4) + ",30.4]")
            .collect(Collectors.joining(","));
    byte[] line =
        ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":["
                + coordinates
                + "]}}]}")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(read("line.geojson", line, new ReadLimits(10, 101)).features()).hasSize(1);
    assertThatThrownBy(() -> read("line.geojson", line, new ReadLimits(10, 100)))
        .isInstanceOf(ImportTooLargeException.class)
        .hasMessageContaining("more than 100 vertices");
  }

  @Test
  void aSpentBudgetStopsTheReader() {
    try (WorkBudget budget = WorkBudget.open("the import", Duration.ZERO)) {
      assertThatThrownBy(() -> read("one.geojson", points(1), new ReadLimits(10, 10)))
          .isInstanceOf(BudgetExceededException.class)
          .hasMessageContaining("the import needed more than its budget of 0 s");
    }
    assertThat(WorkBudget.current()).as("closed: the thread is free again").isNull();
  }

  @Test
  void theProgressHandlerInterruptsAnEndlessSqliteQuery() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
        Statement s = c.createStatement();
        WorkBudget budget = WorkBudget.open("the import", Duration.ofMillis(300))) {
      SqliteGuard.watch(c);
      long start = System.nanoTime();
      assertThatThrownBy(
              () ->
                  s.executeQuery(
                      "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n)"
                          + " SELECT count(*) FROM n"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("interrupt");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void aGeoPackageWhoseTableIsARecursiveViewIsRefusedUnread() throws Exception {
    byte[] gpkg = recursiveViewGeoPackage(dir);
    assertThat(gpkg.length).isLessThan(200_000);
    long start = System.nanoTime();
    assertThatThrownBy(() -> read("loop.gpkg", gpkg, new ReadLimits(1_000, 1_000)))
        .isInstanceOf(InvalidImportFileException.class)
        .hasMessageContaining("'fac' is a view");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aZipDeclaringMoreThanTheLimitIsRefusedBeforeInflating() throws Exception {
    byte[] zip = declaring(shapefileZip(), ".dbf", 900L << 20);
    assertThatThrownBy(() -> read("big.zip", zip, new ReadLimits(1_000, 1_000)))
        .isInstanceOf(ImportTooLargeException.class)
        .hasMessageContaining("declare 900 MB");
  }

  @Test
  void anEntryInflatingPastTheLimitIsRefusedWhileInflating() {
    // 3 MB of repeated DBF-like records: inflates past a 1 MB limit, ratio below the bomb guard
    byte[] records = new byte[3 << 20];
    for (int i = 0; i < records.length; i++) {
      records[i] = (byte) ('0' + (i * 7919 % 10));
    }
    SafeArchive oneMegabyte = new SafeArchive(10, 1 << 20, 1_000);
    assertThatThrownBy(
            () ->
                oneMegabyte.unpack(
                    new java.io.ByteArrayInputStream(SafeArchiveTest.zip("a.dbf", records, 1)),
                    3 << 20,
                    dir.resolve("inflate"),
                    "big.zip"))
        .isInstanceOf(ImportTooLargeException.class)
        .hasMessageContaining("it inflates, more than 1 MB");
  }

  /** A GeoPackage (written by the exporter) whose feature table became an endless view. */
  public static byte[] recursiveViewGeoPackage(Path dir) throws Exception {
    Path file = Files.createTempFile(dir, "loop", ".gpkg");
    Files.delete(file);
    GeometryFactory g = new GeometryFactory();
    GeoPackageWriter.write(
        file,
        "fac",
        Crs.WGS84,
        List.of(
            new ExportFeature(
                g.createPoint(new Coordinate(114.15, 30.45)), Map.of("id", "a", "type", "x"))));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE fac");
      s.execute(
          "CREATE VIEW fac AS WITH RECURSIVE n(fid) AS (SELECT 1 UNION ALL SELECT fid + 1 FROM n)"
              + " SELECT fid, NULL AS geom, 'x' AS id, 'x' AS type FROM n");
    }
    return Files.readAllBytes(file);
  }

  /** A Shapefile zip as the exporter writes it. */
  public static byte[] shapefileZip() throws Exception {
    GeometryFactory g = new GeometryFactory();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FeatureExport.write(
        ExportFormat.SHP,
        "fac",
        Crs.WGS84,
        List.of(
            new ExportFeature(
                g.createPoint(new Coordinate(114.15, 30.45)), Map.of("id", "a", "type", "x"))),
        out);
    return out.toByteArray();
  }

  /**
   * {@code zip} with the central directory's uncompressed size of the entry ending in {@code
   * suffix} set to {@code bytes} (what an archive holding a huge entry declares).
   */
  public static byte[] declaring(byte[] zip, String suffix, long bytes) {
    byte[] out = zip.clone();
    for (int i = 0; i + 46 < out.length; i++) {
      if (out[i] == 'P' && out[i + 1] == 'K' && out[i + 2] == 1 && out[i + 3] == 2) {
        int nameLength = (out[i + 28] & 0xff) | (out[i + 29] & 0xff) << 8;
        String name = new String(out, i + 46, nameLength, StandardCharsets.ISO_8859_1);
        if (name.endsWith(suffix)) {
          for (int b = 0; b < 4; b++) {
            out[i + 24 + b] = (byte) (bytes >>> (8 * b));
          }
          return out;
        }
      }
    }
    throw new IllegalArgumentException("no entry ending in " + suffix);
  }
}
