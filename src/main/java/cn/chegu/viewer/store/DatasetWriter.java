package cn.chegu.viewer.store;

import cn.chegu.viewer.area.Area;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes layers with their features and summaries (for {@link FeatureStore#replaceDataset}, which
 * owns the transaction). Geometry goes in as 2D WKB, properties as JSON text.
 */
final class DatasetWriter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcTemplate jdbc;
  private final SpatialDialect dialect;

  DatasetWriter(JdbcTemplate jdbc, SpatialDialect dialect) {
    this.jdbc = jdbc;
    this.dialect = dialect;
  }

  /**
   * Inserts one layer of {@code area} at draw position {@code sortOrder}, then its features in list
   * order.
   */
  void insertLayer(Area area, LayerContent content, int sortOrder) {
    LayerDefinition d = content.definition();
    List<StoredFeature> features = content.features();
    Envelope e = LayerSummary.extent(features);
    jdbc.update(
        "INSERT INTO layer ("
            + FeatureStore.LAYER_COLUMNS
            + ", sort_order, area_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        area.layerKey(d.id()),
        d.title(),
        d.titleZh(),
        d.group(),
        d.origin(),
        d.licence(),
        d.schematic(),
        d.modelled(),
        d.notes(),
        LayerSummary.geometryType(features),
        features.size(),
        e == null ? null : e.getMinX(),
        e == null ? null : e.getMinY(),
        e == null ? null : e.getMaxX(),
        e == null ? null : e.getMaxY(),
        sortOrder,
        area.id());
    insertFeatures(area.layerKey(d.id()), features, 0);
  }

  /**
   * Inserts features of a layer (stored under {@code key}) with sequence numbers from {@code
   * firstSeq}, in list order.
   */
  void insertFeatures(String key, List<StoredFeature> features, int firstSeq) {
    String layerId = Area.layerId(key);
    WKBWriter wkb = new WKBWriter(2);
    List<Object[]> rows = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      StoredFeature f = features.get(i);
      if (!layerId.equals(f.layerId())) {
        throw new IllegalArgumentException(
            "feature " + f.id() + " belongs to " + f.layerId() + ", not " + layerId);
      }
      rows.add(
          new Object[] {
            key, f.id(), firstSeq + i, f.nameZh(), f.nameEn(), json(f), wkb.write(f.geometry())
          });
    }
    jdbc.batchUpdate(
        "INSERT INTO feature (layer_id, id, seq, name_zh, name_en, properties, geom)"
            + " VALUES (?, ?, ?, ?, ?, "
            + dialect.jsonParameter()
            + ", ST_GeomFromWKB(?, 4326))",
        rows);
  }

  /** Updates a layer's summary (type, count, extent; stored under {@code key}). */
  void updateSummary(String key, List<StoredFeature> features) {
    Envelope e = LayerSummary.extent(features);
    jdbc.update(
        "UPDATE layer SET geometry_type = ?, feature_count = ?, min_lon = ?, min_lat = ?,"
            + " max_lon = ?, max_lat = ? WHERE id = ?",
        LayerSummary.geometryType(features),
        features.size(),
        e == null ? null : e.getMinX(),
        e == null ? null : e.getMinY(),
        e == null ? null : e.getMaxX(),
        e == null ? null : e.getMaxY(),
        key);
  }

  static String json(StoredFeature feature) {
    return json(feature.id(), feature.properties());
  }

  static String json(String id, Object properties) {
    try {
      return JSON.writeValueAsString(properties);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("properties of " + id + " are not JSON", e);
    }
  }
}
