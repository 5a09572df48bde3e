package cn.chegu.viewer.siting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A phase's control ({@link SolveControl#sooner}): the earlier deadline, the request's cancel. */
class SolveControlTest {

  @Test
  void aPhaseEndsAtTheEarlierDeadline() {
    SolveControl request = SolveControl.within(Duration.ofSeconds(10));
    SolveControl phase = request.sooner(System.nanoTime() + Duration.ofSeconds(2).toNanos());
    assertThat(phase.remainingNanos()).isBetween(1L, Duration.ofSeconds(2).toNanos());
    SolveControl later = request.sooner(System.nanoTime() + Duration.ofSeconds(60).toNanos());
    assertThat(later.remainingNanos())
        .isGreaterThan(Duration.ofSeconds(2).toNanos())
        .isLessThanOrEqualTo(Duration.ofSeconds(10).toNanos());
    SolveControl past = request.sooner(System.nanoTime() - 1);
    assertThat(past.stopped()).isTrue();
    assertThat(request.stopped()).isFalse();
  }

  @Test
  void cancellingTheRequestCancelsItsPhaseAndRunsThePhaseHooks() throws Exception {
    SolveControl request = SolveControl.within(Duration.ofSeconds(10));
    SolveControl phase = request.sooner(Long.MAX_VALUE);
    AtomicInteger interrupted = new AtomicInteger();
    try (AutoCloseable hook = phase.onCancel(interrupted::incrementAndGet)) {
      request.cancel();
    }
    assertThat(phase.cancelled()).isTrue();
    assertThat(phase.stopped()).isTrue();
    assertThat(phase.remainingNanos()).isZero();
    assertThat(interrupted).hasValue(1);
  }

  @Test
  void cancellingAPhaseLeavesTheRequestRunning() {
    SolveControl request = SolveControl.within(Duration.ofSeconds(10));
    SolveControl phase = request.sooner(Long.MAX_VALUE);
    phase.cancel();
    assertThat(phase.cancelled()).isTrue();
    assertThat(request.cancelled()).isFalse();
    assertThat(request.remainingNanos()).isPositive();
  }
}
