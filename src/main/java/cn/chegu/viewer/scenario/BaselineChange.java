package cn.chegu.viewer.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether the baseline a scenario was made on has changed since: the layer versions it recorded
 * ({@link Scenario#layerVersions()}) against the current ones. A layer counts as changed when its
 * version moved or it is gone; layers added since do not count (the scenario never saw them, and a
 * new empty layer changes no number). A scenario made before layers had versions records none and
 * is never reported as changed (nothing to compare with).
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

  /** The change between the versions a scenario was made on and the current ones. */
  public static BaselineChange of(Map<String, Integer> madeOn, Map<String, Integer> current) {
    List<Layer> moved = new ArrayList<>();
    madeOn.forEach(
        (id, version) -> {
          Integer now = current.get(id);
          if (!version.equals(now)) {
            moved.add(new Layer(id, version, now));
          }
        });
    return new BaselineChange(!moved.isEmpty(), moved);
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
