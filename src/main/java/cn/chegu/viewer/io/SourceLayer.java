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
 */
public record SourceLayer(
    String fileName,
    String format,
    Crs declaredCrs,
    List<SourceFeature> features,
    List<String> warnings) {
  public SourceLayer {
    features = List.copyOf(features);
    warnings = List.copyOf(warnings);
  }
}
