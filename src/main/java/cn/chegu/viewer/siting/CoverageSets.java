package cn.chegu.viewer.siting;

import java.util.Arrays;
import java.util.BitSet;

/** N_i for every demand i: the candidates covering it within the standard's limit. Immutable. */
public final class CoverageSets {

  private final int candidateCount;
  private final int[][] sets;

  /** The transpose (per candidate, the demands it covers), built on first use. */
  private volatile int[][] columns;

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

  /**
   * The demands candidate j covers, ascending: column j of the sets, read without a shortest-path
   * tree. The transpose of all sets is built on the first call (one pass over the pairs) and kept.
   */
  public BitSet demandsCoveredBy(int candidate) {
    int[] column = columns()[candidate];
    BitSet out = new BitSet(sets.length);
    for (int i : column) {
      out.set(i);
    }
    return out;
  }

  /** Builds the transpose now (e.g. in a background build, so that no request pays for it). */
  public void prepareColumns() {
    columns();
  }

  private int[][] columns() {
    int[][] c = columns;
    if (c == null) {
      synchronized (this) {
        c = columns;
        if (c == null) {
          c = transpose();
          columns = c;
        }
      }
    }
    return c;
  }

  private int[][] transpose() {
    int[] count = new int[candidateCount];
    for (int[] set : sets) {
      for (int j : set) {
        count[j]++;
      }
    }
    int[][] out = new int[candidateCount][];
    for (int j = 0; j < candidateCount; j++) {
      out[j] = new int[count[j]];
      count[j] = 0;
    }
    for (int i = 0; i < sets.length; i++) { // ascending i: each column comes out sorted
      for (int j : sets[i]) {
        out[j][count[j]++] = i;
      }
    }
    return out;
  }

  int[] set(int demand) {
    return sets[demand];
  }
}
