-- The number of the last facility a scenario added: ids s<scenario>-<n> are handed out by
-- incrementing it under the scenario's row lock, so concurrent adds never share an id and an id
-- is never reused after its facility is removed. (created_by is the scenario's owner.)
ALTER TABLE scenario ADD COLUMN last_facility_no INTEGER DEFAULT 0 NOT NULL;
