package cn.chegu.viewer.siting;

import java.util.Arrays;

/** An int array as a map key, compared and hashed by content (a reach set, a class's groups). */
record IntsKey(int[] values) {

  @Override
  public boolean equals(Object o) {
    return o instanceof IntsKey k && Arrays.equals(values, k.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return Arrays.toString(values);
  }
}
