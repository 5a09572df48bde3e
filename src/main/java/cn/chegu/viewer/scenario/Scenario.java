package cn.chegu.viewer.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A named what-if over the baseline.
 *
 * @param edits in the order they were made
 * @param layerVersions the version of each layer when the scenario was made (layer id → version;
 *     empty for scenarios made before layers had versions)
 */
public record Scenario(
    long id,
    String name,
    String createdBy,
    Instant createdAt,
    List<FacilityEdit> edits,
    Map<String, Integer> layerVersions) {
  public Scenario {
    edits = List.copyOf(edits);
    layerVersions =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(layerVersions));
  }

  public Scenario(
      long id, String name, String createdBy, Instant createdAt, List<FacilityEdit> edits) {
    this(id, name, createdBy, createdAt, edits, Map.of());
  }
}
