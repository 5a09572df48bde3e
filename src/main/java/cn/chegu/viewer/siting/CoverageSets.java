package cn.chegu.viewer.siting;

import java.util.Arrays;
import java.util.BitSet;

/** N_i for every demand i: the candidates covering it within the standard's limit. Immutable. */
public final class CoverageSets {

  private final int candidateCount;
  private final int[][] sets;

  private CoverageSets(int candidateCount, int[][] sets) {
    this.candidateCount = candidateCount;
    this.sets = sets;
  }

  /** N_i = { j : minutes(i, j) &le; limitMinutes } (limit above the matrix cutoff is an error). */
  public static CoverageSets within(CostMatrix matrix, double limitMinutes) {
    if (limitMinutes > matrix.cutoffMinutes()) {
      throw new IllegalArgumentException(
          "limit " + limitMinutes + " min exceeds the matrix cutoff " + matrix.cutoffMinutes());
    }
    int[][] sets = new int[matrix.demandCount()][];
    for (int i = 0; i < sets.length; i++) {
      sets[i] = matrix.candidatesWithin(i, limitMinutes);
    }
    return new CoverageSets(matrix.candidateCount(), sets);
  }

  /** From explicit sets (copied, sorted, duplicates removed), e.g. for hand-made instances. */
  public static CoverageSets of(int candidateCount, int[]... sets) {
    int[][] copy = new int[sets.length][];
    for (int i = 0; i < sets.length; i++) {
      copy[i] = Arrays.stream(sets[i]).sorted().distinct().toArray();
      for (int j : copy[i]) {
        if (j < 0 || j >= candidateCount) {
          throw new IndexOutOfBoundsException("candidate " + j + " of demand " + i);
        }
      }
    }
    return new CoverageSets(candidateCount, copy);
  }

  /**
   * Demands an existing facility already covers: those with any pair in {@code existing} (demand x
   * existing facility) within {@code limitMinutes}.
   */
  public static BitSet alreadyCovered(CostMatrix existing, double limitMinutes) {
    BitSet covered = new BitSet(existing.demandCount());
    for (int i = 0; i < existing.demandCount(); i++) {
      if (existing.candidatesWithin(i, limitMinutes).length > 0) {
        covered.set(i);
      }
    }
    return covered;
  }

  public int demandCount() {
    return sets.length;
  }

  public int candidateCount() {
    return candidateCount;
  }

  /** A copy of N_i, ascending. */
  public int[] candidatesCovering(int demand) {
    return sets[demand].clone();
  }

  int[] set(int demand) {
    return sets[demand];
  }
}
