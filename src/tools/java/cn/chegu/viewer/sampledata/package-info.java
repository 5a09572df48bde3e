/**
 * The sample's model tool: what of {@code gis-data/} must be modelled, made from the hand-digitised
 * shapes there.
 *
 * <p>Terms: a <em>layer</em> is one GeoJSON FeatureCollection file; a <em>feature</em> carries a
 * string id and the provenance properties of the data contract ({@code source}, {@code plan_ref},
 * {@code accuracy_m}, {@code status}). <em>Hand-digitised</em> (schematic) shapes — zone,
 * sub-districts, water, layout, parks, transport, the hand-placed facilities and the sub-district
 * seats — are data files, edited by a planner (e.g. in QGIS), and only read here ({@link
 * cn.chegu.viewer.sampledata.ModelInputs}). <em>Modelled</em> data (population cells, the local
 * road grid, community facilities, the timetable) is produced from them by documented, seeded rules
 * whose every number is in {@code gis-data/model-parameters.json} ({@link
 * cn.chegu.viewer.sampledata.SampleParameters}); each generated feature's {@code source} says
 * {@code modelled} (named road pieces keep the named road's). Geometry is computed in metres (UTM
 * 50N) where distances matter and written in WGS84 longitude/latitude rounded to 6 decimals.
 *
 * <p>Plain Java (JTS + proj4j + Jackson), no Spring; compiled as test sources (build-helper), so no
 * class of it is in the runtime jar. Entry point: {@link
 * cn.chegu.viewer.sampledata.SampleDataGenerator}.
 */
package cn.chegu.viewer.sampledata;
