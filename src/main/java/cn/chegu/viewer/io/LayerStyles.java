package cn.chegu.viewer.io;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.attributes.AttributesColumn;
import mil.nga.geopackage.attributes.AttributesDao;
import mil.nga.geopackage.attributes.AttributesRow;
import mil.nga.geopackage.attributes.AttributesTableMetadata;
import mil.nga.geopackage.db.GeoPackageDataType;

/**
 * QGIS's {@code layer_styles} table in a GeoPackage: one row per styled table, marked {@code
 * useAsDefault}, so QGIS applies the style when it opens the layer. The columns are the ones QGIS
 * creates when it saves a style into a GeoPackage ({@code QgsOgrProviderUtils}): {@code
 * f_table_catalog}, {@code f_table_schema}, {@code f_table_name}, {@code f_geometry_column}, {@code
 * styleName}, {@code styleQML}, {@code styleSLD}, {@code useAsDefault}, {@code description}, {@code
 * owner}, {@code ui}, {@code update_time}; the table is registered in {@code gpkg_contents} as
 * attributes, as QGIS does.
 */
final class LayerStyles {

  static final String TABLE = "layer_styles";

  private LayerStyles() {}

  static void write(GeoPackage gpkg, List<StyledLayer> layers) throws SQLException {
    List<AttributesColumn> columns = new ArrayList<>();
    columns.add(AttributesColumn.createColumn("f_table_catalog", GeoPackageDataType.TEXT, 256L));
    columns.add(AttributesColumn.createColumn("f_table_schema", GeoPackageDataType.TEXT, 256L));
    columns.add(AttributesColumn.createColumn("f_table_name", GeoPackageDataType.TEXT, 256L));
    columns.add(AttributesColumn.createColumn("f_geometry_column", GeoPackageDataType.TEXT, 256L));
    columns.add(AttributesColumn.createColumn("styleName", GeoPackageDataType.TEXT, 30L));
    columns.add(AttributesColumn.createColumn("styleQML", GeoPackageDataType.TEXT));
    columns.add(AttributesColumn.createColumn("styleSLD", GeoPackageDataType.TEXT));
    columns.add(AttributesColumn.createColumn("useAsDefault", GeoPackageDataType.BOOLEAN));
    columns.add(AttributesColumn.createColumn("description", GeoPackageDataType.TEXT));
    columns.add(AttributesColumn.createColumn("owner", GeoPackageDataType.TEXT, 30L));
    columns.add(AttributesColumn.createColumn("ui", GeoPackageDataType.TEXT, 30L));
    columns.add(AttributesColumn.createColumn("update_time", GeoPackageDataType.DATETIME));
    gpkg.createAttributesTable(AttributesTableMetadata.create(TABLE, "id", columns));
    AttributesDao dao = gpkg.getAttributesDao(TABLE);
    String now =
        java.time.format.DateTimeFormatter.ISO_INSTANT.format(
            java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    for (StyledLayer l : layers) {
      AttributesRow row = dao.newRow();
      row.setValue("f_table_catalog", "");
      row.setValue("f_table_schema", "");
      row.setValue("f_table_name", l.table());
      row.setValue("f_geometry_column", GeoPackageWriter.GEOMETRY_COLUMN);
      row.setValue("styleName", l.styleName());
      row.setValue("styleQML", l.qml());
      row.setValue("styleSLD", l.sld());
      row.setValue("useAsDefault", true);
      row.setValue("description", l.title());
      row.setValue("owner", "");
      row.setValue("ui", null);
      row.setValue("update_time", now);
      dao.create(row);
    }
  }
}
