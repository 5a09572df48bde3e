-- The logical schema is the same as db/migration/postgis/V2__layers_and_features.sql.

-- One row per loaded sample data set (today only 'gis-data'): makes loading idempotent.
CREATE TABLE dataset (
  name        VARCHAR(100) PRIMARY KEY,
  checksum    VARCHAR(64)  NOT NULL,
  generator   VARCHAR(500),
  loaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A map layer, in draw order (sort_order), with its provenance and summary (count, bbox).
CREATE TABLE layer (
  id            VARCHAR(100) PRIMARY KEY,
  title         VARCHAR(500) NOT NULL,
  title_zh      VARCHAR(500),
  grp           VARCHAR(100) NOT NULL,
  geometry_type VARCHAR(50)  NOT NULL,
  origin        VARCHAR(2000),
  licence       VARCHAR(500),
  schematic     BOOLEAN NOT NULL,
  modelled      BOOLEAN NOT NULL,
  notes         VARCHAR(4000),
  sort_order    INTEGER NOT NULL,
  feature_count INTEGER NOT NULL,
  min_lon       DOUBLE PRECISION,
  min_lat       DOUBLE PRECISION,
  max_lon       DOUBLE PRECISION,
  max_lat       DOUBLE PRECISION
);

-- A feature of a layer: names for search, all properties as JSON text, geometry in EPSG:4326.
CREATE TABLE feature (
  layer_id    VARCHAR(100) NOT NULL REFERENCES layer (id) ON DELETE CASCADE,
  id          VARCHAR(200) NOT NULL,
  seq         INTEGER NOT NULL,
  name_zh     VARCHAR(500),
  name_en     VARCHAR(500),
  properties  CHARACTER LARGE OBJECT NOT NULL,
  geom        GEOMETRY(GEOMETRY, 4326) NOT NULL,
  PRIMARY KEY (layer_id, id)
);

CREATE SPATIAL INDEX feature_geom_idx ON feature (geom);
CREATE INDEX feature_layer_seq_idx ON feature (layer_id, seq);
