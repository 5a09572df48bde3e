package cn.chegu.viewer.io;

import java.util.Arrays;
import java.util.Locale;

/** File formats of exports, with their media type and file extension. */
public enum ExportFormat {
  GEOJSON("application/geo+json", "geojson", true),
  GPKG("application/geopackage+sqlite3", "gpkg", true),
  SHP("application/zip", "zip", true),
  CSV("text/csv;charset=UTF-8", "csv", false),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", false);

  private final String mediaType;
  private final String extension;
  private final boolean needsGeometry;

  ExportFormat(String mediaType, String extension, boolean needsGeometry) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.needsGeometry = needsGeometry;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** True for formats that hold features, false for those that also take plain tables. */
  public boolean needsGeometry() {
    return needsGeometry;
  }

  /**
   * Parses {@code geojson|gpkg|shp|csv|xlsx} (also {@code json}, {@code geopackage}, {@code
   * shapefile}).
   */
  public static ExportFormat parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "geojson", "json" -> GEOJSON;
      case "gpkg", "geopackage" -> GPKG;
      case "shp", "shapefile", "zip" -> SHP;
      case "csv" -> CSV;
      case "xlsx", "excel" -> XLSX;
      default ->
          throw new IllegalArgumentException(
              "format must be one of "
                  + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList()
                  + ", got '"
                  + text
                  + "'");
    };
  }
}
