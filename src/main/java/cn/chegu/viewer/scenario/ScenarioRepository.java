package cn.chegu.viewer.scenario;

import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.facility.FacilityType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scenarios and their edits, in the same tables on the embedded store and on PostGIS.
 *
 * <p>Every read is one statement on one connection (a scenario joined with its edits), never a
 * query nested inside another's row mapping: nesting held two pooled connections per read and
 * deadlocked the pool under concurrent reads. Changes to one scenario are serialised by its row
 * lock ({@link #lock}), taken first in the changing transaction.
 *
 * <p>A scenario belongs to the planning area it was made in ({@link AreaScope#current()} when it is
 * created): every read, lock and delete is limited to the current area, so a scenario of another
 * area is not found here (404), whatever its id.
 */
@Repository
public class ScenarioRepository {

  private static final String SCENARIO_WITH_EDITS =
      "SELECT s.id, s.name, s.created_by, s.created_at, s.layer_versions, e.action, e.facility_id, e.type,"
          + " e.name AS edit_name, e.lon, e.lat FROM (%s) s"
          + " LEFT JOIN scenario_edit e ON e.scenario_id = s.id ORDER BY s.id DESC, e.seq";

  private final JdbcClient jdbc;

  public ScenarioRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Creates an empty scenario owned by {@code createdBy} and returns its id. */
  @Transactional
  public long create(String name, String createdBy) {
    return create(name, createdBy, Map.of());
  }

  /**
   * Creates an empty scenario owned by {@code createdBy}, made on {@code layerVersions} (layer id →
   * version), and returns its id.
   */
  @Transactional
  public long create(String name, String createdBy, Map<String, Integer> layerVersions) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO scenario (name, created_by, created_at, layer_versions, area_id) VALUES"
                + " (?, ?, ?, ?, ?)")
        .params(
            name,
            createdBy,
            Timestamp.from(Instant.now()),
            versionsText(layerVersions),
            AreaScope.current().id())
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  /** All scenarios of the current area, newest first, with their edits. */
  public List<Scenario> findAll() {
    return page(0, Integer.MAX_VALUE);
  }

  /**
   * Scenarios of the current area newest first, skipping {@code offset}, at most {@code limit}: one
   * query.
   */
  public List<Scenario> page(long offset, int limit) {
    return jdbc.sql(
            SCENARIO_WITH_EDITS.formatted(
                "SELECT id, name, created_by, created_at, layer_versions FROM scenario WHERE area_id"
                    + " = ? ORDER BY id DESC LIMIT ? OFFSET ?"))
        .params(AreaScope.current().id(), limit, offset)
        .query(ScenarioRepository::scenarios);
  }

  /** How many scenarios the current area has. */
  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM scenario WHERE area_id = ?")
        .param(AreaScope.current().id())
        .query(Long.class)
        .single();
  }

  /** Scenario {@code id} of the current area; empty when there is none there. */
  public Optional<Scenario> find(long id) {
    return jdbc
        .sql(
            SCENARIO_WITH_EDITS.formatted(
                "SELECT id, name, created_by, created_at, layer_versions FROM scenario WHERE id = ?"
                    + " AND area_id = ?"))
        .params(id, AreaScope.current().id())
        .query(ScenarioRepository::scenarios)
        .stream()
        .findFirst();
  }

  /**
   * Locks scenario {@code id}'s row until the calling transaction ends (concurrent changes of the
   * same scenario wait for it) and adds {@code facilitiesAdded} to its facility counter.
   *
   * @return the counter after the change, or empty when the current area has no such scenario
   */
  @Transactional
  public Optional<Integer> lock(long id, int facilitiesAdded) {
    int rows =
        jdbc.sql(
                "UPDATE scenario SET last_facility_no = last_facility_no + ? WHERE id = ? AND"
                    + " area_id = ?")
            .params(facilitiesAdded, id, AreaScope.current().id())
            .update();
    if (rows == 0) {
      return Optional.empty();
    }
    return Optional.of(
        jdbc.sql("SELECT last_facility_no FROM scenario WHERE id = ?")
            .param(id)
            .query(Integer.class)
            .single());
  }

  /** Sets the facility counter (under the row lock), e.g. past ids made before it existed. */
  @Transactional
  public void setFacilityCounter(long id, int value) {
    jdbc.sql("UPDATE scenario SET last_facility_no = ? WHERE id = ?").params(value, id).update();
  }

  /** Deletes a scenario of the current area and its edits; false when there was none. */
  @Transactional
  public boolean delete(long id) {
    String area = AreaScope.current().id();
    jdbc.sql(
            "DELETE FROM scenario_edit WHERE scenario_id IN (SELECT id FROM scenario WHERE id = ?"
                + " AND area_id = ?)")
        .params(id, area)
        .update();
    return jdbc.sql("DELETE FROM scenario WHERE id = ? AND area_id = ?").params(id, area).update()
        > 0;
  }

  /** Appends one edit after the last (call under the scenario's {@link #lock}). */
  @Transactional
  public void append(long scenarioId, int seq, FacilityEdit e) {
    insert(scenarioId, seq, e);
  }

  /** Replaces a scenario's edits, all or nothing. */
  @Transactional
  public void replaceEdits(long scenarioId, List<FacilityEdit> edits) {
    jdbc.sql("DELETE FROM scenario_edit WHERE scenario_id = ?").param(scenarioId).update();
    int seq = 0;
    for (FacilityEdit e : edits) {
      insert(scenarioId, seq++, e);
    }
  }

  private void insert(long scenarioId, int seq, FacilityEdit e) {
    jdbc.sql(
            "INSERT INTO scenario_edit (scenario_id, seq, action, facility_id, type, name, lon,"
                + " lat) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            scenarioId,
            seq,
            e.action().name(),
            e.facilityId(),
            e.type() == null ? null : e.type().code(),
            e.name(),
            Double.isNaN(e.lon()) ? null : e.lon(),
            Double.isNaN(e.lat()) ? null : e.lat())
        .update();
  }

  /** Groups rows of {@link #SCENARIO_WITH_EDITS} (ordered by scenario) into scenarios. */
  private static List<Scenario> scenarios(ResultSet rs) throws SQLException {
    List<Scenario> out = new ArrayList<>();
    long current = Long.MIN_VALUE;
    String name = null;
    String createdBy = null;
    Instant createdAt = null;
    Map<String, Integer> versions = Map.of();
    List<FacilityEdit> edits = new ArrayList<>();
    while (rs.next()) {
      long id = rs.getLong("id");
      if (id != current) {
        if (current != Long.MIN_VALUE) {
          out.add(new Scenario(current, name, createdBy, createdAt, edits, versions));
        }
        current = id;
        name = rs.getString("name");
        createdBy = rs.getString("created_by");
        createdAt = rs.getTimestamp("created_at").toInstant();
        versions = versions(rs.getString("layer_versions"));
        edits = new ArrayList<>();
      }
      if (rs.getString("action") != null) {
        edits.add(edit(rs));
      }
    }
    if (current != Long.MIN_VALUE) {
      out.add(new Scenario(current, name, createdBy, createdAt, edits, versions));
    }
    return out;
  }

  /** "facilities=1,roads=2" (layer ids are plain words). */
  static String versionsText(Map<String, Integer> versions) {
    if (versions.isEmpty()) {
      return null;
    }
    StringJoiner out = new StringJoiner(",");
    versions.forEach((layer, version) -> out.add(layer + "=" + version));
    return out.toString();
  }

  static Map<String, Integer> versions(String text) {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (text != null && !text.isBlank()) {
      for (String pair : text.split(",")) {
        int eq = pair.lastIndexOf('=');
        out.put(pair.substring(0, eq), Integer.valueOf(pair.substring(eq + 1)));
      }
    }
    return out;
  }

  private static FacilityEdit edit(ResultSet rs) throws SQLException {
    String type = rs.getString("type");
    double lon = rs.getDouble("lon");
    double lonOrNaN = rs.wasNull() ? Double.NaN : lon;
    double lat = rs.getDouble("lat");
    double latOrNaN = rs.wasNull() ? Double.NaN : lat;
    return new FacilityEdit(
        FacilityEdit.Action.valueOf(rs.getString("action")),
        rs.getString("facility_id"),
        type == null ? null : FacilityType.fromCode(type),
        rs.getString("edit_name"),
        lonOrNaN,
        latOrNaN);
  }
}
