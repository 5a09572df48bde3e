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
    WKBWriter wkb = new WKBWriter(2);
    List<Object[]> rows = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      StoredFeature f = features.get(i);
      if (!d.id().equals(f.layerId())) {
        throw new IllegalArgumentException(
            "feature " + f.id() + " belongs to " + f.layerId() + ", not " + d.id());
      }
      rows.add(
          new Object[] {
            d.id(), f.id(), i, f.nameZh(), f.nameEn(), json(f), wkb.write(f.geometry())
          });
    }
    jdbc.batchUpdate(
        "INSERT INTO feature (layer_id, id, seq, name_zh, name_en, properties, geom)"
            + " VALUES (?, ?, ?, ?, ?, "
            + dialect.jsonParameter()
            + ", ST_GeomFromWKB(?, 4326))",
        rows);
  }

  private static String json(StoredFeature feature) {
    try {
      return JSON.writeValueAsString(feature.properties());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("properties of " + feature.id() + " are not JSON", e);
    }
  }
}
