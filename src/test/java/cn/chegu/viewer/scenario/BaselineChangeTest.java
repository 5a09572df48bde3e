package cn.chegu.viewer.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The baseline-changed notice, on version maps small enough to check by eye. */
class BaselineChangeTest {

  private static Map<String, Integer> versions(Object... pairs) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (Integer) pairs[i + 1]);
    }
    return m;
  }

  @Test
  void sameVersionsAreNoChangeAndHaveNoNote() {
    BaselineChange c =
        BaselineChange.of(
            versions("zone", 1, "facilities", 2), versions("zone", 1, "facilities", 2));
    assertThat(c.changed()).isFalse();
    assertThat(c.layers()).isEmpty();
    assertThat(c.note()).isNull();
    assertThat(c.noteZh()).isNull();
  }

  @Test
  void aMovedOrRemovedLayerIsNamedWithBothVersionsInBothLanguages() {
    BaselineChange c =
        BaselineChange.of(
            versions("zone", 1, "facilities", 2, "roads", 1, "water", 1),
            versions("zone", 1, "facilities", 4, "roads", 1, "parks", 1));
    assertThat(c.changed()).isTrue();
    assertThat(c.layers())
        .containsExactly(
            new BaselineChange.Layer("facilities", 2, 4),
            new BaselineChange.Layer("water", 1, null));
    assertThat(c.note())
        .isEqualTo(
            "the baseline changed since this scenario was made (facilities version 2 → 4, water"
                + " version 1 → removed): its numbers are computed on the current layers, not on"
                + " those it was made on");
    assertThat(c.noteZh())
        .isEqualTo("本方案创建后基础数据已更新（facilities 版本 2 → 4；water 版本 1 → 已删除）：结果按当前图层计算，而非方案创建时的图层");
  }

  @Test
  void aLayerAddedSinceAndAScenarioWithoutRecordedVersionsAreNoChange() {
    assertThat(BaselineChange.of(versions("zone", 1), versions("zone", 1, "parks", 3)).changed())
        .isFalse();
    assertThat(BaselineChange.of(Map.of(), versions("zone", 5)).layers()).isEqualTo(List.of());
  }

  /**
   * Content decides: facilities went 2 → 4 but version 4 is a restore of version 2 (same checksum),
   * roads went 1 → 2 with new content, water's version 3 content is unknown (counts as changed).
   */
  @Test
  void aMovedVersionWithTheSameContentIsNoChange() {
    Map<String, String> content =
        Map.of("facilities@2", "aaa", "facilities@4", "aaa", "roads@1", "bbb", "roads@2", "ccc");
    BaselineChange c =
        BaselineChange.of(
            versions("facilities", 2, "roads", 1, "water", 1),
            versions("facilities", 4, "roads", 2, "water", 3),
            (layer, version) -> content.get(layer + "@" + version));
    assertThat(c.layers())
        .containsExactly(
            new BaselineChange.Layer("roads", 1, 2), new BaselineChange.Layer("water", 1, 3));
    BaselineChange restored =
        BaselineChange.of(
            versions("facilities", 2),
            versions("facilities", 4),
            (layer, version) -> content.get(layer + "@" + version));
    assertThat(restored.changed()).isFalse();
    assertThat(restored.note()).isNull();
  }
}
