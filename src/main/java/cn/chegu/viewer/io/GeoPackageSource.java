package cn.chegu.viewer.io;

import cn.chegu.viewer.budget.BudgetExceededException;
import cn.chegu.viewer.budget.WorkBudget;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.proj.ProjectionRetriever;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads one feature table of a GeoPackage with NGA's geopackage-java. The table is the only one, or
 * the one named by {@link ReadOptions#table()}; its CRS comes from the table's srs (organisation
 * EPSG, else its WKT definition).
 */
final class GeoPackageSource {

  private GeoPackageSource() {}

  static SourceLayer read(Path file, String fileName, ReadOptions options) {
    List<String> tables = tables(file, fileName);
    String table = chooseTable(fileName, tables, options.table());
    GeoPackage gpkg = open(file, fileName);
    try (gpkg) {
      SqliteGuard.watch(gpkg.getConnection().getConnection());
      List<String> warnings = new ArrayList<>();
      SpatialReferenceSystem srs = srs(gpkg, table, fileName);
      Crs crs = crs(fileName, srs, options.crs(), warnings);
      if (srs != null && !"EPSG".equalsIgnoreCase(srs.getOrganization())) {
        // NGA builds a projection for every feature table and fails on an undefined srs (999999);
        // this reader never uses it (WKB is read as it is, the CRS is decided above), so it gets a
        // placeholder for this organisation and code
        ProjectionRetriever.setProjection(
            srs.getOrganization(), srs.getOrganizationCoordsysId(), "+proj=longlat +datum=WGS84");
      }
      FeatureDao dao = gpkg.getFeatureDao(table);
      String idColumn = dao.getPkColumnName();
      String geometryColumn = dao.getGeometryColumnName();
      List<SourceFeature> features = new ArrayList<>();
      WKBReader wkb = new WKBReader();
      int index = 0;
      FeatureResultSet rs = dao.queryForAll();
      try {
        while (rs.moveToNext()) {
          index++;
          FeatureRow row = rs.getRow();
          Geometry geometry = geometry(fileName, index, row, wkb);
          ReadLimits.feature(geometry);
          Map<String, Object> properties = new LinkedHashMap<>();
          String[] names = row.getColumnNames();
          for (int i = 0; i < names.length; i++) {
            if (names[i].equals(geometryColumn) || names[i].equals(idColumn)) {
              continue;
            }
            properties.put(names[i], Values.normalise(row.getValue(i)));
          }
          Object idValue = properties.get("id");
          String id = idValue != null ? idValue.toString() : String.valueOf(row.getId());
          features.add(new SourceFeature(index, id, geometry, properties));
        }
      } catch (RuntimeException e) {
        if (e instanceof InvalidImportFileException || e instanceof BudgetExceededException) {
          throw e;
        }
        WorkBudget.check(); // the progress handler interrupted the query: say why
        throw new InvalidImportFileException(
            fileName + ": table " + table + " is not readable (" + rootMessage(e) + ")", e);
      } finally {
        rs.close();
      }
      return new SourceLayer(fileName, "GeoPackage", crs, features, warnings);
    }
  }

  /**
   * The names of the GeoPackage's feature tables, each checked to be a stored table ({@link
   * SqliteGuard#requireStoredTables}: views and virtual tables are refused).
   */
  static List<String> tables(Path file, String fileName) {
    SqliteGuard.requireStoredTables(file, fileName);
    GeoPackage gpkg = open(file, fileName);
    try (gpkg) {
      SqliteGuard.watch(gpkg.getConnection().getConnection());
      return List.copyOf(gpkg.getFeatureTables());
    } catch (RuntimeException e) {
      if (e instanceof InvalidImportFileException || e instanceof BudgetExceededException) {
        throw e;
      }
      WorkBudget.check();
      throw new InvalidImportFileException(
          fileName + ": not a readable GeoPackage (" + rootMessage(e) + ")", e);
    }
  }

