package cn.chegu.viewer.io;

import cn.chegu.viewer.budget.WorkBudget;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.io.file.PathUtils;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * Writes rows (features in the export CRS, or a plain table) in one {@link ExportFormat}: GeoJSON
 * (with a {@code crs} member when not EPSG:4326, as GDAL reads it), GeoPackage, zipped Shapefile,
 * CSV (UTF-8 with BOM so Excel shows Chinese) or XLSX. In CSV/XLSX a point becomes {@code x}/{@code
 * y} columns (lon/lat in geographic CRS), any other geometry a {@code wkt} column.
 */
public final class FeatureExport {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FeatureExport() {}

  /**
   * Writes {@code rows} as {@code name} to {@code out}.
   *
   * @throws IllegalArgumentException when the format cannot hold these rows (e.g. no geometry)
   */
  public static void write(
      ExportFormat format, String name, Crs crs, List<ExportFeature> rows, OutputStream out)
      throws IOException {
    boolean geometry = rows.stream().allMatch(r -> r.geometry() != null);
    if (format.needsGeometry() && (!geometry || rows.isEmpty() && format != ExportFormat.GEOJSON)) {
      throw new IllegalArgumentException(
          "this answer has no geometry"
              + (rows.isEmpty() ? " (no rows)" : "")
              + " to write as "
              + format.name().toLowerCase(java.util.Locale.ROOT)
              + "; use csv or xlsx");
    }
    switch (format) {
      case GEOJSON -> geoJson(crs, rows, out);
      case CSV -> csv(crs, rows, out);
      case XLSX -> xlsx(name, crs, rows, out);
      case GPKG, SHP -> viaFile(format, name, crs, rows, out);
    }
  }

  /**
   * Writes a GeoPackage of several feature tables (EPSG:4326) with their QGIS styles in {@code
   * layer_styles}, each the table's default style.
   */
  public static void styledGeoPackage(List<StyledLayer> layers, OutputStream out)
      throws IOException {
    Path dir = Files.createTempDirectory("chegu-export-");
    try {
      Path file = dir.resolve("styled.gpkg");
      GeoPackageWriter.writeStyled(file, layers);
      Files.copy(file, out);
    } finally {
      PathUtils.deleteDirectory(dir);
    }
  }

  private static void viaFile(
      ExportFormat format, String name, Crs crs, List<ExportFeature> rows, OutputStream out)
      throws IOException {
    Path dir = Files.createTempDirectory("chegu-export-");
    try {
      if (format == ExportFormat.GPKG) {
        Path file = dir.resolve(name + ".gpkg");
        GeoPackageWriter.write(file, name, crs, rows);
        Files.copy(file, out);
      } else {
        ShapefileWriter.write(dir, name, crs, rows, out);
      }
    } finally {
      PathUtils.deleteDirectory(dir);
    }
  }

  private static void geoJson(Crs crs, List<ExportFeature> rows, OutputStream out)
      throws IOException {
    GeoJsonWriter writer = new GeoJsonWriter(crs.geographic() ? 7 : 3);
    writer.setEncodeCRS(false);
    ObjectNode root = JSON.createObjectNode();
    root.put("type", "FeatureCollection");
    if (crs.epsg() != 4326 && crs.epsg() != 0) {
      root.putObject("crs")
          .put("type", "name")
          .putObject("properties")
          .put("name", "urn:ogc:def:crs:EPSG::" + crs.epsg());
    }
    if (crs.epsg() == 0) {
      root.put("coordinateSystem", crs.code()); // GCJ02/BD09: a note, not a GeoJSON CRS
    }
    ArrayNode features = root.putArray("features");
    for (ExportFeature r : rows) {
      WorkBudget.check();
      ObjectNode f = features.addObject();
      f.put("type", "Feature");
      Object id = r.values().get("id");
      if (id != null) {
        f.put("id", id.toString());
      }
      f.set("geometry", r.geometry() == null ? null : JSON.readTree(writer.write(r.geometry())));
      f.set("properties", JSON.valueToTree(r.values()));
    }
    JSON.writeValue(out, root);
  }

  private static List<String> header(List<ExportFeature> rows, boolean points, boolean shapes) {
    Set<String> names = new LinkedHashSet<>();
    rows.forEach(r -> names.addAll(r.values().keySet()));
    List<String> out = new ArrayList<>(names);
    if (points) {
      out.add("x");
      out.add("y");
    } else if (shapes) {
      out.add("wkt");
    }
    return out;
  }

  private static List<Object> cells(
      ExportFeature r, List<String> header, boolean points, boolean shapes) {
    List<Object> cells = new ArrayList<>();
    int columns = header.size() - (points ? 2 : shapes ? 1 : 0);
    for (String h : header.subList(0, columns)) {
      Object v = r.values().get(h);
      cells.add(v == null || v instanceof Number || v instanceof Boolean ? v : inert(v.toString()));
    }
    if (points) {
      Point p = (Point) r.geometry();
      cells.add(p.getX());
      cells.add(p.getY());
    } else if (shapes) {
      cells.add(r.geometry() == null ? null : new WKTWriter().write(r.geometry()));
    }
    return cells;
  }

  /**
   * Text a spreadsheet will not run: a cell that starts with {@code = + - @}, a tab or a carriage
   * return (a formula to Excel and LibreOffice, e.g. an imported {@code =HYPERLINK(...)}) gets a
   * leading apostrophe, as OWASP's "CSV injection" advice says. Numbers stay numbers.
   */
  static String inert(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  private static void csv(Crs crs, List<ExportFeature> rows, OutputStream out) throws IOException {
    boolean shapes = rows.stream().anyMatch(r -> r.geometry() != null);
    boolean points = shapes && rows.stream().allMatch(r -> r.geometry() instanceof Point);
    List<String> header = header(rows, points, shapes);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT);
    printer.printRecord(header.stream().map(FeatureExport::inert).toList());
    for (ExportFeature r : rows) {
      WorkBudget.check();
      printer.printRecord(cells(r, header, points, shapes));
    }
    printer.flush();
  }

  private static void xlsx(String name, Crs crs, List<ExportFeature> rows, OutputStream out)
      throws IOException {
    boolean shapes = rows.stream().anyMatch(r -> r.geometry() != null);
    boolean points = shapes && rows.stream().allMatch(r -> r.geometry() instanceof Point);
    List<String> header = header(rows, points, shapes);
    try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
      Sheet sheet = book.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
      Row top = sheet.createRow(0);
      for (int i = 0; i < header.size(); i++) {
        top.createCell(i).setCellValue(inert(header.get(i)));
      }
      int r = 1;
      for (ExportFeature row : rows) {
        WorkBudget.check();
        Row line = sheet.createRow(r++);
        List<Object> cells = cells(row, header, points, shapes);
        for (int i = 0; i < cells.size(); i++) {
          Object v = cells.get(i);
          if (v == null) {
            continue;
          }
          Cell cell = line.createCell(i);
          if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
          } else if (v instanceof Boolean b) {
            cell.setCellValue(b);
          } else {
            String s = v.toString();
            cell.setCellValue(s.length() > 32_767 ? s.substring(0, 32_767) : s);
          }
        }
      }
      book.write(out);
      book.dispose();
    }
  }
}
