package cn.chegu.viewer.imports;

/**
 * An import's parameters (see {@code POST /api/imports}).
 *
 * @param layer target layer id
 * @param mode {@code replace} (default) or {@code append}
 * @param crs overrides what the file says: {@code EPSG:4547}, {@code GCJ02}, {@code BD09}; or null
 * @param encoding DBF/CSV code page when the file does not say; or null
 * @param mapping JSON column and value map ({@link ColumnMapping}); or null
 * @param table GeoPackage table, Shapefile name in a zip, or XLSX sheet; or null
 * @param headerRow CSV/XLSX: the 1-based row holding the column names (title rows above); or null
 *     for the first row (or the first of the first rows that names coordinate columns)
 * @param spread {@code dasymetric}: the file holds admin units with census {@code residents}
 *     (polygons, or a CSV/XLSX table of unit names joined by exact name, {@link CensusTable}),
 *     spread over the population layer's cells ({@link Dasymetric}); or null for a plain import
 * @param dryRun validate and report, write nothing
 * @param skipInvalid write the valid features and list the rest (instead of refusing all)
 * @param repair repair invalid geometries (JTS GeometryFixer) instead of refusing them
 * @param user the account importing
 */
public record ImportRequest(
    String layer,
    String mode,
    String crs,
    String encoding,
    String mapping,
    String table,
    Integer headerRow,
    String spread,
    boolean dryRun,
    boolean skipInvalid,
    boolean repair,
    String user) {}
