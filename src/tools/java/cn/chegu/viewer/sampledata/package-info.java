/**
 * Generator of the zone's schematic sample data in {@code gis-data/}.
 *
 * <p>Terms: a <em>layer</em> is one GeoJSON FeatureCollection file; a <em>feature</em> carries a
 * string id and the provenance properties of the data contract ({@code source}, {@code plan_ref},
 * {@code accuracy_m}, {@code status}). <em>Schematic</em> geometry is hand-digitised from the plan
 * and placed with the reference points; <em>modelled</em> data (population cells, community
 * facilities) is produced by documented, seeded rules. Geometry is built in metres (UTM 50N) where
 * distances matter and written in WGS84 longitude/latitude rounded to 6 decimals.
 *
 * <p>Plain Java (JTS + proj4j + Jackson), no Spring. Entry point: {@link
 * cn.chegu.viewer.sampledata.SampleDataGenerator}.
 */
package cn.chegu.viewer.sampledata;
