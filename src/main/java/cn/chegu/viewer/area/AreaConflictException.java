package cn.chegu.viewer.area;

/** A change of areas that contradicts their state, e.g. deleting the default area (HTTP 409). */
public class AreaConflictException extends RuntimeException {

  public AreaConflictException(String message) {
    super(message);
  }
}
