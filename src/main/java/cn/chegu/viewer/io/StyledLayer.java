package cn.chegu.viewer.io;

import java.util.List;

/**
 * A feature table of a styled GeoPackage with the QGIS style it opens with.
 *
 * @param table the table name (letters, digits, underscores)
 * @param title the layer's title (the table's {@code gpkg_contents.identifier})
 * @param rows the features, EPSG:4326 longitude/latitude
 * @param styleName the style's name in QGIS's style manager
 * @param qml the QGIS style document ({@code <qgis>…</qgis>}, as QGIS saves a {@code .qml})
 * @param sld the same style as an OGC Styled Layer Descriptor 1.1 (for clients without QML)
 */
public record StyledLayer(
    String table,
    String title,
    List<ExportFeature> rows,
    String styleName,
    String qml,
    String sld) {

  public StyledLayer {
    if (!table.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("not a plain table name: " + table);
    }
    rows = List.copyOf(rows);
  }
}
