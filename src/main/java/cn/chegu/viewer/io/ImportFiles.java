package cn.chegu.viewer.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Entry point of the readers: recognises an uploaded file by its name and checks its first bytes
 * agree (a GeoPackage is SQLite, a zip starts with {@code PK}), unpacks zips safely ({@link
 * SafeArchive}) into the caller's work directory, and hands the file to the right reader.
 */
public final class ImportFiles {

  /**
   * Why a BigTIFF is refused: the TIFF reader in use ({@code mil.nga:tiff} 3.0.0) reads classic
   * TIFF only, and no BigTIFF reader resolves offline; a hand-written TIFF parser is not an option.
   */
  public static final String BIGTIFF_REFUSED =
      "a BigTIFF (TIFF version 43) is not read: the TIFF reader (mil.nga:tiff 3.0.0) reads classic"
          + " TIFF only. Cut the raster to the area and write a classic TIFF (up to 4 GB), e.g."
          + " gdal_translate -projwin <minx> <maxy> <maxx> <miny> -co BIGTIFF=NO in.tif out.tif";

  /** File kinds the importer accepts, for messages. */
  public static final String ACCEPTED =
      ".geojson/.json, .gpkg, .zip (Shapefile .shp+.shx+.dbf+.prj[+.cpg], a GTFS feed, or one of the others),"
          + " .csv, .xlsx, .osm, .osm.pbf, .tif (population raster)";

  private static final byte[] SQLITE =
      "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /**
   * The name of the plan file an area's upload may carry: a zip entry of this name (in any folder),
   * or in a GeoPackage an attributes table named {@code plan} whose one row holds the file's text
   * in a column {@code json}. It is not a layer ({@link #readLayers} leaves it out).
   */
  public static final String PLAN_FILE = "plan.json";

  /** Largest plan file read (1 MiB; the 车谷 plan is about 10 kB). */
  static final int MAX_DOCUMENT_BYTES = 1 << 20;

  private final SafeArchive archive;

  public ImportFiles(SafeArchive archive) {
    this.archive = archive;
  }

  /**
   * The plan file ({@link #PLAN_FILE}) in an area's upload, or empty when it carries none.
   *
   * @throws InvalidImportFileException when there are two, it is too large or cannot be read
   */
  public java.util.Optional<byte[]> planFile(Path file, String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gpkg")) {
      return GeoPackageSource.attributeText(file, fileName, "plan", "json")
          .map(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .map(b -> requireSize(b, fileName + "!plan"));
    }
    if (!name.endsWith(".zip")) {
      return java.util.Optional.empty();
    }
    java.util.zip.ZipEntry found = null;
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
        String entry = e.getName().substring(e.getName().lastIndexOf('/') + 1);
        if (e.isDirectory() || !entry.equalsIgnoreCase(PLAN_FILE)) {
          continue;
        }
        if (found != null) {
          throw new InvalidImportFileException(
              fileName + ": two plan files (" + found.getName() + ", " + e.getName() + ")");
        }
        found = e;
      }
      if (found == null) {
        return java.util.Optional.empty();
      }
      try (InputStream in = zip.getInputStream(found)) {
        byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
        return java.util.Optional.of(requireSize(bytes, fileName + "!" + found.getName()));
      }
    } catch (IOException e) {
      throw new InvalidImportFileException(fileName + ": cannot read", e);
    }
  }

