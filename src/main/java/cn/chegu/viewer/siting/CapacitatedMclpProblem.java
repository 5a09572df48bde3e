package cn.chegu.viewer.siting;

import java.util.BitSet;

/**
 * Capacitated maximal covering: open at most {@code newSites} candidates, each able to serve at
 * most {@code capacityPerSite} units of demand (beds, places), and assign the demand of cells
 * within reach to open sites so that the demand served is largest (see the package javadoc). The
 * demand of cell i is d_i = w_i &times; {@code unitsPerResident}; demands flagged in {@code
 * alreadyCovered} are served by existing facilities and never count.
 */
public record CapacitatedMclpProblem(
    CoverageSets coverage,
    DemandWeights weights,
    BitSet alreadyCovered,
    int newSites,
    double unitsPerResident,
    double capacityPerSite) {

  public CapacitatedMclpProblem {
    Problems.check(coverage, weights, alreadyCovered);
    alreadyCovered = (BitSet) alreadyCovered.clone();
    if (newSites < 0) {
      throw new IllegalArgumentException("newSites must be >= 0: " + newSites);
    }
    if (!(unitsPerResident > 0) || Double.isInfinite(unitsPerResident)) {
      throw new IllegalArgumentException("unitsPerResident must be > 0: " + unitsPerResident);
    }
    if (!(capacityPerSite > 0) || Double.isInfinite(capacityPerSite)) {
      throw new IllegalArgumentException("capacityPerSite must be > 0: " + capacityPerSite);
    }
  }

  /** Nothing is covered yet. */
  public CapacitatedMclpProblem(
      CoverageSets coverage,
      DemandWeights weights,
      int newSites,
      double unitsPerResident,
      double capacityPerSite) {
    this(coverage, weights, new BitSet(), newSites, unitsPerResident, capacityPerSite);
  }

  @Override
  public BitSet alreadyCovered() {
    return (BitSet) alreadyCovered.clone();
  }

  /** d_i, in the capacity's unit. */
  public double demand(int i) {
    return weights.residents(i) * unitsPerResident;
  }
}
