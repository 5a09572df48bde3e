package cn.chegu.viewer.scenario;

import java.time.Instant;
import java.util.List;

/**
 * A named what-if over the baseline.
 *
 * @param edits in the order they were made
 */
public record Scenario(
    long id, String name, String createdBy, Instant createdAt, List<FacilityEdit> edits) {
  public Scenario {
    edits = List.copyOf(edits);
  }
}
