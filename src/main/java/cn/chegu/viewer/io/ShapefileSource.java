package cn.chegu.viewer.io;

import cn.chegu.viewer.budget.BudgetExceededException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.h2.value.Value;
import org.h2.value.ValueGeometry;
import org.h2.value.ValueNull;
import org.h2gis.functions.io.dbf.internal.DbaseFileHeader;
import org.h2gis.functions.io.shp.internal.SHPDriver;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads an unpacked Shapefile with H2GIS's {@link SHPDriver} (geometry from .shp/.shx, attributes
 * from .dbf). The CRS comes from the .prj ({@link PrjMatcher}); the DBF code page from the {@code
 * encoding} option, else the .cpg, else UTF-8 when every attribute byte decodes as UTF-8; other
 * text without a .cpg is refused with a request to name the code page (GBK, GB18030): a wrong guess
 * would store garbled names.
 */
final class ShapefileSource {

  private ShapefileSource() {}

  static SourceLayer read(List<Path> files, String fileName, ReadOptions options) {
    Path shp = chooseShp(files, fileName, options.table());
    String base = baseName(shp);
    Path shx =
        sibling(files, base, "shx").orElseThrow(() -> missing(fileName, base, "shx", "the index"));
    Path dbf =
        sibling(files, base, "dbf")
            .orElseThrow(() -> missing(fileName, base, "dbf", "the attribute table"));
    List<String> warnings = new ArrayList<>();
    Crs crs = null;
    Optional<Path> prj = sibling(files, base, "prj");
    if (prj.isPresent()) {
      crs = PrjMatcher.readable(readText(prj.get(), fileName), fileName, options.crs(), warnings);
    }
    String encoding = encoding(files, base, dbf, fileName, options.encoding(), warnings);
    SHPDriver driver = new SHPDriver();
    List<SourceFeature> features = new ArrayList<>();
    try {
      driver.initDriverFromFile(shp.toFile(), encoding);
      DbaseFileHeader header = driver.getDbaseFileHeader();
      int geometryIndex = driver.getGeometryFieldIndex();
      int fieldCount = driver.getFieldCount();
      long rows = driver.getRowCount();
      for (long r = 0; r < rows; r++) {
        Map<String, Object> properties = new LinkedHashMap<>();
        Geometry geometry = null;
        int dbfField = 0;
        for (int c = 0; c < fieldCount; c++) {
          Value v = driver.getField(r, c);
          if (c == geometryIndex) {
            geometry = v instanceof ValueGeometry g ? g.getGeometry() : null;
            continue;
          }
          properties.put(header.getFieldName(dbfField++), value(v));
        }
        ReadLimits.feature(geometry);
        Object id = properties.get("id");
        features.add(
            new SourceFeature(
                (int) r + 1, id == null ? null : id.toString(), geometry, properties));
      }
    } catch (InvalidImportFileException | BudgetExceededException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new InvalidImportFileException(
          fileName
              + ": the Shapefile "
              + base
              + " is not readable ("
              + GeoPackageSource.rootMessage(e)
              + ")",
          e);
    } finally {
      try {
        driver.close();
      } catch (IOException | RuntimeException ignored) {
        // closing a half-opened driver: nothing left to release
      }
    }
    return new SourceLayer(fileName, "Shapefile", crs, features, warnings);
  }

  private static Path chooseShp(List<Path> files, String fileName, String wanted) {
    List<Path> shps = files.stream().filter(p -> extension(p).equals("shp")).toList();
    if (shps.isEmpty()) {
      throw new InvalidImportFileException(
          fileName + ": no .shp file in the archive (a Shapefile needs .shp, .shx, .dbf and .prj)");
    }
    if (wanted != null && !wanted.isBlank()) {
      return shps.stream()
          .filter(p -> baseName(p).equalsIgnoreCase(wanted.trim()))
          .findFirst()
          .orElseThrow(
              () ->
                  new InvalidImportFileException(
                      fileName
                          + ": no Shapefile '"
                          + wanted
                          + "'; found "
                          + shps.stream().map(ShapefileSource::baseName).toList()));
    }
    if (shps.size() > 1) {
      throw new InvalidImportFileException(
          fileName
              + ": several Shapefiles "
              + shps.stream().map(ShapefileSource::baseName).toList()
              + "; choose one with table=");
    }
    return shps.get(0);
  }

  private static String encoding(
      List<Path> files,
      String base,
      Path dbf,
      String fileName,
      String given,
      List<String> warnings) {
    if (given != null && !given.isBlank()) {
      return charset(given.trim(), fileName, "encoding");
    }
    Optional<Path> cpg = sibling(files, base, "cpg");
    if (cpg.isPresent()) {
      return charset(readText(cpg.get(), fileName).trim(), fileName, ".cpg");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(dbf);
    } catch (IOException e) {
      throw new InvalidImportFileException(fileName + ": cannot read the .dbf", e);
    }
    int headerLength = bytes.length >= 10 ? ((bytes[8] & 0xff) | (bytes[9] & 0xff) << 8) : 0;
    ByteBuffer records =
        ByteBuffer.wrap(
            bytes, Math.min(headerLength, bytes.length), Math.max(0, bytes.length - headerLength));
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(records);
      return "UTF-8";
    } catch (CharacterCodingException e) {
      throw new InvalidImportFileException(
          fileName
              + ": "
              + base
              + ".dbf has no .cpg and its text is not UTF-8: say its code page with encoding="
              + " (GBK or GB18030 for Chinese desktop GIS)");
    }
  }

  /** Java charset name for a .cpg / encoding value (also Windows code page numbers). */
  static String charset(String name, String fileName, String where) {
    String n = name.toUpperCase(Locale.ROOT).replace("ANSI", "").trim();
    if (n.equals("936") || n.equals("CP936")) {
      n = "GBK";
    } else if (n.equals("65001") || n.equals("UTF8")) {
      n = "UTF-8";
    } else if (n.equals("54936")) {
      n = "GB18030";
    } else if (n.matches("\\d{3,4}")) {
      n = "windows-" + n;
    }
    try {
      return Charset.forName(n).name();
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new InvalidImportFileException(
          fileName
              + ": "
              + where
              + " names an unknown code page '"
              + name
              + "' (try GBK, GB18030, UTF-8)");
    }
  }

  private static Object value(Value v) {
    if (v == null || v == ValueNull.INSTANCE) {
      return null;
    }
    return switch (v.getValueType()) {
      case Value.TINYINT, Value.SMALLINT, Value.INTEGER, Value.BIGINT -> v.getLong();
      case Value.REAL, Value.DOUBLE, Value.DECFLOAT -> v.getDouble();
      case Value.NUMERIC -> Values.normalise(v.getBigDecimal());
      case Value.BOOLEAN -> v.getBoolean();
      default -> v.getString();
    };
  }

  private static InvalidImportFileException missing(
      String fileName, String base, String ext, String what) {
    return new InvalidImportFileException(
        fileName
            + ": "
            + base
            + ".shp comes without its ."
            + ext
            + " ("
            + what
            + "); a Shapefile needs .shp, .shx, .dbf and .prj together");
  }

  private static Optional<Path> sibling(List<Path> files, String base, String ext) {
    return files.stream()
        .filter(p -> baseName(p).equals(base) && extension(p).equals(ext))
        .findFirst();
  }

  private static String readText(Path p, String fileName) {
    try {
      return Files.readString(p, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new InvalidImportFileException(fileName + ": cannot read " + p.getFileName(), e);
    }
  }

  static String extension(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static String baseName(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? n : n.substring(0, dot);
  }
}
