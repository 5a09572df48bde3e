package cn.chegu.viewer.store;

/** No layer has the requested id. */
public final class UnknownLayerException extends RuntimeException {

  private final String layerId;

  public UnknownLayerException(String layerId) {
    super("no layer with id \"" + layerId + "\"");
    this.layerId = layerId;
  }

  public String layerId() {
    return layerId;
  }
}
