package cn.chegu.viewer.store;

import cn.chegu.viewer.area.Area;
import cn.chegu.viewer.area.AreaScope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces a layer's features and keeps every version whole, in one transaction: the new features,
 * the layer's summary, the version row and its copy land together or not at all. Writes of one
 * layer (import, append, restore) take turns under the layer's lock and read the layer inside it.
 * The sample's content becomes version 1 the first time a layer's history is asked for or written.
 */
@Repository
public class LayerVersionStore {

  /** Who and what version 1 (the sample data) is attributed to. */
  public static final String SAMPLE_ACCOUNT = "sample";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, Object>> PROPERTIES =
      new TypeReference<>() {};

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final DatasetWriter writer;
  private final FeatureStore store;
  private final StoreDurability durability;
  private final ApplicationEventPublisher events;
  private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
  private final Map<String, Checksum> checksums = new ConcurrentHashMap<>();
  private final Map<String, String> contentChecksums = new ConcurrentHashMap<>();
  private final GeometryFactory geometryFactory =
      new GeometryFactory(new PrecisionModel(), FeatureStore.SRID);

  /** A store that tells no one about its writes (tests of the store itself). */
  public LayerVersionStore(DataSource dataSource, FeatureStore store) {
    this(dataSource, store, event -> {});
  }

  /** A store that publishes a {@link LayersChangedEvent} after every committed write. */
  @Autowired
  public LayerVersionStore(
      DataSource dataSource, FeatureStore store, ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = new JdbcTemplate(dataSource);
    this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.writer = new DatasetWriter(jdbc, SpatialDialect.of(dataSource));
    this.store = store;
    this.durability = new StoreDurability(dataSource);
  }

  /**
   * The versions of a layer, oldest first (version 1 is the sample).
   *
   * @throws UnknownLayerException when there is no such layer
   */
  public List<LayerVersion> versions(String layerId) {
    store.layer(layerId).orElseThrow(() -> new UnknownLayerException(layerId));
    if (!hasVersions(layerId)) {
      ReentrantLock lock = lock(layerId);
      lock.lock();
      try {
        transaction.executeWithoutResult(
            s -> {
              jdbc.queryForList(
                  "SELECT id FROM layer WHERE id = ? FOR UPDATE", FeatureStore.key(layerId));
              ensureFirstVersion(layerId);
            });
        durability.flush();
      } finally {
        lock.unlock();
      }
    }
    return jdbc.query(
        "SELECT layer_id, version, created_by, created_at, file_name, sha256, feature_count, note"
            + " FROM layer_version WHERE layer_id = ? ORDER BY version",
        LayerVersionStore::version,
        FeatureStore.key(layerId));
  }