  private static byte[] requireSize(byte[] bytes, String where) {
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      throw new InvalidImportFileException(
          where + ": larger than " + (MAX_DOCUMENT_BYTES >> 20) + " MiB");
    }
    return bytes;
  }

  /**
   * Reads {@code file} (saved under {@code workDir}, uploaded as {@code fileName}).
   *
   * @throws InvalidImportFileException when it is not a readable file of an accepted kind
   */
  public SourceLayer read(Path file, String fileName, ReadOptions options, Path workDir) {
    long size = size(file, fileName);
    if (size == 0) {
      throw new InvalidImportFileException(fileName + ": the file is empty (0 bytes)");
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    byte[] head = head(file, fileName);
    if (name.endsWith(".zip")) {
      requireZip(head, fileName, "zip archive");
      Path dir = workDir.resolve("unzipped");
      List<Path> files;
      archive.requireDeclaredSizes(file, fileName);
      try (InputStream in = Files.newInputStream(file)) {
        files = archive.unpack(in, size, dir, fileName);
      } catch (IOException e) {
        throw new InvalidImportFileException(fileName + ": cannot read", e);
      }
      if (GtfsSource.isGtfs(files)) {
        return GtfsSource.read(files, fileName);
      }
      if (files.stream().anyMatch(p -> ShapefileSource.extension(p).equals("shp"))) {
        return ShapefileSource.read(files, fileName, options);
      }
      List<Path> inner =
          files.stream()
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip"))
              .toList();
      if (inner.size() != 1) {
        throw new InvalidImportFileException(
            fileName
                + ": the archive holds no Shapefile and not exactly one other file ("
                + inner.stream().map(p -> p.getFileName().toString()).toList()
                + ")");
      }
      Path only = inner.get(0);
      return read(only, fileName + "!" + only.getFileName(), options, workDir.resolve("inner"));
    }
    if (name.endsWith(".gpkg")) {
      if (head.length < SQLITE.length
          || !Arrays.equals(Arrays.copyOf(head, SQLITE.length), SQLITE)) {
        throw new InvalidImportFileException(
            fileName
                + ": not a GeoPackage (a GeoPackage is an SQLite file; this one has no SQLite header)");
      }
      return GeoPackageSource.read(file, fileName, options);
    }
    if (name.endsWith(".geojson") || name.endsWith(".json")) {
      if (firstNonSpace(head) != '{') {
        throw new InvalidImportFileException(fileName + ": not GeoJSON (does not start with '{')");
      }
      return GeoJsonSource.read(file, fileName);
    }
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      if (looksBinary(head)) {
        throw new InvalidImportFileException(fileName + ": not a text CSV file (binary content)");
      }
      return TableSource.csv(file, fileName, options);
    }
    if (name.endsWith(".xlsx")) {
      requireZip(head, fileName, "Excel .xlsx workbook");
      return TableSource.xlsx(file, fileName, options);
    }
    if (name.endsWith(".tif") || name.endsWith(".tiff")) {
      boolean tiff =
          head.length >= 4
              && ((head[0] == 'I' && head[1] == 'I' && head[2] == 42 && head[3] == 0)
                  || (head[0] == 'M' && head[1] == 'M' && head[2] == 0 && head[3] == 42));
      boolean bigTiff =
          head.length >= 4
              && ((head[0] == 'I' && head[1] == 'I' && head[2] == 43 && head[3] == 0)
                  || (head[0] == 'M' && head[1] == 'M' && head[2] == 0 && head[3] == 43));
      if (bigTiff) {
        throw new InvalidImportFileException(fileName + ": " + BIGTIFF_REFUSED);
      }
      if (!tiff) {
        throw new InvalidImportFileException(
            fileName + ": not a (classic) TIFF file; BigTIFF and other rasters are not read");
      }
      return GeoTiffSource.read(file, fileName);
    }
    if (name.endsWith(".osm.pbf") || name.endsWith(".pbf")) {
      return OsmSource.read(file, fileName, true, options);
    }
    if (name.endsWith(".osm")) {
      return OsmSource.read(file, fileName, false, options);
    }
    if (name.endsWith(".shp") || name.endsWith(".dbf") || name.endsWith(".shx")) {
      throw new InvalidImportFileException(
          fileName
              + ": upload a Shapefile as one .zip holding its .shp, .shx, .dbf and .prj (and .cpg)");
    }
    throw new InvalidImportFileException(
        fileName + ": unsupported file type; accepted: " + ACCEPTED);
  }

  /**
   * Reads every layer of a multi-layer upload, by name: each feature table of a GeoPackage, or each
   * Shapefile ({@code name.shp} with its siblings) and GeoJSON file ({@code name.geojson}) of a
   * zip.
   *
   * @throws InvalidImportFileException when it is not a readable GeoPackage or zip, or one of its
   *     layers is not readable
   */
  public Map<String, SourceLayer> readLayers(
      Path file, String fileName, ReadOptions options, Path workDir) {
    long size = size(file, fileName);
    if (size == 0) {
      throw new InvalidImportFileException(fileName + ": the file is empty (0 bytes)");
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    byte[] head = head(file, fileName);
    Map<String, SourceLayer> out = new LinkedHashMap<>();
    if (name.endsWith(".gpkg")) {
      if (head.length < SQLITE.length
          || !Arrays.equals(Arrays.copyOf(head, SQLITE.length), SQLITE)) {
        throw new InvalidImportFileException(
            fileName
                + ": not a GeoPackage (a GeoPackage is an SQLite file; this one has no SQLite header)");
      }
      for (String table : GeoPackageSource.tables(file, fileName)) {
        ReadOptions one = options.withTable(table);
        out.put(table, GeoPackageSource.read(file, fileName + "!" + table, one));
      }
      return out;
    }
    if (!name.endsWith(".zip")) {
      throw new InvalidImportFileException(
          fileName + ": send a GeoPackage (.gpkg) or a .zip of GeoJSON files or Shapefiles");
    }
    requireZip(head, fileName, "zip archive");
    List<Path> files;
    archive.requireDeclaredSizes(file, fileName);
    try (InputStream in = Files.newInputStream(file)) {
      files = archive.unpack(in, size, workDir.resolve("unzipped"), fileName);
    } catch (IOException e) {
      throw new InvalidImportFileException(fileName + ": cannot read", e);
    }
    for (Path p : files) {
      String base = ShapefileSource.baseName(p);
      String ext = ShapefileSource.extension(p);
      if (p.getFileName().toString().startsWith(".")
          || p.getFileName().toString().equalsIgnoreCase(PLAN_FILE)) {
        continue;
      }
      if (ext.equals("shp")) {
        ReadOptions one = options.withTable(base);
        out.put(base, ShapefileSource.read(files, fileName + "!" + base + ".shp", one));
      } else if (ext.equals("geojson") || ext.equals("json")) {
        out.put(base, GeoJsonSource.read(p, fileName + "!" + p.getFileName()));
      }
    }
    if (out.isEmpty()) {
      throw new InvalidImportFileException(
          fileName + ": the archive holds no Shapefile and no GeoJSON file");
    }
    return out;
  }

  private static void requireZip(byte[] head, String fileName, String what) {
    if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
      throw new InvalidImportFileException(fileName + ": not a " + what + " (no zip header)");
    }
  }

  private static int firstNonSpace(byte[] head) {
    int i = 0;
    if (head.length >= 3
        && (head[0] & 0xff) == 0xEF
        && (head[1] & 0xff) == 0xBB
        && (head[2] & 0xff) == 0xBF) {
      i = 3;
    }
    for (; i < head.length; i++) {
      if (!Character.isWhitespace(head[i])) {
        return head[i];
      }
    }
    return -1;
  }

  private static boolean looksBinary(byte[] head) {
    for (byte b : head) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static long size(Path file, String fileName) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new InvalidImportFileException(fileName + ": cannot read", e);
    }
  }

  private static byte[] head(Path file, String fileName) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(64);
    } catch (IOException e) {
      throw new InvalidImportFileException(fileName + ": cannot read", e);
    }
  }
}
