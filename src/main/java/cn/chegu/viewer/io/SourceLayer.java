package cn.chegu.viewer.io;

import java.util.List;

/**
 * What a reader found in an import file.
 *
 * @param fileName the uploaded file's name (for messages)
 * @param format e.g. {@code Shapefile}, {@code GeoPackage}
 * @param declaredCrs the CRS the file declares (.prj, GeoPackage srs, GeoJSON crs), or null
 * @param features in file order
 * @param warnings things the reader guessed or dropped (e.g. the DBF encoding)
 * @param osmWays for OpenStreetMap roads: every {@code highway} way imported or counted; else null
 */
public record SourceLayer(
    String fileName,
    String format,
    Crs declaredCrs,
    List<SourceFeature> features,
    List<String> warnings,
    OsmWays osmWays) {
  public SourceLayer {
    features = List.copyOf(features);
    warnings = List.copyOf(warnings);
  }

  /** A layer of any format but OpenStreetMap roads. */
  public SourceLayer(
      String fileName,
      String format,
      Crs declaredCrs,
      List<SourceFeature> features,
      List<String> warnings) {
    this(fileName, format, declaredCrs, features, warnings, null);
  }
}
