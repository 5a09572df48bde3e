package cn.chegu.viewer.io;

/**
 * How to read an import file.
 *
 * @param encoding DBF/CSV code page when the file does not say (.cpg), e.g. {@code GBK}; or null
 * @param table GeoPackage table or XLSX sheet when there are several; or null
 * @param osmTarget what to take from an OSM file: {@code roads} or {@code facilities}
 */
public record ReadOptions(String encoding, String table, String osmTarget) {
  public static final ReadOptions DEFAULTS = new ReadOptions(null, null, "roads");
}
