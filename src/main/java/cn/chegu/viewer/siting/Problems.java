package cn.chegu.viewer.siting;

import java.util.BitSet;
import java.util.Objects;

/** Shared checks of the problem records. */
final class Problems {

  private Problems() {}

  static void check(CoverageSets coverage, DemandWeights weights, BitSet alreadyCovered) {
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(alreadyCovered, "alreadyCovered");
    if (coverage.demandCount() != weights.demandCount()) {
      throw new IllegalArgumentException(
          "coverage has "
              + coverage.demandCount()
              + " demands but weights "
              + weights.demandCount());
    }
    if (alreadyCovered.length() > coverage.demandCount()) {
      throw new IndexOutOfBoundsException("alreadyCovered flags a demand beyond the last");
    }
  }

  static long alreadyCoveredResidents(DemandWeights weights, BitSet alreadyCovered) {
    long sum = 0;
    for (int i = alreadyCovered.nextSetBit(0); i >= 0; i = alreadyCovered.nextSetBit(i + 1)) {
      sum += weights.residents(i);
    }
    return sum;
  }
}
