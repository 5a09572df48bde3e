package cn.chegu.viewer.io;

/**
 * A sample data file that is missing or cannot be used — the manifest (e.g. {@code MANIFEST.json:
 * layer #3 (id "parks"): "title" is missing}) or a layer file it names ({@code parks.geojson: not
 * found at class path resource [gis-data/parks.geojson]}). Features breaking a rule are refused by
 * the import checks instead, with the message an import would give.
 */
public final class InvalidGisDataException extends RuntimeException {

  private final String file;

  public InvalidGisDataException(String file, String message) {
    super(file + ": " + message);
    this.file = file;
  }

  public InvalidGisDataException(String file, String message, Throwable cause) {
    super(file + ": " + message, cause);
    this.file = file;
  }

  /** The name of the offending file as it was given to the reader. */
  public String file() {
    return file;
  }
}
