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
 */
package cn.chegu.viewer.imports;
