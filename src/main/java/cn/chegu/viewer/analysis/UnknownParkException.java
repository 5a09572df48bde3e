package cn.chegu.viewer.analysis;

/** No park of the parks layer has this id. */
public class UnknownParkException extends RuntimeException {
  public UnknownParkException(String id) {
    super("no park with id '" + id + "' in layer parks");
  }
}
