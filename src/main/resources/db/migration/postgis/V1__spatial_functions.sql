-- PostGIS provides the spatial types and functions.
CREATE EXTENSION IF NOT EXISTS postgis;
