/**
 * Moving spatial data in and out of the application: reading the sample data's GeoJSON files and
 * manifest ({@link cn.chegu.viewer.io.GeoJsonLayerReader}, {@link
 * cn.chegu.viewer.io.SampleManifest}) and transforming between coordinate reference systems ({@link
 * cn.chegu.viewer.io.MetricProjection}).
 *
 * <p>Terms: a <em>layer file</em> is one GeoJSON FeatureCollection in EPSG:4326 (x = longitude); a
 * <em>feature id</em> is its string id, unique within the layer; the <em>manifest</em> lists the
 * layers in draw order with their provenance. Readers validate everything they return and fail with
 * an {@link cn.chegu.viewer.io.InvalidSampleDataException} naming the file and the feature.
 */
package cn.chegu.viewer.io;
