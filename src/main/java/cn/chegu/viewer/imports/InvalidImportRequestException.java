package cn.chegu.viewer.imports;

/** An import request's parameters are wrong (mode, mapping, layer kind ...): 400. */
public class InvalidImportRequestException extends RuntimeException {
  public InvalidImportRequestException(String message) {
    super(message);
  }
}
