package cn.chegu.viewer.qgis;

import cn.chegu.viewer.io.ExportFeature;
import cn.chegu.viewer.io.FeatureExport;
import cn.chegu.viewer.io.StyledLayer;
import cn.chegu.viewer.ogc.CollectionRegistry;
import cn.chegu.viewer.store.StoredFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The layers of a view (the same ones, in the same order, as its QGIS project) as one GeoPackage: a
 * feature table per collection with its features as the OGC API serves them, and QGIS's {@code
 * layer_styles} table holding each table's default style — the project's QML (so the palette is
 * {@link WebPalette}'s, the map's) and the same style as SLD.
 */
@Component
public class QgisGeoPackage {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CollectionRegistry registry;

  public QgisGeoPackage(CollectionRegistry registry) {
    this.registry = registry;
  }

  /** The GeoPackage of a view's layers. */
  public byte[] of(QgisView view) {
    List<StyledLayer> layers = new ArrayList<>();
    for (ProjectLayer l : view.layers()) {
      String table = tableName(l.collectionId());
      List<ExportFeature> rows = new ArrayList<>();
      for (StoredFeature f : registry.get(l.collectionId()).items().all()) {
        rows.add(new ExportFeature(f.geometry(), scalars(f)));
      }
      String styleName = styleName(l.name());
      layers.add(
          new StyledLayer(
              table,
              l.name(),
              rows,
              styleName,
              QgisProjectWriter.qml(l),
              SldWriter.sld(l, table, styleName)));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      FeatureExport.styledGeoPackage(layers, out);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the GeoPackage", e);
    }
    return out.toByteArray();
  }

  /** QGIS's {@code layer_styles.styleName} is {@code TEXT(30)}: the layer name, cut to fit. */
  static String styleName(String layerName) {
    return layerName.codePointCount(0, layerName.length()) <= 30
        ? layerName
        : layerName.substring(0, layerName.offsetByCodePoints(0, 29)) + "…";
  }

  /** The table of a collection: {@code transport-lines} → {@code transport_lines}. */
  public static String tableName(String collectionId) {
    return collectionId.replaceAll("[^A-Za-z0-9_]", "_");
  }

  /** The feature's properties as column values: lists and objects as JSON text. */
  private static Map<String, Object> scalars(StoredFeature f) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", f.id());
    for (Map.Entry<String, Object> e : f.properties().entrySet()) {
      Object v = e.getValue();
      if (v instanceof Map<?, ?> || v instanceof List<?>) {
        try {
          v = JSON.writeValueAsString(v);
        } catch (JsonProcessingException ex) {
          v = String.valueOf(v);
        }
      }
      out.put(e.getKey(), v);
    }
    return out;
  }
}
