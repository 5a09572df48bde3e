package cn.chegu.viewer.io;

import cn.chegu.viewer.budget.WorkBudget;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.h2gis.functions.factory.H2GISFunctions;
import org.h2gis.functions.io.shp.SHPWrite;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes a zipped Shapefile with H2GIS's {@link SHPWrite} through a throwaway in-memory H2GIS
 * database (which also writes the {@code .prj} from its EPSG table); attribute text is UTF-8 and
 * said so in a {@code .cpg}. DBF column names are cut to 10 characters (made unique) — the format's
 * limit.
 */
final class ShapefileWriter {

  private ShapefileWriter() {}

  static void write(Path dir, String name, Crs crs, List<ExportFeature> rows, OutputStream out)
      throws IOException {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a Shapefile cannot be empty; choose gpkg or geojson");
    }
    Set<String> kinds = new HashSet<>();
    rows.forEach(r -> kinds.add(r.geometry().getGeometryType().replace("Multi", "")));
    if (kinds.size() > 1) {
      throw new IllegalArgumentException(
          "a Shapefile holds one geometry type, this answer has " + kinds + "; choose gpkg");
    }
    int srid = crs.epsg() == 0 ? 4326 : crs.epsg();
    Map<String, ExportColumns.Type> types = ExportColumns.of(rows);
    Map<String, String> dbfNames = dbfNames(types.keySet());
    Path shp = dir.resolve(name + ".shp");
    try (Connection c =
        DriverManager.getConnection("jdbc:h2:mem:shp-" + UUID.randomUUID(), "sa", "")) {
      H2GISFunctions.load(c);
      StringBuilder ddl =
          new StringBuilder("CREATE TABLE EXPORT (THE_GEOM GEOMETRY(GEOMETRY, " + srid + ")");
      for (Map.Entry<String, ExportColumns.Type> e : types.entrySet()) {
        ddl.append(", \"")
            .append(dbfNames.get(e.getKey()))
            .append("\" ")
            .append(sqlType(e.getValue()));
      }
      try (Statement s = c.createStatement()) {
        s.execute(ddl.append(")").toString());
      }
      StringBuilder insert = new StringBuilder("INSERT INTO EXPORT VALUES (?");
      types.keySet().forEach(k -> insert.append(", ?"));
      try (PreparedStatement p = c.prepareStatement(insert.append(")").toString())) {
        for (ExportFeature r : rows) {
          WorkBudget.check();
          Geometry g = r.geometry().copy();
          g.setSRID(srid);
          p.setObject(1, g);
          int i = 2;
          for (Map.Entry<String, ExportColumns.Type> e : types.entrySet()) {
            Object v = r.values().get(e.getKey());
            p.setObject(
                i++, v == null ? null : e.getValue() == ExportColumns.Type.TEXT ? v.toString() : v);
          }
          p.addBatch();
        }
        p.executeBatch();
      }
      SHPWrite.exportTable(c, shp.toString(), "EXPORT", "UTF-8", true);
    } catch (SQLException e) {
      throw new IOException("cannot write the Shapefile: " + e.getMessage(), e);
    }
    Files.writeString(dir.resolve(name + ".cpg"), "UTF-8", StandardCharsets.US_ASCII);
    try (ZipOutputStream zip = new ZipOutputStream(out);
        Stream<Path> files = Files.list(dir)) {
      for (Path f :
          files.filter(p -> p.getFileName().toString().startsWith(name + ".")).sorted().toList()) {
        zip.putNextEntry(new ZipEntry(f.getFileName().toString()));
        Files.copy(f, zip);
        zip.closeEntry();
      }
    }
  }

  private static Map<String, String> dbfNames(Set<String> names) {
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (String n : names) {
      String base = n.replaceAll("[^A-Za-z0-9_]", "_");
      if (base.isEmpty()) {
        base = "F";
      }
      base = base.length() > 10 ? base.substring(0, 10) : base;
      String candidate = base;
      for (int i = 1; used.contains(candidate.toUpperCase(Locale.ROOT)); i++) {
        String suffix = Integer.toString(i);
        candidate = base.substring(0, Math.min(base.length(), 10 - suffix.length())) + suffix;
      }
      used.add(candidate.toUpperCase(Locale.ROOT));
      out.put(n, candidate);
    }
    return out;
  }

  private static String sqlType(ExportColumns.Type t) {
    return switch (t) {
      case INTEGER -> "BIGINT";
      case REAL -> "DOUBLE PRECISION";
      case BOOLEAN -> "BOOLEAN";
      case TEXT -> "VARCHAR";
    };
  }
}
