-- The layer versions a scenario was made on (issue 8 §2), as "layer=version" pairs joined by ","
-- (e.g. "facilities=1,roads=1"); NULL for scenarios made before layers had versions.
ALTER TABLE scenario ADD COLUMN layer_versions VARCHAR(2000);
