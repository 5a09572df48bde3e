-- Scenarios remember the layer versions they were made on (issue 8), e.g. "facilities=3,roads=1".
ALTER TABLE scenario ADD COLUMN layer_versions VARCHAR(1000);
