package cn.chegu.viewer.area;

/** A request named an area that does not exist (HTTP 404). */
public class UnknownAreaException extends RuntimeException {

  public UnknownAreaException(String id) {
    super("no area '" + id + "'; GET /api/areas lists them");
  }
}
