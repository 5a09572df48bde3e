package cn.chegu.viewer.scenario;

import cn.chegu.viewer.facility.FacilityType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Scenarios and their edits, in the same tables on the embedded store and on PostGIS. */
@Repository
public class ScenarioRepository {

  private final JdbcClient jdbc;

  public ScenarioRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Creates an empty scenario and returns its id. */
  @Transactional
  public long create(String name, String createdBy) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO scenario (name, created_by, created_at) VALUES (?, ?, ?)")
        .params(name, createdBy, Timestamp.from(Instant.now()))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  /** All scenarios, newest first, with their edits. */
  public List<Scenario> findAll() {
    return jdbc.sql("SELECT id FROM scenario ORDER BY id DESC").query(Long.class).list().stream()
        .map(id -> find(id).orElseThrow())
        .toList();
  }

  public Optional<Scenario> find(long id) {
    return jdbc.sql("SELECT id, name, created_by, created_at FROM scenario WHERE id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Scenario(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getString("created_by"),
                    rs.getTimestamp("created_at").toInstant(),
                    edits(id)))
        .optional();
  }

  /** Deletes a scenario and its edits; false when there was none. */
  @Transactional
  public boolean delete(long id) {
    jdbc.sql("DELETE FROM scenario_edit WHERE scenario_id = ?").param(id).update();
    return jdbc.sql("DELETE FROM scenario WHERE id = ?").param(id).update() > 0;
  }

  /** Replaces a scenario's edits, all or nothing. */
  @Transactional
  public void replaceEdits(long scenarioId, List<FacilityEdit> edits) {
    jdbc.sql("DELETE FROM scenario_edit WHERE scenario_id = ?").param(scenarioId).update();
    int seq = 0;
    for (FacilityEdit e : edits) {
      jdbc.sql(
              "INSERT INTO scenario_edit (scenario_id, seq, action, facility_id, type, name, lon,"
                  + " lat) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              scenarioId,
              seq++,
              e.action().name(),
              e.facilityId(),
              e.type() == null ? null : e.type().code(),
              e.name(),
              Double.isNaN(e.lon()) ? null : e.lon(),
              Double.isNaN(e.lat()) ? null : e.lat())
          .update();
    }
  }

  private List<FacilityEdit> edits(long scenarioId) {
    return jdbc.sql(
            "SELECT action, facility_id, type, name, lon, lat FROM scenario_edit"
                + " WHERE scenario_id = ? ORDER BY seq")
        .param(scenarioId)
        .query((rs, n) -> edit(rs))
        .list();
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
        rs.getString("name"),
        lonOrNaN,
        latOrNaN);
  }
}
