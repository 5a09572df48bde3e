package cn.chegu.viewer.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/** The one rule for missing tools: skipped on a developer machine, failed under CI=true. */
class RequiredToolConditionTest {

  @Test
  void runsWhenNothingIsMissing() {
    assertThat(RequiredToolCondition.decide(null, false).isDisabled()).isFalse();
    assertThat(RequiredToolCondition.decide(null, true).isDisabled()).isFalse();
  }

  @Test
  void skipsWithTheReasonOutsideCi() {
    ConditionEvaluationResult r = RequiredToolCondition.decide("ogr2ogr is not on the PATH", false);
    assertThat(r.isDisabled()).isTrue();
    assertThat(r.getReason()).get().asString().contains("ogr2ogr is not on the PATH");
  }

  @Test
  void failsUnderCi() {
    assertThatThrownBy(() -> RequiredToolCondition.decide("ogr2ogr is not on the PATH", true))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ogr2ogr")
        .hasMessageContaining("CI=true");
  }
}
