package cn.chegu.viewer.io;

/** An import file cannot be read at all (wrong format, truncated, unsafe archive, ...). */
public class InvalidImportFileException extends RuntimeException {
  public InvalidImportFileException(String message) {
    super(message);
  }

  public InvalidImportFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
