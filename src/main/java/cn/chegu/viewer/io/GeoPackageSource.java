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
      FeatureDao dao = gpkg.getFeatureDao(table);
      Crs crs = crs(fileName, dao.getSrs());
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
      return new SourceLayer(fileName, "GeoPackage", crs, features, List.of());
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

  private static Crs crs(String fileName, SpatialReferenceSystem srs) {
    if (srs == null) {
      return null;
    }
    if ("EPSG".equalsIgnoreCase(srs.getOrganization())) {
      return Crs.epsg((int) srs.getOrganizationCoordsysId());
    }
    String definition = srs.getDefinition();
    if (definition != null && !definition.isBlank() && !"undefined".equalsIgnoreCase(definition)) {
      return PrjMatcher.match(definition);
    }
    String org = String.valueOf(srs.getOrganization()).toLowerCase(Locale.ROOT);
    throw new UnsupportedCrsException(
        fileName
            + ": the table's srs ("
            + org
            + " "
            + srs.getOrganizationCoordsysId()
            + ") is undefined; pass crs=EPSG:<code>");
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
