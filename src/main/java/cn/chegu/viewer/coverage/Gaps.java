package cn.chegu.viewer.coverage;

import java.util.List;

/**
 * The gaps of a coverage answer.
 *
 * @param gaps gaps of at least {@code minResidents} residents, rank 1 first
 * @param minResidents smaller clusters are folded into the remainder
 * @param minCellResidents cells holding fewer residents are sparse (never part of a gap)
 * @param remainderResidents uncovered residents outside the gaps: folded clusters plus sparse
 *     cells; Σ gap residents + remainder = uncovered residents
 * @param remainderClusters number of folded clusters
 * @param sparseResidents of the remainder, uncovered residents of sparse cells
 */
public record Gaps(
    List<Gap> gaps,
    long minResidents,
    long minCellResidents,
    long remainderResidents,
    int remainderClusters,
    long sparseResidents) {

  public Gaps {
    gaps = List.copyOf(gaps);
  }

  /** Residents of all gaps plus the remainder: the uncovered residents. */
  public long uncoveredResidents() {
    return gaps.stream().mapToLong(Gap::residents).sum() + remainderResidents;
  }
}
