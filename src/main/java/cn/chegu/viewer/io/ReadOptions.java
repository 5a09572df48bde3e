package cn.chegu.viewer.io;

/**
 * How to read an import file.
 *
 * @param encoding DBF/CSV code page when the file does not say (.cpg), e.g. {@code GBK}; or null
 * @param table GeoPackage table or XLSX sheet when there are several; or null
 * @param osmTarget what to take from an OSM file: {@code roads} or {@code facilities}
 * @param crs the CRS the user named ({@code crs=}); or null. When given, a .prj or GeoPackage srs
 *     this application cannot read is no reason to refuse the file
 * @param headerRow CSV/XLSX: the 1-based row holding the column names (title rows above it are
 *     skipped); 1 = the first row
 * @param coordinateColumns CSV/XLSX: the columns holding x/longitude and y/latitude (e.g. {@code
 *     东经}, {@code 北纬}), from {@code mapping}; or null to look for the usual names
 * @param attributesOnly CSV/XLSX: a table without positions (census totals by admin unit name):
 *     every column is an attribute, the header is row {@code headerRow}, features have no geometry
 */
public record ReadOptions(
    String encoding,
    String table,
    String osmTarget,
    Crs crs,
    int headerRow,
    CoordinateColumns coordinateColumns,
    boolean attributesOnly) {

  public static final ReadOptions DEFAULTS = new ReadOptions(null, null, "roads");

  /** The user's names of the coordinate columns. */
  public record CoordinateColumns(String x, String y) {}

  public ReadOptions {
    if (headerRow < 1) {
      throw new IllegalArgumentException("headerRow must be 1 or more, was " + headerRow);
    }
  }

  /** Options for a table with positions (or a file of another format). */
  public ReadOptions(
      String encoding,
      String table,
      String osmTarget,
      Crs crs,
      int headerRow,
      CoordinateColumns coordinateColumns) {
    this(encoding, table, osmTarget, crs, headerRow, coordinateColumns, false);
  }

  /** Options with no CRS named, the header on the first row and the usual coordinate names. */
  public ReadOptions(String encoding, String table, String osmTarget) {
    this(encoding, table, osmTarget, null, 1, null);
  }

  /** The same options for another table (a layer of a multi-layer upload). */
  public ReadOptions withTable(String otherTable) {
    return new ReadOptions(
        encoding, otherTable, osmTarget, crs, headerRow, coordinateColumns, attributesOnly);
  }
}
