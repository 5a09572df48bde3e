package cn.chegu.viewer.io;

/**
 * A sample data file (manifest or layer) that cannot be used, with the file and, where one is to
 * blame, the feature named in the message, e.g. {@code parks.geojson, feature #3 (id "park-3"):
 * geometry is not valid: Self-intersection at (114.1 30.5)}.
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
