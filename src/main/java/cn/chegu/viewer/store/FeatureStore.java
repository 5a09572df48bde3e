package cn.chegu.viewer.store;

import cn.chegu.viewer.area.Area;
import cn.chegu.viewer.area.AreaScope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Layers and features in the spatial database (H2GIS or PostGIS, same SQL). All SQL is fixed text
 * with parameters; user input never becomes SQL.
 *
 * <p>Every read and write is about the layers of the current planning area ({@link AreaScope}):
 * layer ids come in and go out as the area's ids, the store keeps them under {@link Area#layerKey
 * storage keys}.
 */
@Repository
public class FeatureStore {

  /** SRID of every stored geometry. */
  public static final int SRID = 4326;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, Object>> PROPERTIES =
      new TypeReference<>() {};
  static final String LAYER_COLUMNS =
      "id, title, title_zh, grp, origin, licence, schematic, modelled, notes, geometry_type,"
          + " feature_count, min_lon, min_lat, max_lon, max_lat";
  private static final String FEATURES =
      "SELECT layer_id, id, properties, ST_AsBinary(geom) AS wkb FROM feature WHERE layer_id = ?";
  private static final String IN_BBOX =
      " AND geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)"
          + " AND ST_Intersects(geom, ST_MakeEnvelope(?, ?, ?, ?, 4326))";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final DatasetWriter writer;
  private final ApplicationEventPublisher events;
  private final GeometryFactory geometryFactory = new GeometryFactory(new PrecisionModel(), SRID);

  /** A store that tells no one about its writes (tests of the store itself). */
  public FeatureStore(DataSource dataSource) {
    this(dataSource, event -> {});
  }

  /**
   * A store that publishes a {@link LayersChangedEvent} after an area is created or deleted or the
   * sample is loaded (each once its transaction has committed).
   */
  @Autowired
  public FeatureStore(DataSource dataSource, ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = new JdbcTemplate(dataSource);
    this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.writer = new DatasetWriter(jdbc, SpatialDialect.of(dataSource));
  }

  /** All layers in draw order. */
  public List<LayerInfo> layers() {
    return jdbc.query(
        "SELECT " + LAYER_COLUMNS + " FROM layer WHERE area_id = ? ORDER BY sort_order",
        FeatureStore::layerInfo,
        AreaScope.current().id());
  }

  /** The layer with this id, if any. */
  public Optional<LayerInfo> layer(String layerId) {
    return jdbc
        .query(
            "SELECT " + LAYER_COLUMNS + " FROM layer WHERE id = ?",
            FeatureStore::layerInfo,
            key(layerId))
        .stream()
        .findFirst();
  }

  /** The storage key of the current area's layer {@code layerId}. */
  static String key(String layerId) {
    return AreaScope.current().layerKey(layerId);
  }

  /**
   * Features of a layer in file order, at most {@code limit}; with a bounding box only those whose
   * geometry intersects it (index-assisted {@code &&}, then exact {@code ST_Intersects}).
   *
   * @throws UnknownLayerException when there is no such layer
   */
  public List<StoredFeature> features(String layerId, Envelope bboxOrNull, int limit) {
    return features(layerId, bboxOrNull, 0, limit);
  }

