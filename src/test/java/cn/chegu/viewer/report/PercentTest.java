package cn.chegu.viewer.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentTest {

  @Test
  void oneDecimalRoundedLikePythonButNever100UnlessAllAreCovered() {
    assertThat(Percent.of(0.6051, 6051, 10_000)).isEqualTo("60.5");
    assertThat(Percent.of(0.6056, 6056, 10_000)).isEqualTo("60.6");
    // 99.95 % of the residents: rounding would print 100.0, which would claim full coverage
    assertThat(Percent.of(0.9995, 9995, 10_000)).isEqualTo("99.9");
    assertThat(Percent.of(1.0, 10_000, 10_000)).isEqualTo("100.0");
    assertThat(Percent.of(0, 0, 10)).isEqualTo("0.0");
  }
}
