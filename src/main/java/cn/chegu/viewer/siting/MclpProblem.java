package cn.chegu.viewer.siting;

import java.util.BitSet;

/**
 * Maximal covering: choose at most {@code newSites} candidates maximising the residents newly
 * covered (Church &amp; ReVelle 1974; see the package javadoc). Demands flagged in {@code
 * alreadyCovered} are covered by existing facilities and never count in the objective.
 */
public record MclpProblem(
    CoverageSets coverage, DemandWeights weights, BitSet alreadyCovered, int newSites) {

  public MclpProblem {
    Problems.check(coverage, weights, alreadyCovered);
    alreadyCovered = (BitSet) alreadyCovered.clone();
    if (newSites < 0) {
      throw new IllegalArgumentException("newSites must be >= 0: " + newSites);
    }
  }

  /** Nothing is covered yet. */
  public MclpProblem(CoverageSets coverage, DemandWeights weights, int newSites) {
    this(coverage, weights, new BitSet(), newSites);
  }

  @Override
  public BitSet alreadyCovered() {
    return (BitSet) alreadyCovered.clone();
  }
}
