package cn.chegu.viewer.siting;

import java.util.BitSet;

/**
 * Set covering, share-target variant: the fewest new sites such that existing plus new facilities
 * cover at least {@code targetShare} (0..1) of all residents (Toregas et al. 1971; see the package
 * javadoc).
 */
public record LscpProblem(
    CoverageSets coverage, DemandWeights weights, BitSet alreadyCovered, double targetShare) {

  public LscpProblem {
    Problems.check(coverage, weights, alreadyCovered);
    alreadyCovered = (BitSet) alreadyCovered.clone();
    if (!(targetShare >= 0 && targetShare <= 1)) {
      throw new IllegalArgumentException("targetShare must be in [0, 1]: " + targetShare);
    }
  }

  /** Nothing is covered yet. */
  public LscpProblem(CoverageSets coverage, DemandWeights weights, double targetShare) {
    this(coverage, weights, new BitSet(), targetShare);
  }

  @Override
  public BitSet alreadyCovered() {
    return (BitSet) alreadyCovered.clone();
  }

  /** Residents that new sites must cover: ceil(targetShare * W) - W_0, at least 0. */
  long residentsNeeded() {
    long target = (long) Math.ceil(targetShare * weights.totalResidents() - 1e-9);
    return Math.max(0, target - Problems.alreadyCoveredResidents(weights, alreadyCovered));
  }
}
