package cn.chegu.viewer.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WeightedKMeansTest {

  /**
   * Two groups 1 km apart: (0,0) weight 1 and (0,100) weight 3 → centre (0,75); (1000,0) weight 2
   * and (1100,0) weight 2 → centre (1050,0).
   */
  @Test
  void twoGroupsGetTheirWeightedMeans() {
    double[][] xy = {{0, 0}, {0, 100}, {1000, 0}, {1100, 0}};
    double[] w = {1, 3, 2, 2};
    WeightedKMeans.Result r = WeightedKMeans.cluster(xy, w, 2, new Random(1));
    int a = r.assignment()[0];
    int b = r.assignment()[2];
    assertThat(r.assignment()).containsExactly(a, a, b, b);
    assertThat(a).isNotEqualTo(b);
    assertThat(r.centres()[a]).containsExactly(0, 75);
    assertThat(r.centres()[b]).containsExactly(1050, 0);
  }

  @Test
  void oneCentreIsTheWeightedMeanOfAll() {
    double[][] xy = {{0, 0}, {400, 0}, {0, 400}};
    double[] w = {2, 1, 1};
    WeightedKMeans.Result r = WeightedKMeans.cluster(xy, w, 1, new Random(7));
    assertThat(r.centres()[0]).containsExactly(100, 100);
  }

  @Test
  void sameSeedSameCentres() {
    Random data = new Random(3);
    double[][] xy = new double[200][];
    double[] w = new double[200];
    for (int i = 0; i < xy.length; i++) {
      xy[i] = new double[] {data.nextDouble() * 5000, data.nextDouble() * 5000};
      w[i] = 1 + data.nextInt(100);
    }
    double[][] first = WeightedKMeans.cluster(xy, w, 6, new Random(42)).centres();
    double[][] second = WeightedKMeans.cluster(xy, w, 6, new Random(42)).centres();
    assertThat(second).isDeepEqualTo(first);
  }
}
