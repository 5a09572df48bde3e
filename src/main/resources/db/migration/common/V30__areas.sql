-- Planning areas (issue 15): several territories in one store. Plain SQL shared by H2GIS and
-- PostGIS. An area owns its layers (layer.area_id); the layers of the default area keep their
-- plain ids ("zone"), the layers of any other area are stored under "<area id>/<layer>" (the
-- storage key, see area.Area#layerKey), so feature, layer_version and their keys stay unchanged
-- and every URL without area= keeps answering for the default area.
CREATE TABLE area (
  id          VARCHAR(40)  PRIMARY KEY,
  name        VARCHAR(200) NOT NULL,
  is_default  BOOLEAN      NOT NULL,
  metric_epsg INTEGER      NOT NULL,
  created_by  VARCHAR(100) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- 车谷 keeps EPSG:32650 (UTM 50N, the zone of its centroid at 114.2° E), so its numbers stay.
INSERT INTO area (id, name, is_default, metric_epsg, created_by, created_at)
  VALUES ('chegu', '车谷 · 武汉经开区', TRUE, 32650, 'sample', CURRENT_TIMESTAMP);

ALTER TABLE layer ADD COLUMN area_id VARCHAR(40) DEFAULT 'chegu' NOT NULL;
CREATE INDEX layer_area_idx ON layer (area_id, sort_order);
