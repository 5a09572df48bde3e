package cn.chegu.viewer.siting;

import java.util.Arrays;

/** Residents per demand (non-negative integers); immutable. */
public final class DemandWeights {

  private final long[] residents;
  private final long total;

  private DemandWeights(long[] residents) {
    long sum = 0;
    for (int i = 0; i < residents.length; i++) {
      if (residents[i] < 0) {
        throw new IllegalArgumentException("residents of demand " + i + " < 0: " + residents[i]);
      }
      sum = Math.addExact(sum, residents[i]);
    }
    this.residents = residents;
    this.total = sum;
  }

  /** Weights from residents per demand (copied). */
  public static DemandWeights of(long... residents) {
    return new DemandWeights(residents.clone());
  }

  /** Weights from residents per demand (copied). */
  public static DemandWeights of(int... residents) {
    return new DemandWeights(Arrays.stream(residents).asLongStream().toArray());
  }

  public int demandCount() {
    return residents.length;
  }

  public long residents(int demand) {
    return residents[demand];
  }

  /** All residents, W. */
  public long totalResidents() {
    return total;
  }
}
