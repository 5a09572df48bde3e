package cn.chegu.viewer.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompoundsTest {

  /** A 6 × 6 grid of full cells, indices row-major; the left column (c = 0) is not eligible. */
  private static final int N = 6;

  /** Kinds like the sample's (gis-data/model-parameters.json). */
  private static final Compounds.Kind COMPOUND = new Compounds.Kind(2, 12, 1_500, 2_500, 0.75);

  private static final Compounds.Kind VILLAGE = new Compounds.Kind(1, 4, 100, 400, 0.5);

  private final int[] col = new int[N * N];
  private final int[] row = new int[N * N];
  private final double[] share = new double[N * N];
  private final List<Integer> eligible = new ArrayList<>();

  CompoundsTest() {
    for (int i = 0; i < N * N; i++) {
      col[i] = i % N;
      row[i] = i / N;
      share[i] = 1;
      if (col[i] > 0) {
        eligible.add(i);
      }
    }
  }

  @Test
  void compoundsHoldThePoolAtTheMeanDensityOnEligibleCellsOnly() {
    boolean[] used = new boolean[N * N];
    used[5] = true; // (5, 0) already taken
    double[] w = Compounds.place(eligible, col, row, share, used, 10_000, COMPOUND, new Random(1));
    int cells = 0;
    for (int i = 0; i < w.length; i++) {
      if (w[i] > 0) {
        cells++;
        assertThat(col[i]).as("left column is not eligible").isPositive();
        assertThat(i).as("a used cell is not reused").isNotEqualTo(5);
        assertThat(w[i]).isBetween(1_500.0, 2_500.0);
        assertThat(used[i]).isTrue();
      }
    }
    // ⌈10,000 / 2,000⌉ = 5 cells at least; the last patch may overshoot by up to 11 cells.
    assertThat(cells).isBetween(5, 5 + 11);
  }

  @Test
  void aPatchIsFourConnectedWithOneDensity() {
    double[] w =
        Compounds.place(eligible, col, row, share, new boolean[N * N], 1, COMPOUND, new Random(7));
    List<Integer> patch = new ArrayList<>();
    for (int i = 0; i < w.length; i++) {
      if (w[i] > 0) {
        patch.add(i);
      }
    }
    assertThat(patch).hasSizeBetween(2, 12);
    assertThat(patch.stream().mapToDouble(i -> w[i]).distinct().count()).isEqualTo(1);
    List<Integer> reached = new ArrayList<>(List.of(patch.get(0)));
    for (int k = 0; k < reached.size(); k++) {
      int a = reached.get(k);
      for (int b : patch) {
        if (!reached.contains(b) && Math.abs(col[a] - col[b]) + Math.abs(row[a] - row[b]) == 1) {
          reached.add(b);
        }
      }
    }
    assertThat(reached).containsExactlyInAnyOrderElementsOf(patch);
  }

  @Test
  void noPoolNoPatch() {
    double[] w =
        Compounds.place(eligible, col, row, share, new boolean[N * N], 0, VILLAGE, new Random(1));
    assertThat(w).containsOnly(0.0);
  }
}
