package cn.chegu.viewer.store;

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

  /** Inserts one layer at draw position {@code sortOrder}, then its features in list order. */
  void insertLayer(LayerContent content, int sortOrder) {
    LayerDefinition d = content.definition();
    List<StoredFeature> features = content.features();
    Envelope e = LayerSummary.extent(features);
    jdbc.update(
        "INSERT INTO layer ("
            + FeatureStore.LAYER_COLUMNS
            + ", sort_order)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        d.id(),
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
        sortOrder);
    insertFeatures(d.id(), features, 0);
  }

  /** Inserts features of a layer with sequence numbers from {@code firstSeq}, in list order. */
  void insertFeatures(String layerId, List<StoredFeature> features, int firstSeq) {
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
            layerId, f.id(), firstSeq + i, f.nameZh(), f.nameEn(), json(f), wkb.write(f.geometry())
          });
    }
    jdbc.batchUpdate(
        "INSERT INTO feature (layer_id, id, seq, name_zh, name_en, properties, geom)"
            + " VALUES (?, ?, ?, ?, ?, "
            + dialect.jsonParameter()
            + ", ST_GeomFromWKB(?, 4326))",
        rows);
  }

  /** Updates a layer's summary (type, count, extent) to {@code features}. */
  void updateSummary(String layerId, List<StoredFeature> features) {
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
        layerId);
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
