package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Lock-outs per account and per address, and their expiry, on a clock the test moves. */
class LoginThrottleTest {

  private Instant now = Instant.parse("2026-11-30T12:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  private final LoginThrottle throttle =
      new LoginThrottle(
          new LoginThrottleProperties(3, 5, Duration.ofMinutes(10), Duration.ofMinutes(5)), clock);

  @Test
  void threeFailuresLockTheAccountForFiveMinutesThenItIsFree() {
    throttle.failed("editor", "10.0.0.1");
    throttle.failed("editor", "10.0.0.2");
    assertThat(throttle.locked("editor", "10.0.0.3")).isEmpty();
    throttle.failed("editor", "10.0.0.3");
    assertThat(throttle.locked("editor", "10.0.0.9")).contains(Duration.ofMinutes(5));
    assertThat(throttle.locked("viewer", "10.0.0.9")).isEmpty();
    now = now.plus(Duration.ofMinutes(5)).plusSeconds(1);
    assertThat(throttle.locked("editor", "10.0.0.9")).isEmpty();
  }

  @Test
  void fiveFailuresFromOneAddressLockThatAddressForEveryAccount() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("user" + i, "10.0.0.1");
    }
    assertThat(throttle.locked("someone", "10.0.0.1")).isPresent();
    assertThat(throttle.locked("someone", "10.0.0.2")).isEmpty();
  }

  @Test
  void failuresOutsideTheWindowDoNotAddUpAndSuccessClearsTheAccount() {
    throttle.failed("editor", "a");
    throttle.failed("editor", "b");
    now = now.plus(Duration.ofMinutes(11));
    throttle.failed("editor", "c");
    assertThat(throttle.locked("editor", "d")).isEmpty();
    throttle.succeeded("editor");
    throttle.failed("editor", "e");
    throttle.failed("editor", "f");
    assertThat(throttle.locked("editor", "g")).isEmpty();
  }
}