  /**
   * One page of {@link #features(String, Envelope, int)}: skips the first {@code offset} matches in
   * file order (seq, then id: a total order, so consecutive pages never overlap).
   *
   * @throws UnknownLayerException when there is no such layer
   */
  public List<StoredFeature> features(String layerId, Envelope bboxOrNull, int offset, int limit) {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException(
          "limit and offset must not be negative: " + limit + ", " + offset);
    }
    requireLayer(layerId);
    String page = " ORDER BY seq, id LIMIT ? OFFSET ?";
    if (bboxOrNull == null) {
      return jdbc.query(FEATURES + page, this::feature, key(layerId), limit, offset);
    }
    Object[] args = new Object[] {key(layerId)};
    return jdbc.query(
        FEATURES + IN_BBOX + page, this::feature, withBox(args, bboxOrNull, limit, offset));
  }

  /**
   * How many features of a layer intersect the box (all when null).
   *
   * @throws UnknownLayerException when there is no such layer
   */
  public int count(String layerId, Envelope bboxOrNull) {
    requireLayer(layerId);
    String sql = "SELECT COUNT(*) FROM feature WHERE layer_id = ?";
    Integer n =
        bboxOrNull == null
            ? jdbc.queryForObject(sql, Integer.class, key(layerId))
            : jdbc.queryForObject(
                sql + IN_BBOX, Integer.class, withBox(new Object[] {key(layerId)}, bboxOrNull));
    return n == null ? 0 : n;
  }

  /** {@code head}, then the box's corners twice (for {@code IN_BBOX}), then {@code tail}. */
  private static Object[] withBox(Object[] head, Envelope b, Object... tail) {
    List<Object> args = new java.util.ArrayList<>(List.of(head));
    for (int i = 0; i < 2; i++) {
      args.addAll(List.of(b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()));
    }
    args.addAll(List.of(tail));
    return args.toArray();
  }

  /**
   * How many features of a layer have each geometry type, by the database's type name ({@code
   * POINT} in H2GIS, {@code ST_Point} in PostGIS): one grouped query, so a client listing
   * collections learns which geometry families a layer holds without reading its features.
   *
   * @throws UnknownLayerException when there is no such layer
   */
  public java.util.Map<String, Integer> geometryTypes(String layerId) {
    requireLayer(layerId);
    java.util.Map<String, Integer> out = new java.util.TreeMap<>();
    jdbc.query(
        "SELECT ST_GeometryType(geom) AS t, COUNT(*) AS n FROM feature WHERE layer_id = ?"
            + " GROUP BY ST_GeometryType(geom)",
        rs -> {
          out.merge(rs.getString("t"), rs.getInt("n"), Integer::sum);
        },
        layerId);
    return out;
  }

  /**
   * Every feature of a layer in file order, for analysis.
   *
   * @throws UnknownLayerException when there is no such layer
   */
  public List<StoredFeature> allFeatures(String layerId) {
    requireLayer(layerId);
    return jdbc.query(FEATURES + " ORDER BY seq", this::feature, key(layerId));
  }

  /**
   * Every feature of an optional layer (water, transport, admin units…) in file order; none when
   * the current area has no such layer.
   */
  public List<StoredFeature> allFeaturesIfAny(String layerId) {
    return layer(layerId).isPresent() ? allFeatures(layerId) : List.of();
  }

  /**
   * Features whose Chinese or English name contains {@code query}, ignoring case: exact names
   * first, then names starting with it, then the rest, each in draw order.
   */
  public List<SearchHit> search(String query, int limit) {
    String q = query.toLowerCase(Locale.ROOT);
    String contains = "%" + escapeLike(q) + "%";
    String prefix = escapeLike(q) + "%";
    return jdbc.query(
        "SELECT f.layer_id, f.id, f.name_zh, f.name_en, ST_AsBinary(f.geom) AS wkb"
            + " FROM feature f JOIN layer l ON l.id = f.layer_id"
            + " WHERE l.area_id = ? AND (LOWER(f.name_zh) LIKE ? ESCAPE '!'"
            + " OR LOWER(f.name_en) LIKE ? ESCAPE '!')"
            + " ORDER BY CASE WHEN LOWER(f.name_zh) = ? OR LOWER(f.name_en) = ? THEN 0"
            + " WHEN LOWER(f.name_zh) LIKE ? ESCAPE '!' OR LOWER(f.name_en) LIKE ? ESCAPE '!'"
            + " THEN 1 ELSE 2 END, l.sort_order, f.seq LIMIT ?",
        this::searchHit,
        AreaScope.current().id(),
        contains,
        contains,
        q,
        q,
        prefix,
        prefix,
        limit);
  }

  /** The checksum recorded when the named dataset was last loaded, if it was. */
  public Optional<String> datasetChecksum(String name) {
    return jdbc
        .queryForList("SELECT checksum FROM dataset WHERE name = ?", String.class, name)
        .stream()
        .findFirst();
  }

  /**
   * Replaces all layers and features of the default area by {@code layers} (in draw order) and
   * records the dataset's checksum, in one transaction: on any failure the store is left as it was.
   * Other areas are not touched.
   */
  public void replaceDataset(
      String name, String checksum, String generator, List<LayerContent> layers) {
    Area area = Area.DEFAULT;
    transaction.executeWithoutResult(
        status -> {
          deleteLayers(area);
          for (int i = 0; i < layers.size(); i++) {
            writer.insertLayer(area, layers.get(i), i);
          }
          jdbc.update("DELETE FROM dataset WHERE name = ?", name);
          jdbc.update(
              "INSERT INTO dataset (name, checksum, generator, loaded_at) VALUES (?, ?, ?, ?)",
              name,
              checksum,
              generator,
              Timestamp.from(Instant.now()));
        });
    changed(area, layers);
  }

  /**
   * Creates {@code area} with its layers (in draw order), in one transaction: all or nothing.
   *
   * @throws org.springframework.dao.DuplicateKeyException when an area with its id exists
   */
  public void createArea(Area area, String createdBy, List<LayerContent> layers) {
    createArea(area, createdBy, layers, null);
  }

  /**
   * As {@link #createArea(Area, String, List)}, keeping the area's plan file ({@code plan.json} as
   * uploaded, already checked; null when the area has none) in the same transaction.
   */
  public void createArea(Area area, String createdBy, List<LayerContent> layers, String planJson) {
    transaction.executeWithoutResult(
        status -> {
          jdbc.update(
              "INSERT INTO area (id, name, is_default, metric_epsg, created_by, created_at,"
                  + " plan_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
              area.id(),
              area.name(),
              false,
              area.metricEpsg(),
              createdBy,
              Timestamp.from(Instant.now()),
              planJson);
          for (int i = 0; i < layers.size(); i++) {
            writer.insertLayer(area, layers.get(i), i);
          }
        });
    changed(area, layers);
  }

  private void changed(Area area, List<LayerContent> layers) {
    events.publishEvent(
        new LayersChangedEvent(area.id(), layers.stream().map(l -> l.definition().id()).toList()));
  }

  /** Deletes a (non-default) area with its layers, features and layer histories. */
  public void deleteArea(Area area) {
    if (area.isDefault()) {
      throw new IllegalArgumentException("the default area is never deleted");
    }
    List<String> layerIds =
        jdbc
            .queryForList("SELECT id FROM layer WHERE area_id = ?", String.class, area.id())
            .stream()
            .map(Area::layerId)
            .toList();
    transaction.executeWithoutResult(
        status -> {
          deleteLayers(area);
          jdbc.update("DELETE FROM area WHERE id = ?", area.id());
        });
    events.publishEvent(new LayersChangedEvent(area.id(), layerIds));
  }

  /** The plan file an area was created with, if it brought one. */
  public Optional<String> areaPlanJson(String areaId) {
    return jdbc
        .queryForList("SELECT plan_json FROM area WHERE id = ?", String.class, areaId)
        .stream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  /** The areas, the default first, then by id. */
  public List<Area> areas() {
    return jdbc.query(
        "SELECT id, name, is_default, metric_epsg FROM area ORDER BY is_default DESC, id",
        (rs, i) ->
            new Area(
                rs.getString("id"),
                rs.getString("name"),
                rs.getBoolean("is_default"),
                rs.getInt("metric_epsg")));
  }

  /** The area with this id, if any. */
  public Optional<Area> area(String id) {
    return areas().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** Deletes the area's layers with their features and version histories (in a transaction). */
  private void deleteLayers(Area area) {
    String keys = "SELECT id FROM layer WHERE area_id = ?";
    jdbc.update("DELETE FROM layer_version_feature WHERE layer_id IN (" + keys + ")", area.id());
    jdbc.update("DELETE FROM layer_version WHERE layer_id IN (" + keys + ")", area.id());
    jdbc.update("DELETE FROM feature WHERE layer_id IN (" + keys + ")", area.id());
    jdbc.update("DELETE FROM layer WHERE area_id = ?", area.id());
  }

  private void requireLayer(String layerId) {
    Integer found =
        jdbc.queryForObject("SELECT COUNT(*) FROM layer WHERE id = ?", Integer.class, key(layerId));
    if (found == null || found == 0) {
      throw new UnknownLayerException(layerId);
    }
  }

  private static LayerInfo layerInfo(ResultSet rs, int row) throws SQLException {
    LayerDefinition definition =
        new LayerDefinition(
            Area.layerId(rs.getString("id")),
            rs.getString("title"),
            rs.getString("title_zh"),
            rs.getString("grp"),
            rs.getString("origin"),
            rs.getString("licence"),
            rs.getBoolean("schematic"),
            rs.getBoolean("modelled"),
            rs.getString("notes"));
    double minLon = rs.getDouble("min_lon");
    Envelope extent =
        rs.wasNull()
            ? null
            : new Envelope(
                minLon, rs.getDouble("max_lon"), rs.getDouble("min_lat"), rs.getDouble("max_lat"));
    return new LayerInfo(
        definition, rs.getString("geometry_type"), rs.getInt("feature_count"), extent);
  }

  private StoredFeature feature(ResultSet rs, int row) throws SQLException {
    try {
      return new StoredFeature(
          Area.layerId(rs.getString("layer_id")),
          rs.getString("id"),
          geometry(rs),
          JSON.readValue(rs.getString("properties"), PROPERTIES));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored properties are not JSON: " + rs.getString("id"), e);
    }
  }

  private SearchHit searchHit(ResultSet rs, int row) throws SQLException {
    Point zoomTo = geometry(rs).getInteriorPoint();
    return new SearchHit(
        Area.layerId(rs.getString("layer_id")),
        rs.getString("id"),
        rs.getString("name_zh"),
        rs.getString("name_en"),
        zoomTo.getX(),
        zoomTo.getY());
  }

  private Geometry geometry(ResultSet rs) throws SQLException {
    try {
      Geometry geometry = new WKBReader(geometryFactory).read(rs.getBytes("wkb"));
      geometry.setSRID(SRID);
      return geometry;
    } catch (ParseException e) {
      throw new IllegalStateException("stored geometry is not WKB: " + rs.getString("id"), e);
    }
  }

  /** Escapes LIKE's wildcards with '!' so that user text matches literally. */
  static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
