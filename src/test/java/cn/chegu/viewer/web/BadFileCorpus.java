package cn.chegu.viewer.web;

import cn.chegu.viewer.io.Crs;
import cn.chegu.viewer.io.ExportFeature;
import cn.chegu.viewer.io.ExportFormat;
import cn.chegu.viewer.io.FeatureExport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.h2gis.functions.factory.H2GISFunctions;
import org.h2gis.functions.io.shp.SHPWrite;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The bad-file corpus: files a planner might really send (or an attacker), each of which must be
 * refused with a clear 4xx while the store stays byte for byte as it was. Built in code from one
 * good facility so that each case differs from a good file by the one defect it names.
 */
final class BadFileCorpus {

  /** One bad upload. */
  record Case(String defect, String fileName, byte[] bytes, Map<String, String> params) {
    @Override
    public String toString() {
      return defect;
    }

    Case renamed(String name) {
      return new Case(defect, name, bytes, params);
    }

    /** The target layer: {@code params.layer}, else {@code facilities}. */
    String layer() {
      return params.getOrDefault("layer", "facilities");
    }

    Map<String, String> paramsWithoutLayer() {
      Map<String, String> p = new LinkedHashMap<>(params);
      p.remove("layer");
      return p;
    }
  }

  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private BadFileCorpus() {}

