package cn.chegu.viewer.sampledata;

import java.util.Arrays;
import java.util.Comparator;

/** Integer apportionment of a total in proportion to weights (largest-remainder method). */
final class Apportion {

  private Apportion() {}

  /**
   * Integers proportional to {@code weights} summing exactly to {@code total}: each gets the floor
   * of its quota, the rest go one each to the largest remainders (ties to the lower index).
   */
  static long[] largestRemainder(double[] weights, long total) {
    double sum = Arrays.stream(weights).sum();
    if (sum <= 0) {
      throw new IllegalArgumentException("weights must have a positive sum");
    }
    long[] out = new long[weights.length];
    double[] rem = new double[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      double quota = weights[i] / sum * total;
      out[i] = (long) Math.floor(quota);
      rem[i] = quota - out[i];
      given += out[i];
    }
    Integer[] order = new Integer[weights.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -rem[i]).thenComparing(i -> i));
    for (int k = 0; given < total; k++, given++) {
      out[order[k]]++;
    }
    return out;
  }
}
