package cn.chegu.viewer.io;

/** The import file exceeds a size limit (features, vertices, unpacked bytes): answered 413. */
public class ImportTooLargeException extends InvalidImportFileException {

  public ImportTooLargeException(String message) {
    super(message);
  }
}
