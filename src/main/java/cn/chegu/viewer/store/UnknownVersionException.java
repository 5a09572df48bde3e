package cn.chegu.viewer.store;

/** A layer version that does not exist was asked for. */
public class UnknownVersionException extends RuntimeException {
  public UnknownVersionException(String layerId, int version, int count) {
    super(
        "layer " + layerId + " has no version " + version + " (it has versions 1.." + count + ")");
  }
}
