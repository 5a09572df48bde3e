/**
 * The spatial database: JDBC repositories over an embedded H2GIS file (default) or PostGIS (profile
 * {@code postgis}), schema by Flyway migrations per vendor ({@code db/migration/h2gis}, {@code
 * db/migration/postgis}). The sample data from {@code gis-data/} is read and checked by the import
 * pipeline ({@code cn.chegu.viewer.imports.SampleLoader}) and written here as one dataset.
 *
 * <p>Terms: a <em>layer</em> ({@link cn.chegu.viewer.store.LayerInfo}) is a named set of features
 * drawn together, in manifest order; a <em>stored feature</em> ({@link
 * cn.chegu.viewer.store.StoredFeature}) is one geometry in EPSG:4326 with its JSON properties; the
 * <em>dataset</em> is everything loaded from one sample directory, recorded with a checksum of its
 * files so that loading it again is a no-op. Geometries cross the JDBC boundary as WKB, so the same
 * SQL serves both vendors. Replacing the dataset is one transaction: it lands whole or not at all.
 */
package cn.chegu.viewer.store;
