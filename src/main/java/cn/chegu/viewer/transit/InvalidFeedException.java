package cn.chegu.viewer.transit;

/** A GTFS feed that cannot be used, with the file and line where it goes wrong. */
public class InvalidFeedException extends RuntimeException {

  public InvalidFeedException(String message) {
    super(message);
  }

  static InvalidFeedException at(String file, long line, String message) {
    return new InvalidFeedException(file + " line " + line + ": " + message);
  }
}