  private static LayerVersion version(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new LayerVersion(
        Area.layerId(rs.getString("layer_id")),
        rs.getInt("version"),
        rs.getString("created_by"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("file_name"),
        rs.getString("sha256"),
        rs.getInt("feature_count"),
        rs.getString("note"));
  }

  /**
   * The newest recorded version of each layer of the current area (layer id → version); a layer
   * whose history was never asked for nor written has none: it is as the sample or the area's file
   * loaded it. Read-only (unlike {@link #versions}, it records no version 1).
   */
  public Map<String, LayerVersion> newest() {
    Map<String, LayerVersion> out = new LinkedHashMap<>();
    jdbc.query(
            "SELECT v.layer_id, v.version, v.created_by, v.created_at, v.file_name, v.sha256,"
                + " v.feature_count, v.note FROM layer_version v JOIN layer l ON l.id = v.layer_id"
                + " WHERE l.area_id = ? AND v.version = (SELECT MAX(w.version) FROM layer_version w"
                + " WHERE w.layer_id = v.layer_id)",
            LayerVersionStore::version,
            AreaScope.current().id())
        .forEach(v -> out.put(v.layerId(), v));
    return out;
  }

  /**
   * SHA-256 of the current area's data as it is now: for each layer in draw order its id, then
   * every feature's id, properties (JSON) and geometry (WKB), in stored order. Equal checksums mean
   * equal data, whatever versions led there (a restore of version 1 gives version 1's checksum); it
   * moves with every import. Cached per area until the layers' newest versions change.
   */
  public String checksum() {
    Area area = AreaScope.current();
    Map<String, LayerVersion> newest = newest();
    String stamp =
        newest.values().stream().map(v -> v.layerId() + "=" + v.version()).sorted().toList()
            + store.datasetChecksum(SampleDataset.NAME).orElse("");
    Checksum c = checksums.get(area.id());
    if (c != null && c.stamp().equals(stamp)) {
      return c.sha256();
    }
    java.security.MessageDigest digest;
    try {
      digest = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    WKBWriter wkb = new WKBWriter(2);
    for (LayerInfo layer : store.layers()) {
      digest.update(
          ("layer " + layer.id() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      for (StoredFeature f : store.allFeatures(layer.id())) {
        digest.update(
            (DatasetWriter.json(f) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update(wkb.write(f.geometry()));
      }
    }
    String sha256 = java.util.HexFormat.of().formatHex(digest.digest());
    checksums.put(area.id(), new Checksum(stamp, sha256));
    return sha256;
  }

  private record Checksum(String stamp, String sha256) {}

  /**
   * Forgets the area's checksum when the store says its layers changed (an area re-created), and
   * the versions' content checksums (an area deleted and created again reuses its layer keys).
   */
  @EventListener
  public void layersChanged(LayersChangedEvent event) {
    checksums.remove(event.areaId());
    contentChecksums.clear();
  }

  /**
   * SHA-256 of the content of one stored version of a layer of the current area: every feature's
   * id, properties (JSON) and geometry (WKB), in stored order — the same text whatever import,
   * append or restore wrote it, so a restore of version 1 has version 1's content checksum. A
   * version is never changed once written, so the answer is cached.
   *
   * @return the checksum, or null when the layer has no such stored version
   */
  public String contentChecksum(String layerId, int version) {
    String key = FeatureStore.key(layerId) + "@" + version;
    String cached = contentChecksums.get(key);
    if (cached != null) {
      return cached;
    }
    Integer stored =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM layer_version WHERE layer_id = ? AND version = ?",
            Integer.class,
            FeatureStore.key(layerId),
            version);
    if (stored == null || stored == 0) {
      return null;
    }
    java.security.MessageDigest digest;
    try {
      digest = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    jdbc.query(
        "SELECT id, properties, wkb FROM layer_version_feature WHERE layer_id = ? AND version = ?"
            + " ORDER BY seq",
        rs -> {
          digest.update(
              (rs.getString("id") + "\n" + rs.getString("properties") + "\n")
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8));
          digest.update(rs.getBytes("wkb"));
        },
        FeatureStore.key(layerId),
        version);
    String sha256 = java.util.HexFormat.of().formatHex(digest.digest());
    contentChecksums.put(key, sha256);
    return sha256;
  }

  /** The number of the layer's newest version (1 when it was never imported). */
  public int currentVersion(String layerId) {
    Integer v =
        jdbc.queryForObject(
            "SELECT MAX(version) FROM layer_version WHERE layer_id = ?",
            Integer.class,
            FeatureStore.key(layerId));
    return v == null ? 1 : v;
  }

  /**
   * Replaces every feature of the layer by {@code features} and records them as a new version.
   *
   * @return the new version
   * @throws UnknownLayerException when there is no such layer
   */
  public LayerVersion replace(
      String layerId,
      List<StoredFeature> features,
      String who,
      String file,
      String sha256,
      String note) {
    return write(layerId, current -> features, who, file, sha256, note);
  }

  /**
   * Adds {@code features} after the layer's current ones, read under the layer's lock (so two
   * appends never lose each other's features), as a new version.
   *
   * @throws DuplicateFeatureException when an id is already in the layer
   * @throws UnknownLayerException when there is no such layer
   */
  public LayerVersion append(
      String layerId,
      List<StoredFeature> features,
      String who,
      String file,
      String sha256,
      String note) {
    return write(
        layerId,
        current -> {
          Set<String> ids = new HashSet<>();
          current.forEach(f -> ids.add(f.id()));
          List<String> taken =
              features.stream().map(StoredFeature::id).filter(ids::contains).toList();
          if (!taken.isEmpty()) {
            throw new DuplicateFeatureException(layerId, taken);
          }
          List<StoredFeature> all = new ArrayList<>(current);
          all.addAll(features);
          return all;
        },
        who,
        file,
        sha256,
        note);
  }

  /**
   * Makes an old version current again, as a new version (nothing is lost).
   *
   * @throws UnknownLayerException when there is no such layer
   * @throws UnknownVersionException when the layer has no such version
   */
  public LayerVersion restore(String layerId, int version, String who) {
    LayerVersion[] old = new LayerVersion[1];
    return write(
        layerId,
        current -> {
          List<LayerVersion> all = versions(layerId);
          old[0] =
              all.stream()
                  .filter(v -> v.version() == version)
                  .findFirst()
                  .orElseThrow(() -> new UnknownVersionException(layerId, version, all.size()));
          return snapshot(layerId, version);
        },
        who,
        () -> old[0].file(),
        () -> old[0].sha256(),
        "restored from version " + version);
  }

  private LayerVersion write(
      String layerId,
      UnaryOperator<List<StoredFeature>> compose,
      String who,
      String file,
      String sha256,
      String note) {
    return write(layerId, compose, who, () -> file, () -> sha256, note);
  }

  /**
   * The one write path of a layer: under the layer's lock — a lock in this process, then the
   * layer's row locked in the database ({@code SELECT ... FOR UPDATE}, for other processes on the
   * same PostgreSQL) — reads the layer, composes its new features, writes them and records the next
   * version number, in one transaction; then makes the commit durable before returning ({@link
   * StoreDurability}: an acknowledged version survives a kill -9, so its number is never handed out
   * again).
   */
  private LayerVersion write(
      String layerId,
      UnaryOperator<List<StoredFeature>> compose,
      String who,
      Supplier<String> file,
      Supplier<String> sha256,
      String note) {
    store.layer(layerId).orElseThrow(() -> new UnknownLayerException(layerId));
    ReentrantLock lock = lock(layerId);
    lock.lock();
    try {
      LayerVersion v =
          transaction.execute(
              s -> {
                String key = FeatureStore.key(layerId);
                jdbc.queryForList("SELECT id FROM layer WHERE id = ? FOR UPDATE", key);
                ensureFirstVersion(layerId);
                List<StoredFeature> features = compose.apply(store.allFeatures(layerId));
                jdbc.update("DELETE FROM feature WHERE layer_id = ?", key);
                writer.insertFeatures(key, features, 0);
                writer.updateSummary(key, features);
                return record(
                    layerId,
                    currentVersion(layerId) + 1,
                    who,
                    file.get(),
                    sha256.get(),
                    note,
                    features);
              });
      durability.flush();
      events.publishEvent(new LayersChangedEvent(AreaScope.current().id(), List.of(layerId)));
      return v;
    } finally {
      lock.unlock();
    }
  }

  /** The features of a stored version, in order. */
  public List<StoredFeature> snapshot(String layerId, int version) {
    WKBReader reader = new WKBReader(geometryFactory);
    return jdbc.query(
        "SELECT id, properties, wkb FROM layer_version_feature WHERE layer_id = ? AND version = ?"
            + " ORDER BY seq",
        (rs, i) -> {
          try {
            return new StoredFeature(
                layerId,
                rs.getString("id"),
                reader.read(rs.getBytes("wkb")),
                JSON.readValue(rs.getString("properties"), PROPERTIES));
          } catch (ParseException | JsonProcessingException e) {
            throw new IllegalStateException("stored version " + version + " is damaged", e);
          }
        },
        FeatureStore.key(layerId),
        version);
  }

  private ReentrantLock lock(String layerId) {
    return locks.computeIfAbsent(FeatureStore.key(layerId), k -> new ReentrantLock(true));
  }

  private boolean hasVersions(String layerId) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM layer_version WHERE layer_id = ?",
            Integer.class,
            FeatureStore.key(layerId));
    return n != null && n > 0;
  }

  private void ensureFirstVersion(String layerId) {
    if (hasVersions(layerId)) {
      return;
    }
    if (AreaScope.current().isDefault()) {
      String checksum = store.datasetChecksum(SampleDataset.NAME).orElse(null);
      record(
          layerId,
          1,
          SAMPLE_ACCOUNT,
          SampleDataset.NAME,
          checksum,
          "the sample data",
          store.allFeatures(layerId));
    } else {
      record(
          layerId,
          1,
          SAMPLE_ACCOUNT,
          null,
          null,
          "as the area was created (" + AreaScope.current().id() + ")",
          store.allFeatures(layerId));
    }
  }

  private LayerVersion record(
      String layerId,
      int version,
      String who,
      String file,
      String sha256,
      String note,
      List<StoredFeature> features) {
    Instant now = Instant.now();
    jdbc.update(
        "INSERT INTO layer_version (layer_id, version, created_by, created_at, file_name, sha256,"
            + " feature_count, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        FeatureStore.key(layerId),
        version,
        who,
        Timestamp.from(now),
        file,
        sha256,
        features.size(),
        note);
    String key = FeatureStore.key(layerId);
    WKBWriter wkb = new WKBWriter(2);
    List<Object[]> rows = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      StoredFeature f = features.get(i);
      rows.add(
          new Object[] {key, version, i, f.id(), DatasetWriter.json(f), wkb.write(f.geometry())});
    }
    jdbc.batchUpdate(
        "INSERT INTO layer_version_feature (layer_id, version, seq, id, properties, wkb)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        rows);
    return new LayerVersion(layerId, version, who, now, file, sha256, features.size(), note);
  }

  /** Current versions of all layers, e.g. for a scenario to remember: {@code {facilities: 3}}. */
  public Map<String, Integer> currentVersions() {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (LayerInfo layer : store.layers()) {
      out.put(layer.id(), currentVersion(layer.id()));
    }
    return out;
  }
}
