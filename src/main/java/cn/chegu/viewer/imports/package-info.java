/**
 * Planners' own data in: an <em>import</em> reads one file (GeoJSON, GeoPackage, zipped Shapefile,
 * CSV/XLSX, OpenStreetMap) with the {@code io} readers, brings it to EPSG:4326, <em>validates</em>
 * every feature against the target layer's rules ({@link cn.chegu.viewer.imports.LayerRules}:
 * geometry type, validity, distance from the zone, required and typed properties, known facility
 * types and road classes, unique ids) and writes it as a new <em>version</em> of the layer — all or
 * nothing — with provenance ({@code source} = file name and SHA-256, {@code imported_by}, {@code
 * imported_at}). A <em>dry run</em> answers the same report without writing. Terms: <em>mode</em>
 * replace (the file becomes the layer) or append (added to the current features); <em>mapping</em>
 * renames columns and translates values; <em>census spread</em> ({@code spread=dasymetric}) takes
 * admin unit totals — polygons, or a table joined by exact unit name ({@link
 * cn.chegu.viewer.imports.CensusTable}) — and spreads them over the population cells ({@link
 * cn.chegu.viewer.imports.Dasymetric}).
 *
 * <p>Whole areas go through the same readers and checks: an uploaded area ({@link
 * cn.chegu.viewer.imports.AreaImportService}) and the sample data of the default area, loaded on
 * startup from {@code chegu.sample-data} ({@link cn.chegu.viewer.imports.SampleLoader}) — one
 * reader per format, one set of checks ({@link cn.chegu.viewer.imports.AreaCheck}), so a sample
 * file breaking a rule stops the start with the message an import of it would get. Dependency
 * direction: {@code imports} uses {@code io} (readers) and {@code store} (writes); the store knows
 * the sample only by its dataset name ({@link cn.chegu.viewer.store.SampleDataset}).
 */
package cn.chegu.viewer.imports;
