package cn.chegu.viewer.io;

/** A CRS was named (or found in a file) that the application does not support. */
public class UnsupportedCrsException extends IllegalArgumentException {
  public UnsupportedCrsException(String message) {
    super(message);
  }
}
