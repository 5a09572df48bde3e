-- H2 2.4 evaluates a constant IN-list in a CHECK constraint with a comparator bound to the session
-- (connection) that created the constraint. On a first start that is Flyway's pooled connection;
-- once the pool retires it (hikari max-lifetime, 30 min by default) every insert into
-- scenario_edit failed with "The database has been closed" until a restart re-parsed the schema.
-- Rebuild the table with the same rule written as a CASE, which H2 evaluates in the caller's
-- session. (PostgreSQL has no such binding: its V10 constraint stays.)
CREATE TABLE scenario_edit_v11 (
  scenario_id BIGINT NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  action      VARCHAR(10) NOT NULL,
  facility_id VARCHAR(100) NOT NULL,
  type        VARCHAR(40),
  name        VARCHAR(200),
  lon         DOUBLE PRECISION,
  lat         DOUBLE PRECISION,
  CONSTRAINT scenario_edit_action_known CHECK (
    CASE action WHEN 'ADD' THEN TRUE WHEN 'MOVE' THEN TRUE WHEN 'REMOVE' THEN TRUE ELSE FALSE END),
  PRIMARY KEY (scenario_id, seq)
);
INSERT INTO scenario_edit_v11 SELECT scenario_id, seq, action, facility_id, type, name, lon, lat
  FROM scenario_edit;
DROP TABLE scenario_edit;
ALTER TABLE scenario_edit_v11 RENAME TO scenario_edit;
