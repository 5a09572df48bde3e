-- Issue 15: a scenario belongs to one planning area, and an area keeps the plan file it was
-- created with. The logical schema is the same as h2gis/V31__scenario_area_and_area_plan.sql
-- (only the large-text type differs).
-- Scenarios made before areas existed were made on the default area's layers: they keep it.
ALTER TABLE scenario ADD COLUMN area_id VARCHAR(40) DEFAULT 'chegu' NOT NULL;
ALTER TABLE scenario ADD CONSTRAINT scenario_area_fk FOREIGN KEY (area_id) REFERENCES area (id)
  ON DELETE CASCADE;
CREATE INDEX scenario_area_idx ON scenario (area_id, id);

-- The plan file (plan.json) an area was created with, as uploaded; NULL = no plan file (national
-- standards only). The default area's plan is gis-data/plan.json, read at start-up.
ALTER TABLE area ADD COLUMN plan_json TEXT;
