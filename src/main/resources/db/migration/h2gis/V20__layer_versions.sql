-- Layer versions (issue 8): every import makes a new version of a layer, kept whole so that any
-- version can be restored. The logical schema is the same as postgis/V20__layer_versions.sql.
CREATE TABLE layer_version (
  layer_id      VARCHAR(100) NOT NULL,
  version       INTEGER NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  file_name     VARCHAR(500),
  sha256        VARCHAR(64),
  feature_count INTEGER NOT NULL,
  note          VARCHAR(2000),
  PRIMARY KEY (layer_id, version)
);

-- The features of a version: properties as JSON text, geometry as 2D WKB in EPSG:4326.
CREATE TABLE layer_version_feature (
  layer_id    VARCHAR(100) NOT NULL,
  version     INTEGER NOT NULL,
  seq         INTEGER NOT NULL,
  id          VARCHAR(200) NOT NULL,
  properties  CHARACTER LARGE OBJECT NOT NULL,
  wkb         BINARY VARYING NOT NULL,
  PRIMARY KEY (layer_id, version, seq),
  FOREIGN KEY (layer_id, version) REFERENCES layer_version (layer_id, version) ON DELETE CASCADE
);
