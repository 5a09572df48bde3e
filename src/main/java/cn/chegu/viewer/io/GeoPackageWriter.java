package cn.chegu.viewer.io;

import cn.chegu.viewer.budget.WorkBudget;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.geopackage.srs.SpatialReferenceSystemDao;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes feature tables into a new GeoPackage with NGA's geopackage-java; a table's srs is the EPSG
 * definition of the export CRS (so GDAL reports it), pseudo-CRS as EPSG:4326 axes. With styles, the
 * GeoPackage also gets QGIS's {@code layer_styles} table ({@link LayerStyles}).
 */
final class GeoPackageWriter {

  /** The geometry column of every table written. */
  static final String GEOMETRY_COLUMN = "geom";

  private GeoPackageWriter() {}

  static void write(Path file, String table, Crs crs, List<ExportFeature> rows) throws IOException {
    GeoPackageManager.create(file.toFile());
    try (GeoPackage gpkg = GeoPackageManager.open(file.toFile())) {
      table(gpkg, table, crs, rows);
    } catch (java.sql.SQLException e) {
      throw new IOException("cannot write the GeoPackage", e);
    }
  }

  /** One feature table per layer, each with its style as the table's default QGIS style. */
  static void writeStyled(Path file, List<StyledLayer> layers) throws IOException {
    GeoPackageManager.create(file.toFile());
    try (GeoPackage gpkg = GeoPackageManager.open(file.toFile())) {
      for (StyledLayer l : layers) {
        table(gpkg, l.table(), Crs.WGS84, l.rows());
      }
      LayerStyles.write(gpkg, layers);
    } catch (java.sql.SQLException e) {
      throw new IOException("cannot write the GeoPackage", e);
    }
  }

  private static void table(GeoPackage gpkg, String table, Crs crs, List<ExportFeature> rows)
      throws java.sql.SQLException, IOException {
    {
      long epsg = crs.epsg() == 0 ? 4326 : crs.epsg();
      SpatialReferenceSystem srs = srs(gpkg, epsg);
      GeometryColumns geometry = new GeometryColumns();
      geometry.setId(new TableColumnKey(table, GEOMETRY_COLUMN));
      geometry.setGeometryType(geometryType(rows));
      geometry.setZ((byte) 0);
      geometry.setM((byte) 0);
      geometry.setSrs(srs);
      Map<String, ExportColumns.Type> types = ExportColumns.of(rows);
      List<FeatureColumn> columns = new ArrayList<>();
      types.remove("fid"); // the table's own key
      types.remove("geom");
      for (Map.Entry<String, ExportColumns.Type> e : types.entrySet()) {
        columns.add(FeatureColumn.createColumn(e.getKey(), dataType(e.getValue())));
      }
      Envelope extent = new Envelope();
      rows.forEach(r -> extent.expandToInclude(r.geometry().getEnvelopeInternal()));
      BoundingBox box =
          extent.isNull()
              ? null
              : new BoundingBox(
                  extent.getMinX(), extent.getMinY(), extent.getMaxX(), extent.getMaxY());
      gpkg.createFeatureTable(FeatureTableMetadata.create(geometry, "fid", columns, box));
      FeatureDao dao = gpkg.getFeatureDao(table);
      WKBWriter wkb = new WKBWriter(2);
      gpkg.beginTransaction();
      try {
        for (ExportFeature r : rows) {
          WorkBudget.check();
          FeatureRow row = dao.newRow();
          row.setGeometry(
              GeoPackageGeometryData.createFromWkb(srs.getSrsId(), wkb.write(r.geometry())));
          for (Map.Entry<String, ExportColumns.Type> e : types.entrySet()) {
            row.setValue(e.getKey(), value(r.values().get(e.getKey()), e.getValue()));
          }
          dao.create(row);
        }
        gpkg.endTransaction(true);
      } catch (RuntimeException e) {
        gpkg.endTransaction(false);
        throw e;
      }
    }
  }

  /** The EPSG srs: NGA's own for the codes it knows, else one made from the EPSG WKT. */
  private static SpatialReferenceSystem srs(GeoPackage gpkg, long epsg)
      throws java.sql.SQLException {
    SpatialReferenceSystemDao dao = gpkg.getSpatialReferenceSystemDao();
    SpatialReferenceSystem existing = dao.queryForOrganizationCoordsysId("EPSG", epsg);
    if (existing != null) {
      return existing;
    }
    String wkt = EpsgWkt.of((int) epsg).orElse(null);
    if (wkt == null) {
      return dao.getOrCreateCode("EPSG", epsg);
    }
    SpatialReferenceSystem srs = new SpatialReferenceSystem();
    srs.setSrsName(wkt.substring(wkt.indexOf('"') + 1, wkt.indexOf('"', wkt.indexOf('"') + 1)));
    srs.setSrsId(epsg);
    srs.setOrganization("EPSG");
    srs.setOrganizationCoordsysId(epsg);
    srs.setDefinition(wkt);
    dao.create(srs);
    return srs;
  }

  private static GeometryType geometryType(List<ExportFeature> rows) {
    String common = null;
    for (ExportFeature r : rows) {
      String t = r.geometry().getGeometryType();
      if (common == null) {
        common = t;
      } else if (!common.equals(t)) {
        String a = common.replace("Multi", "");
        String b = t.replace("Multi", "");
        common = a.equals(b) ? "Multi" + a : "Geometry";
      }
    }
    if (common == null || common.equals("Geometry") || common.equals("GeometryCollection")) {
      return GeometryType.GEOMETRY;
    }
    return GeometryType.findName(common.toUpperCase(java.util.Locale.ROOT));
  }

  private static GeoPackageDataType dataType(ExportColumns.Type t) {
    return switch (t) {
      case INTEGER -> GeoPackageDataType.INTEGER;
      case REAL -> GeoPackageDataType.DOUBLE;
      case BOOLEAN -> GeoPackageDataType.BOOLEAN;
      case TEXT -> GeoPackageDataType.TEXT;
    };
  }

  private static Object value(Object v, ExportColumns.Type t) {
    if (v == null) {
      return null;
    }
    return switch (t) {
      case INTEGER -> ((Number) v).longValue();
      case REAL -> ((Number) v).doubleValue();
      case BOOLEAN -> v;
      case TEXT -> v.toString();
    };
  }
}
