package cn.chegu.viewer.store;

import java.util.List;

/** An append whose feature ids are already in the layer (found under the layer's lock). */
public class DuplicateFeatureException extends RuntimeException {

  private final List<String> ids;

  public DuplicateFeatureException(String layerId, List<String> ids) {
    super(
        "layer "
            + layerId
            + " already holds "
            + (ids.size() == 1
                ? "id '" + ids.get(0) + "'"
                : ids.size() + " of these ids: " + ids.subList(0, Math.min(5, ids.size()))));
    this.ids = List.copyOf(ids);
  }

  public List<String> ids() {
    return ids;
  }
}
