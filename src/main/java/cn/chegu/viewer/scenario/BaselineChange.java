package cn.chegu.viewer.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether the baseline a scenario was made on has changed since: the layer versions it recorded
 * ({@link Scenario#layerVersions()}) against the current ones, compared by content. A layer counts
 * as changed when it is gone, or when its version moved and the content of the two versions differs
 * ({@link ContentChecksums}: a restore of the version the scenario was made on, or a re-import of
 * the same features, is a new version with the same content and changes no number, so it is no
 * change). Layers added since do not count (the scenario never saw them, and a new empty layer
 * changes no number). A scenario made before layers had versions records none and is never reported
 * as changed (nothing to compare with).
 *
 * @param changed whether any recorded layer moved
 * @param layers the layers that moved, in the scenario's order
 */
public record BaselineChange(boolean changed, List<Layer> layers) {

  /** One layer that moved: {@code now} is null when the layer is gone. */
  public record Layer(String id, int madeOn, Integer now) {}

  public BaselineChange {
    layers = List.copyOf(layers);
  }

  /**
   * The content of a layer's version, as a checksum: equal checksums mean equal features. Null when
   * the version's content is not known (then a moved version counts as changed).
   */
  @FunctionalInterface
  public interface ContentChecksums {
    String of(String layerId, int version);
  }

  /**
   * The change between the versions a scenario was made on and the current ones, by version number
   * only (every moved version counts as changed).
   */
  public static BaselineChange of(Map<String, Integer> madeOn, Map<String, Integer> current) {
    return of(madeOn, current, (layer, version) -> null);
  }

  /**
   * The change between the versions a scenario was made on and the current ones: a layer whose
   * version moved counts only when {@code content} differs between the two versions.
   */
  public static BaselineChange of(
      Map<String, Integer> madeOn, Map<String, Integer> current, ContentChecksums content) {
    List<Layer> moved = new ArrayList<>();
    madeOn.forEach(
        (id, version) -> {
          Integer now = current.get(id);
          if (!version.equals(now) && (now == null || !sameContent(content, id, version, now))) {
            moved.add(new Layer(id, version, now));
          }
        });
    return new BaselineChange(!moved.isEmpty(), moved);
  }

  private static boolean sameContent(ContentChecksums content, String id, int before, int now) {
    String a = content.of(id, before);
    return a != null && a.equals(content.of(id, now));
  }

  /** The note in English, or null when nothing changed. */
  public String note() {
    if (!changed) {
      return null;
    }
    return "the baseline changed since this scenario was made ("
        + String.join(", ", layers.stream().map(l -> describe(l, "version", "removed")).toList())
        + "): its numbers are computed on the current layers, not on those it was made on";
  }

  /** The note in Chinese, or null when nothing changed. */
  public String noteZh() {
    if (!changed) {
      return null;
    }
    return "本方案创建后基础数据已更新（"
        + String.join("；", layers.stream().map(l -> describe(l, "版本", "已删除")).toList())
        + "）：结果按当前图层计算，而非方案创建时的图层";
  }

  private static String describe(Layer l, String version, String removed) {
    return l.id()
        + " "
        + version
        + " "
        + l.madeOn()
        + " → "
        + (l.now() == null ? removed : String.valueOf(l.now()));
  }
}
