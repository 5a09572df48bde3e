package cn.chegu.viewer.coverage;

import java.util.List;

/**
 * The gaps of a coverage answer.
 *
 * @param gaps gaps of at least {@code minResidents} residents, rank 1 first
 * @param minResidents smaller clusters are folded into the remainder
 * @param remainderResidents residents of the folded clusters; Σ gap residents + remainder =
 *     uncovered residents
 * @param remainderClusters number of folded clusters
 */
public record Gaps(
    List<Gap> gaps, long minResidents, long remainderResidents, int remainderClusters) {

  public Gaps {
    gaps = List.copyOf(gaps);
  }

  /** Residents of all gaps plus the remainder: the uncovered residents. */
  public long uncoveredResidents() {
    return gaps.stream().mapToLong(Gap::residents).sum() + remainderResidents;
  }
}
