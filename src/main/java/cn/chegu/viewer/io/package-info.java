/**
 * Moving spatial data in and out of the application, free of Spring: the sample's manifest ({@link
 * cn.chegu.viewer.io.SampleManifest}); files for import — GeoJSON, GeoPackage, zipped Shapefile,
 * CSV/XLSX, OpenStreetMap — the planners' and the sample's layer files alike ({@link
 * cn.chegu.viewer.io.ImportFiles} picks the reader); exports ({@link
 * cn.chegu.viewer.io.FeatureExport}); and coordinate reference systems ({@link
 * cn.chegu.viewer.io.Crs}, {@link cn.chegu.viewer.io.MetricProjection}, GCJ-02/BD-09 in {@link
 * cn.chegu.viewer.io.ChinaOffsets}).
 *
 * <p>Terms: a <em>layer file</em> is one GeoJSON FeatureCollection in EPSG:4326 (x = longitude); a
 * <em>feature id</em> is its string id, unique within the layer; the <em>manifest</em> lists the
 * layers in draw order with their provenance.
 *
 * <p>Failures name the file and, where there is one, the feature: a broken or missing sample
 * manifest or layer file throws {@link cn.chegu.viewer.io.InvalidGisDataException} (the application
 * refuses to start); import readers throw {@link cn.chegu.viewer.io.InvalidImportFileException} for
 * a file they cannot read and {@link cn.chegu.viewer.io.UnsupportedCrsException} for a CRS outside
 * the supported list (both answered 4xx); per-feature problems of an import are collected by the
 * import service instead.
 */
package cn.chegu.viewer.io;
