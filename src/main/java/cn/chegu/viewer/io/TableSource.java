package cn.chegu.viewer.io;

import cn.chegu.viewer.budget.BudgetExceededException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads point tables: CSV (Apache Commons CSV, UTF-8 or — when the bytes are not UTF-8 — GB18030,
 * or the {@code encoding} option) and XLSX (Apache POI, first sheet or the one named by {@code
 * table}). The column names are on row {@code headerRow} (title rows above it are skipped; see
 * {@link #table}). The position comes from the columns {@code mapping} names for lon/lat (or x/y),
 * else a longitude/latitude pair of columns ({@code lon, lng, longitude, 经度} / {@code lat,
 * latitude, 纬度}) or a projected {@code x}/{@code y} pair. Other columns stay text (empty cells
 * become null); the importer types the known fields.
 */
final class TableSource {

  private static final Set<String> X_NAMES = Set.of("lon", "lng", "long", "longitude", "经度", "x");
  private static final Set<String> Y_NAMES = Set.of("lat", "latitude", "纬度", "y");
  private static final GeometryFactory POINTS = new GeometryFactory();

  private TableSource() {}

  static SourceLayer csv(Path file, String fileName, ReadOptions options) {
    List<String> warnings = new ArrayList<>();
    String text = decode(file, fileName, options.encoding(), warnings);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<NumberedRow> rows = new ArrayList<>();
    try (CSVParser parser =
        CSVFormat.DEFAULT.builder().setTrim(true).get().parse(new StringReader(text))) {
      for (CSVRecord r : parser) {
        ReadLimits.feature(null);
        List<String> row = new ArrayList<>();
        r.forEach(row::add);
        rows.add(new NumberedRow((int) r.getRecordNumber(), row));
      }
    } catch (InvalidImportFileException | BudgetExceededException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new InvalidImportFileException(
          fileName + ": not a readable CSV table (" + GeoPackageSource.rootMessage(e) + ")", e);
    }
    return table(fileName, "CSV", rows, options, warnings);
  }

  static SourceLayer xlsx(Path file, String fileName, ReadOptions options) {
    List<NumberedRow> rows = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        Workbook book = WorkbookFactory.create(in)) {
      Sheet sheet =
          options.table() == null || options.table().isBlank()
              ? book.getSheetAt(0)
              : book.getSheet(options.table());
      if (sheet == null) {
        throw new InvalidImportFileException(fileName + ": no sheet '" + options.table() + "'");
      }
      DataFormatter format = new DataFormatter(Locale.ROOT);
      for (Row row : sheet) {
        ReadLimits.feature(null);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : cellText(cell, format));
        }
        rows.add(new NumberedRow(row.getRowNum() + 1, cells));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidImportFileException || e instanceof BudgetExceededException) {
        throw (RuntimeException) e;
      }
      throw new InvalidImportFileException(
          fileName + ": not a readable Excel workbook (" + GeoPackageSource.rootMessage(e) + ")",
          e);
    }
    return table(fileName, "XLSX", rows, options, new ArrayList<>());
  }

  /** A row of a table with its 1-based number as the user sees it (Excel row, CSV record). */
  private record NumberedRow(int number, List<String> cells) {}

  /** How many rows are searched for the header when {@code headerRow} is not given. */
  static final int HEADER_SEARCH_ROWS = 10;

  private static String cellText(Cell cell, DataFormatter format) {
    if (cell.getCellType() == CellType.NUMERIC) {
      double d = cell.getNumericCellValue();
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
    return format.formatCellValue(cell).trim();
  }

  /**
   * The features of a table. The header is row {@code options.headerRow()} when it is given (rows
   * above are titles); otherwise the first row, or — when that one has no coordinate columns — the
   * first of the next rows (up to {@link #HEADER_SEARCH_ROWS}) that has them, with a warning.
   */
  private static SourceLayer table(
      String fileName,
      String format,
      List<NumberedRow> all,
      ReadOptions options,
      List<String> warnings) {
    boolean given = options.headerRow() > 1;
    int at = -1;
    for (int i = 0; i < all.size() && at < 0; i++) {
      NumberedRow r = all.get(i);
      if (given ? r.number() == options.headerRow() : r.number() <= HEADER_SEARCH_ROWS) {
        if (given || coordinates(trimmed(r.cells()), options)[0] >= 0) {
          at = i;
        }
      }
    }
    if (at < 0 && given) {
      throw new InvalidImportFileException(
          fileName + ": headerRow=" + options.headerRow() + " but the table has no such row");
    }
    if (at < 0) {
      at = 0; // the first row; its missing coordinate columns are reported below
    } else if (!given && all.get(at).number() > 1) {
      warnings.add(
          "the column names were found on row "
              + all.get(at).number()
              + " (the rows above read as titles); pass headerRow= to choose another");
    }
    List<String> header = all.isEmpty() ? List.of() : trimmed(all.get(at).cells());
    List<List<String>> rows = new ArrayList<>();
    for (NumberedRow r : all.subList(Math.min(at + 1, all.size()), all.size())) {
      if (r.cells().stream().anyMatch(c -> !c.isBlank())) {
        rows.add(r.cells());
      }
    }
    List<String> named = header.stream().filter(h -> !h.isEmpty()).toList();
    if (new java.util.HashSet<>(named).size() != named.size()) {
      throw new InvalidImportFileException(
          fileName + ": two columns have the same name in the header row; columns: " + header);
    }
    if (options.attributesOnly()) {
      return attributes(fileName, format, header, rows, warnings);
    }
    int[] xy = coordinates(header, options);
    int xi = xy[0];
    int yi = xy[1];
    if (xi < 0 || yi < 0) {
      throw new InvalidImportFileException(
          fileName
              + (options.coordinateColumns() != null
                  ? ": no columns '"
                      + options.coordinateColumns().x()
                      + "' / '"
                      + options.coordinateColumns().y()
                      + "' as mapping names them"
                  : ": no coordinate columns; name them lon/lat (or 经度/纬度, or x/y), or map yours"
                      + " with mapping={\"columns\":{\"lon\":\"东经\",\"lat\":\"北纬\"}}")
              + (given ? " in row " + options.headerRow() : "")
              + "; columns: "
              + header);
    }
    List<SourceFeature> features = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      Map<String, Object> properties = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        if (c == xi || c == yi) {
          continue;
        }
        String v = c < row.size() ? row.get(c) : "";
        properties.put(header.get(c), v.isEmpty() ? null : v);
      }
      Object id = properties.get("id");
      String problem = null;
      org.locationtech.jts.geom.Point point = null;
      String xs = xi < row.size() ? row.get(xi) : "";
      String ys = yi < row.size() ? row.get(yi) : "";
      try {
        point = POINTS.createPoint(new Coordinate(Double.parseDouble(xs), Double.parseDouble(ys)));
      } catch (NumberFormatException e) {
        problem =
            header.get(xi) + "/" + header.get(yi) + ": '" + xs + "', '" + ys + "' are not numbers";
      }
      features.add(
          new SourceFeature(r + 1, id == null ? null : id.toString(), point, properties, problem));
    }
    return new SourceLayer(fileName, format, null, features, warnings);
  }

  /** A table without positions: every column an attribute, no geometry. */
  private static SourceLayer attributes(
      String fileName,
      String format,
      List<String> header,
      List<List<String>> rows,
      List<String> warnings) {
    List<SourceFeature> features = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      Map<String, Object> properties = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        String v = c < row.size() ? row.get(c).trim() : "";
        properties.put(header.get(c), v.isEmpty() ? null : v);
      }
      features.add(new SourceFeature(r + 1, null, null, properties));
    }
    return new SourceLayer(fileName, format, null, features, warnings);
  }

  private static List<String> trimmed(List<String> cells) {
    return cells.stream().map(String::trim).toList();
  }

  /** The x and y column indexes (-1 when absent): the mapped names, else the usual ones. */
  private static int[] coordinates(List<String> header, ReadOptions options) {
    ReadOptions.CoordinateColumns named = options.coordinateColumns();
    if (named != null) {
      return new int[] {header.indexOf(named.x().trim()), header.indexOf(named.y().trim())};
    }
    int xi = column(header, X_NAMES);
    int yi = column(header, Y_NAMES);
    return xi < 0 || yi < 0 ? new int[] {-1, -1} : new int[] {xi, yi};
  }

  private static int column(List<String> header, Set<String> names) {
    for (int i = 0; i < header.size(); i++) {
      if (names.contains(header.get(i).trim().toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return -1;
  }

  private static String decode(Path file, String fileName, String given, List<String> warnings) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InvalidImportFileException(fileName + ": cannot read", e);
    }
    if (given != null && !given.isBlank()) {
      return new String(
          bytes, Charset.forName(ShapefileSource.charset(given, fileName, "encoding")));
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      warnings.add(
          "the CSV is not UTF-8: read as GB18030 (GBK); pass encoding= if names look wrong");
      return new String(bytes, Charset.forName("GB18030"));
    }
  }
}