  /**
   * The text in column {@code column} of the one row of the GeoPackage's attributes (non-spatial)
   * table {@code table} (name compared without case), or empty when there is no such table.
   *
   * @throws InvalidImportFileException when the table lacks the column or holds not exactly one row
   */
  static java.util.Optional<String> attributeText(
      Path file, String fileName, String table, String column) {
    GeoPackage gpkg = open(file, fileName);
    try (gpkg) {
      java.sql.Connection c = gpkg.getConnection().getConnection();
      SqliteGuard.watch(c);
      String found =
          gpkg.getAttributesTables().stream()
              .filter(t -> t.equalsIgnoreCase(table))
              .findFirst()
              .orElse(null);
      if (found == null) {
        return java.util.Optional.empty();
      }
      String where = fileName + "!" + found;
      List<String> texts = new ArrayList<>();
      try (java.sql.Statement s = c.createStatement();
          java.sql.ResultSet rs =
              s.executeQuery("SELECT * FROM \"" + found.replace("\"", "\"\"") + "\" LIMIT 2")) {
        int index = -1;
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          if (rs.getMetaData().getColumnName(i).equalsIgnoreCase(column)) {
            index = i;
          }
        }
        if (index < 0) {
          throw new InvalidImportFileException(
              where + ": the table has no column '" + column + "' holding the file's text");
        }
        while (rs.next()) {
          texts.add(rs.getString(index));
        }
      } catch (java.sql.SQLException e) {
        throw new InvalidImportFileException(
            where + ": cannot be read (" + e.getMessage() + ")", e);
      }
      if (texts.size() != 1 || texts.get(0) == null) {
        throw new InvalidImportFileException(
            where + ": one row with the file's text in '" + column + "' is required");
      }
      return java.util.Optional.of(texts.get(0));
    }
  }

  private static GeoPackage open(Path file, String fileName) {
    try {
      return GeoPackageManager.open(fileName, file.toFile(), false);
    } catch (RuntimeException e) {
      throw new InvalidImportFileException(
          fileName + ": not a readable GeoPackage (" + rootMessage(e) + ")", e);
    }
  }

  private static String chooseTable(String fileName, List<String> tables, String wanted) {
    if (tables.isEmpty()) {
      throw new InvalidImportFileException(fileName + ": the GeoPackage has no feature table");
    }
    if (wanted != null && !wanted.isBlank()) {
      return tables.stream()
          .filter(t -> t.equalsIgnoreCase(wanted.trim()))
          .findFirst()
          .orElseThrow(
              () ->
                  new InvalidImportFileException(
                      fileName + ": no feature table '" + wanted + "'; tables: " + tables));
    }
    if (tables.size() > 1) {
      throw new InvalidImportFileException(
          fileName
              + ": the GeoPackage has several feature tables "
              + tables
              + "; choose one with table=");
    }
    return tables.get(0);
  }

  /** The srs of a feature table, read without building NGA's projection of it. */
  private static SpatialReferenceSystem srs(GeoPackage gpkg, String table, String fileName) {
    try {
      var columns = gpkg.getGeometryColumnsDao().queryForTableName(table);
      return columns == null
          ? null
          : gpkg.getSpatialReferenceSystemDao().queryForId(columns.getSrsId());
    } catch (java.sql.SQLException | RuntimeException e) {
      throw new InvalidImportFileException(
          fileName + ": table " + table + " has no readable srs (" + rootMessage(e) + ")", e);
    }
  }

  /**
   * The table's CRS: an EPSG srs, else its WKT definition ({@link PrjMatcher}). An srs this
   * application cannot read — {@code undefined} definitions such as srs_id 999999, or one it does
   * not know — refuses the file (422) unless the user named the CRS ({@code named}), which then
   * wins with a warning.
   */
  private static Crs crs(
      String fileName, SpatialReferenceSystem srs, Crs named, List<String> warnings) {
    if (srs == null) {
      return null;
    }
    String org = String.valueOf(srs.getOrganization()).toLowerCase(Locale.ROOT);
    String what = "the table's srs (" + org + " " + srs.getOrganizationCoordsysId() + ")";
    if ("EPSG".equalsIgnoreCase(srs.getOrganization())) {
      try {
        return Crs.epsg((int) srs.getOrganizationCoordsysId());
      } catch (UnsupportedCrsException e) {
        return unreadable(fileName, what + " is not supported", named, warnings);
      }
    }
    String definition = srs.getDefinition();
    if (definition != null && !definition.isBlank() && !"undefined".equalsIgnoreCase(definition)) {
      return PrjMatcher.readable(definition, fileName, named, warnings);
    }
    return unreadable(fileName, what + " is undefined", named, warnings);
  }

  private static Crs unreadable(String fileName, String why, Crs named, List<String> warnings) {
    if (named != null) {
      warnings.add(why + "; read in crs=" + named + " as given");
      return null;
    }
    throw new InvalidImportFileException(
        fileName + ": " + why + "; say which CRS the coordinates are in with crs=EPSG:<code>");
  }

  private static Geometry geometry(String fileName, int index, FeatureRow row, WKBReader wkb) {
    GeoPackageGeometryData data = row.getGeometry();
    if (data == null || data.isEmpty()) {
      return null;
    }
    try {
      return wkb.read(data.getWkb());
    } catch (IOException | ParseException | RuntimeException e) {
      throw new InvalidImportFileException(
          fileName + ": feature " + index + ": unreadable geometry (" + rootMessage(e) + ")", e);
    }
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