  static List<Case> all(Path tmp) throws Exception {
    List<Case> cases = new ArrayList<>();
    Map<String, byte[]> shp = entries(goodShapefile());
    // --- Shapefile ---
    cases.add(zip("Shapefile without .shx", without(shp, "shx")));
    cases.add(zip("Shapefile without .dbf", without(shp, "dbf")));
    cases.add(zip("Shapefile parts without the .shp", without(shp, "shp")));
    cases.add(zip("Shapefile without .prj", without(shp, "prj")));
    cases.add(
        zip(
            "Shapefile with a Lambert .prj",
            with(
                shp,
                "prj",
                "PROJCS[\"Xian_1980_Lambert\",GEOGCS[\"GCS_Xian_1980\"],PROJECTION[\"Lambert_Conformal_Conic\"]]")));
    cases.add(
        zip(
            "Shapefile in GK metres with a WGS84 .prj",
            with(
                shp,
                "prj",
                "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
                    + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]")));
    cases.add(zip("GBK Shapefile without .cpg", gbkShapefile(tmp)));
    cases.add(zip("Shapefile with a truncated .shp", cut(shp, "shp", 0.6)));
    cases.add(zip("Shapefile with a 0-byte .shp", with(shp, "shp", "")));
    cases.add(zip("Shapefile with a garbage .dbf", with(shp, "dbf", "not a dbase file at all")));
    cases.add(zip("Shapefile with an unknown .cpg", with(shp, "cpg", "KLINGON-1")));
    Map<String, byte[]> two = new LinkedHashMap<>(shp);
    shp.forEach((k, v) -> two.put(k.replace("fac.", "other."), v));
    cases.add(zip("two Shapefiles, no table chosen", two));
    cases.add(
        new Case(
            "a table that is not in the zip", "fac.zip", zipBytes(shp), Map.of("table", "roads")));
    // --- zip ---
    cases.add(zip("zip slip ../../evil.shp", Map.of("../../evil.shp", "x".getBytes())));
    cases.add(zip("absolute path in the zip", Map.of("/tmp/evil.geojson", "{}".getBytes())));
    cases.add(new Case("zip bomb (ratio)", "bomb.zip", bomb(), Map.of()));
    Map<String, byte[]> flood = new LinkedHashMap<>();
    for (int i = 0; i < 1001; i++) {
      flood.put("f" + i + ".txt", new byte[] {'x'});
    }
    cases.add(zip("1001 entries", flood));
    cases.add(zip("empty zip", Map.of()));
    cases.add(
        zip(
            "zip of two GeoJSON files",
            Map.of("a.geojson", "{}".getBytes(), "b.geojson", "{}".getBytes())));
    cases.add(file("text named .zip", "a.zip", "this is not a zip"));
    byte[] good = zipBytes(shp);
    cases.add(new Case("truncated zip", "cut.zip", Arrays.copyOf(good, good.length / 2), Map.of()));
    cases.add(zip("zip inside a zip", Map.of("inner.zip", good)));
    // --- GeoPackage ---
    byte[] gpkg = export(ExportFormat.GPKG, Crs.epsg(4490));
    cases.add(new Case("truncated GeoPackage", "fac.gpkg", Arrays.copyOf(gpkg, 1024), Map.of()));
    cases.add(file("text named .gpkg", "fac.gpkg", "hello"));
    cases.add(
        new Case(
            "GeoPackage table that does not exist", "fac.gpkg", gpkg, Map.of("table", "nope")));
    cases.add(new Case("0-byte GeoPackage", "fac.gpkg", new byte[0], Map.of()));
    // --- GeoJSON ---
    cases.add(new Case("0-byte GeoJSON", "a.geojson", new byte[0], Map.of()));
    cases.add(file("broken JSON", "a.geojson", "{ this is not json"));
    cases.add(
        file(
            "a Feature, not a FeatureCollection",
            "a.geojson",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[114.1,30.4]},\"properties\":{}}"));
    cases.add(
        file(
            "features is not an array",
            "a.geojson",
            "{\"type\":\"FeatureCollection\",\"features\":{}}"));
    cases.add(
        geojson(
            "mixed geometry types",
            point("a", "hospital", "[114.1,30.4]"),
            feature("b", "hospital", "LineString", "[[114.1,30.4],[114.2,30.4]]")));
    cases.add(geojson("3D points", point("a", "hospital", "[114.1,30.4,25.0]")));
    cases.add(geojson("empty FeatureCollection"));
    cases.add(
        file(
            "feature without geometry",
            "a.geojson",
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"type\":\"hospital\"}}]}"));
    cases.add(
        geojson(
            "polygon in the point layer",
            feature(
                "a",
                "hospital",
                "Polygon",
                "[[[114.1,30.4],[114.2,30.4],[114.2,30.5],[114.1,30.4]]]")));
    cases.add(geojson("unknown facility type", point("a", "spaceport", "[114.1,30.4]")));
    cases.add(geojson("missing facility type", point("a", null, "[114.1,30.4]")));
    cases.add(
        geojson(
            "duplicate ids",
            point("a", "hospital", "[114.1,30.4]"),
            point("a", "hospital", "[114.2,30.4]")));
    cases.add(
        geojson(
            "one feature 100 km from the zone",
            point("a", "hospital", "[114.1,30.4]"),
            point("b", "hospital", "[115.2,30.4]")));
    cases.add(
        file(
            "unsupported crs member",
            "a.geojson",
            "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::2154\"}},"
                + "\"features\":["
                + point("a", "hospital", "[114.1,30.4]")
                + "]}"));
    cases.add(
        file(
            "unknown status",
            "a.geojson",
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[114.1,30.4]},\"properties\":{\"type\":\"hospital\",\"status\":\"dreamt\"}}]}"));
    // --- CSV / XLSX ---
    cases.add(
        file(
            "CSV with text in a number column",
            "a.csv",
            "id,type,capacity,lon,lat\na,hospital,many,114.1,30.4\n"));
    cases.add(
        file("CSV with text for a longitude", "a.csv", "id,type,lon,lat\na,hospital,abc,30.4\n"));
    cases.add(
        file("CSV without coordinate columns", "a.csv", "id,type,address\na,hospital,沌口路1号\n"));
    cases.add(new Case("binary data named .csv", "a.csv", new byte[] {0, 1, 2, 3, 0, 5}, Map.of()));
    cases.add(
        file(
            "CSV with a fractional capacity",
            "a.csv",
            "id,type,capacity,lon,lat\na,hospital,1.5,114.1,30.4\n"));
    cases.add(
        file(
            "CSV with projected metres and no crs",
            "a.csv",
            "id,type,x,y\na,hospital,510640,3363200\n"));
    cases.add(file("text named .xlsx", "a.xlsx", "id,type\n"));
    cases.add(
        zip("zip named .xlsx that is no workbook", Map.of("a.txt", "x".getBytes()))
            .renamed("a.xlsx"));
    // --- readers (issue 15 part B, issue 20): names, CRS, table layout ---
    cases.add(zip("zip entry name with a NUL byte", Map.of("fac\0.geojson", "{}".getBytes())));
    cases.add(
        new Case(
            "GeoPackage with srs_id 999999 (undefined)",
            "fac.gpkg",
            undefinedSrs(gpkg, tmp),
            Map.of()));
    cases.add(zip("Shapefile with a Mars .prj", with(shp, "prj", MARS_PRJ)));
    cases.add(
        zip(
            "Shapefile with a Beijing 1954 .prj",
            with(
                shp,
                "prj",
                "GEOGCS[\"GCS_Beijing_1954\",DATUM[\"D_Beijing_1954\",SPHEROID[\"Krasovsky_1940\",6378245.0,298.3]],"
                    + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]")));
    cases.add(
        new Case(
            "mapping names only one coordinate column",
            "a.csv",
            "id,type,东经,北纬\na,hospital,114.1,30.4\n".getBytes(StandardCharsets.UTF_8),
            Map.of("mapping", "{\"columns\":{\"lon\":\"东经\"}}")));
    cases.add(
        new Case(
            "mapping names coordinate columns the table does not have",
            "a.csv",
            "id,type,东经,北纬\na,hospital,114.1,30.4\n".getBytes(StandardCharsets.UTF_8),
            Map.of("mapping", "{\"columns\":{\"lon\":\"E\",\"lat\":\"N\"}}")));
    cases.add(
        new Case(
            "headerRow below the last row",
            "a.csv",
            "id,type,lon,lat\na,hospital,114.1,30.4\n".getBytes(),
            Map.of("headerRow", "9")));
    cases.add(
        new Case(
            "headerRow 0",
            "a.csv",
            "id,type,lon,lat\na,hospital,114.1,30.4\n".getBytes(),
            Map.of("headerRow", "0")));
    cases.add(
        new Case(
            "headerRow that is not a number",
            "a.csv",
            "id,type,lon,lat\na,hospital,114.1,30.4\n".getBytes(),
            Map.of("headerRow", "two")));
    cases.add(
        file(
            "CSV whose title rows hide the header (no headerRow, coordinates beyond row 10)",
            "a.csv",
            "标题\n".repeat(10) + "id,type,lon,lat\na,hospital,114.1,30.4\n"));
    cases.add(file("text named .tif", "pop.tif", "not a raster"));
    cases.add(
        new Case(
            "census spread into the facilities layer",
            "a.csv",
            "id,type,lon,lat\na,hospital,114.1,30.4\n".getBytes(),
            Map.of("spread", "dasymetric")));
    cases.add(
        new Case(
            "unknown spread method",
            "a.csv",
            "id,type,lon,lat\na,hospital,114.1,30.4\n".getBytes(),
            Map.of("spread", "evenly")));
    cases.add(new Case("TIFF without georeferencing", "pop.tif", plainTiff(), Map.of()));
    cases.add(
        new Case(
            "BigTIFF population raster (the TIFF reader reads classic TIFF only)",
            "ghsl.tif",
            fixture("raster/ghsl-moscow-bigtiff.tif"),
            Map.of()));
    // --- census totals as a table joined by admin unit name (the sample's 街道) ---
    Map<String, String> census = Map.of("layer", "population", "spread", "dasymetric");
    cases.add(
        new Case(
            "census table naming an admin unit the area does not have",
            "census.csv",
            "街道,常住人口\n沌口街道,100000\n火星街道,5\n".getBytes(StandardCharsets.UTF_8),
            census));
    cases.add(
        new Case(
            "census table naming a unit by a near miss (沌口 for 沌口街道)",
            "census.csv",
            "街道,常住人口\n沌口,100000\n".getBytes(StandardCharsets.UTF_8),
            census));
    cases.add(
        new Case(
            "census table without a population column",
            "census.csv",
            "街道,面积\n沌口街道,12.5\n".getBytes(StandardCharsets.UTF_8),
            census));
    cases.add(
        new Case(
            "census table naming a unit twice",
            "census.csv",
            "街道,常住人口\n沌口街道,100\n沌口街道,200\n".getBytes(StandardCharsets.UTF_8),
            census));
    cases.add(
        new Case(
            "census table with a negative population",
            "census.csv",
            "街道,常住人口\n沌口街道,-5\n".getBytes(StandardCharsets.UTF_8),
            census));
    cases.add(
        new Case(
            "census table with a fractional population",
            "census.csv",
            "街道,常住人口\n沌口街道,1000.5\n".getBytes(StandardCharsets.UTF_8),
            census));
    cases.add(
        new Case(
            "census table with only a header",
            "census.csv",
            "街道,常住人口\n".getBytes(StandardCharsets.UTF_8),
            census));
    cases.add(
        new Case(
            "census table appended (spread rewrites the cells: mode must be replace)",
            "census.csv",
            "街道,常住人口\n沌口街道,100\n".getBytes(StandardCharsets.UTF_8),
            Map.of("layer", "population", "spread", "dasymetric", "mode", "append")));
    // --- other ---
    cases.add(file("wrong extension .dwg", "plan.dwg", "AC1032"));
    cases.add(new Case("a .shp alone", "fac.shp", shp.get("fac.shp"), Map.of()));
    cases.add(file("not XML named .osm", "a.osm", "just text"));
    cases.add(
        new Case(
            "garbage named .osm.pbf", "a.osm.pbf", "garbage!".repeat(10).getBytes(), Map.of()));
    cases.add(
        new Case(
            "mapping that is not JSON",
            "a.csv",
            "id,type,lon,lat\na,hospital,114.1,30.4\n".getBytes(),
            Map.of("mapping", "{not json")));
    cases.add(
        new Case(
            "unsupported crs parameter",
            "a.csv",
            "id,type,lon,lat\na,hospital,114.1,30.4\n".getBytes(),
            Map.of("crs", "EPSG:9999")));
    cases.add(
        new Case(
            "unknown mode",
            "a.csv",
            "id,type,lon,lat\na,hospital,114.1,30.4\n".getBytes(),
            Map.of("mode", "merge")));
    return cases;
  }

  // ---------------------------------------------------------------- builders

  /** A file of src/test/resources/fixtures (see the README beside it). */
  static byte[] fixture(String path) throws IOException {
    try (var in = BadFileCorpus.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IOException("no fixture " + path);
      }
      return in.readAllBytes();
    }
  }

  /** A 2 × 2 float TIFF with people in it but no GeoTIFF tags: where would they live? */
  static byte[] plainTiff() throws IOException {
    mil.nga.tiff.Rasters r = new mil.nga.tiff.Rasters(2, 2, 1, mil.nga.tiff.FieldType.FLOAT);
    mil.nga.tiff.FileDirectory d = new mil.nga.tiff.FileDirectory();
    d.setImageWidth(2);
    d.setImageHeight(2);
    d.setBitsPerSample(32);
    d.setCompression(mil.nga.tiff.util.TiffConstants.COMPRESSION_NO);
    d.setPhotometricInterpretation(
        mil.nga.tiff.util.TiffConstants.PHOTOMETRIC_INTERPRETATION_BLACK_IS_ZERO);
    d.setSamplesPerPixel(1);
    d.setRowsPerStrip(2);
    d.setPlanarConfiguration(mil.nga.tiff.util.TiffConstants.PLANAR_CONFIGURATION_CHUNKY);
    d.setSampleFormat(mil.nga.tiff.util.TiffConstants.SAMPLE_FORMAT_FLOAT);
    d.setWriteRasters(r);
    for (int i = 0; i < 4; i++) {
      r.setFirstPixelSample(i % 2, i / 2, 12.5f);
    }
    return mil.nga.tiff.TiffWriter.writeTiffToBytes(new mil.nga.tiff.TIFFImage(d));
  }

  /** A geographic CRS of another planet (ESRI's Mars 2000): nothing on Earth is in it. */
  static final String MARS_PRJ =
      "GEOGCS[\"GCS_Mars_2000\",DATUM[\"D_Mars_2000\",SPHEROID[\"Mars_2000_IAU_IAG\",3396190.0,169.8944472236118]],"
          + "PRIMEM[\"Reference_Meridian\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

  /**
   * The GeoPackage with its table moved to srs_id 999999, organisation NONE, definition {@code
   * undefined} — what some tools write when they do not know the CRS.
   */
  static byte[] undefinedSrs(byte[] gpkg, Path tmp) throws Exception {
    Path file = Files.createTempFile(tmp, "srs", ".gpkg");
    Files.write(file, gpkg);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization,"
              + " organization_coordsys_id, definition) VALUES ('undefined', 999999, 'NONE',"
              + " 999999, 'undefined')");
      s.execute("UPDATE gpkg_geometry_columns SET srs_id = 999999");
      s.execute("UPDATE gpkg_contents SET srs_id = 999999");
    }
    return Files.readAllBytes(file);
  }

  static byte[] export(ExportFormat format, Crs crs) throws IOException {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", "good-1");
    values.put("name_zh", "沌口医院");
    values.put("type", "hospital");
    values.put("capacity", 300L);
    ExportFeature f =
        new ExportFeature(
            crs.fromWgs84(GEOMETRY.createPoint(new Coordinate(114.15, 30.45))), values);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FeatureExport.write(format, "fac", crs, List.of(f), out);
    return out.toByteArray();
  }

  static byte[] goodShapefile() throws IOException {
    return export(ExportFormat.SHP, Crs.epsg(4547));
  }

  /** A Shapefile whose DBF text is GBK, written by H2GIS, with no .cpg. */
  private static Map<String, byte[]> gbkShapefile(Path tmp) throws Exception {
    Path dir = Files.createTempDirectory(tmp, "gbk");
    try (Connection c =
        DriverManager.getConnection("jdbc:h2:mem:gbk-" + UUID.randomUUID(), "sa", "")) {
      H2GISFunctions.load(c);
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE T (THE_GEOM GEOMETRY(POINT, 4326), NAME_ZH VARCHAR, TYPE VARCHAR)");
        s.execute(
            "INSERT INTO T VALUES ('SRID=4326;POINT (114.15 30.45)', '沌口社区卫生服务中心', 'hospital')");
      }
      SHPWrite.exportTable(c, dir.resolve("gbk.shp").toString(), "T", "GBK", true);
    }
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        if (!p.toString().endsWith(".cpg")) {
          out.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
      }
    }
    return out;
  }

  private static byte[] bomb() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("bomb.geojson"));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        z.write(spaces);
      }
      z.closeEntry();
    }
    return out.toByteArray();
  }

  static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  private static Map<String, byte[]> without(Map<String, byte[]> shp, String ext) {
    Map<String, byte[]> out = new LinkedHashMap<>(shp);
    out.keySet().removeIf(k -> k.endsWith("." + ext));
    return out;
  }

  static Map<String, byte[]> with(Map<String, byte[]> shp, String ext, String content) {
    Map<String, byte[]> out = without(shp, ext);
    out.put("fac." + ext, content.getBytes(StandardCharsets.UTF_8));
    return out;
  }

  private static Map<String, byte[]> cut(Map<String, byte[]> shp, String ext, double keep) {
    Map<String, byte[]> out = new LinkedHashMap<>(shp);
    byte[] b = shp.get("fac." + ext);
    out.put("fac." + ext, Arrays.copyOf(b, (int) (b.length * keep)));
    return out;
  }

  static byte[] zipBytes(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static Case zip(String defect, Map<String, byte[]> entries) throws IOException {
    return new Case(defect, "upload.zip", zipBytes(entries), Map.of());
  }

  private static Case file(String defect, String name, String text) {
    return new Case(defect, name, text.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  private static String feature(String id, String type, String geometryType, String coordinates) {
    return "{\"type\":\"Feature\",\"id\":\""
        + id
        + "\",\"geometry\":{\"type\":\""
        + geometryType
        + "\",\"coordinates\":"
        + coordinates
        + "},\"properties\":{"
        + (type == null ? "" : "\"type\":\"" + type + "\"")
        + "}}";
  }

  private static String point(String id, String type, String coordinates) {
    return feature(id, type, "Point", coordinates);
  }

  private static Case geojson(String defect, String... features) {
    return file(
        defect,
        "facilities.geojson",
        "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}");
  }
}
