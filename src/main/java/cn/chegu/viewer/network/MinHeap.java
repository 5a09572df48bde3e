package cn.chegu.viewer.network;

import java.util.Arrays;

/**
 * Binary min-heap of (double key, int value) on primitive arrays, with lazy deletion: a value may
 * be pushed again with a smaller key and stale entries are skipped by the caller.
 */
final class MinHeap {

  private double[] keys;
  private int[] values;
  private int size;

  MinHeap(int capacity) {
    keys = new double[Math.max(16, capacity)];
    values = new int[keys.length];
  }

  void clear() {
    size = 0;
  }

  boolean isEmpty() {
    return size == 0;
  }

  double peekKey() {
    return keys[0];
  }

  void push(double key, int value) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (keys[parent] <= key) {
        break;
      }
      keys[i] = keys[parent];
      values[i] = values[parent];
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** Removes the minimum and returns its value (read its key with {@link #peekKey} first). */
  int pop() {
    int top = values[0];
    size--;
    if (size > 0) {
      double key = keys[size];
      int value = values[size];
      int i = 0;
      while (true) {
        int child = 2 * i + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && keys[child + 1] < keys[child]) {
          child++;
        }
        if (keys[child] >= key) {
          break;
        }
        keys[i] = keys[child];
        values[i] = values[child];
        i = child;
      }
      keys[i] = key;
      values[i] = value;
    }
    return top;
  }
}
