package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Delays per account (any spelling) from one address, per account from all addresses and per
 * address, growing with every failure, on a clock the test moves; and the exact count under 100
 * parallel guesses.
 */
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

  /** 3 failures per account and address, 5 per address, 6 per account overall; 30 s doubling. */
  private final LoginThrottle throttle =
      new LoginThrottle(
          new LoginThrottleProperties(
              3, 5, Duration.ofMinutes(10), Duration.ofMinutes(5), Duration.ofSeconds(30), 6),
          clock);

  @Test
  void threeFailuresDelayTheAccountUnderEverySpellingFromThatAddressOnly() {
    throttle.failed("viewer", "10.0.0.1");
    throttle.failed("VIEWER", "10.0.0.1");
    assertThat(throttle.locked("viewer", "10.0.0.1")).isEmpty();
    throttle.failed(" Viewer ", "10.0.0.1");
    for (String spelling : List.of("viewer", "VIEWER", "vIeWeR", "viewer ")) {
      assertThat(throttle.locked(spelling, "10.0.0.1")).contains(Duration.ofSeconds(30));
    }
    assertThat(throttle.locked("viewer", "10.0.0.2")).as("the owner elsewhere").isEmpty();
    assertThat(throttle.locked("editor", "10.0.0.1")).isEmpty();
  }

  @Test
  void theDelayDoublesWithEveryFurtherFailureUpToTheLockoutAndThenExpires() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("editor", "a");
    }
    assertThat(throttle.locked("editor", "a")).contains(Duration.ofSeconds(30));
    now = now.plusSeconds(31);
    assertThat(throttle.locked("editor", "a")).as("one more try after the delay").isEmpty();
    throttle.failed("editor", "a");
    assertThat(throttle.locked("editor", "a")).contains(Duration.ofSeconds(60));
    now = now.plusSeconds(61);
    throttle.failed("editor", "a");
    assertThat(throttle.locked("editor", "a")).contains(Duration.ofSeconds(120));
    assertThat(throttle.delay(10)).isEqualTo(Duration.ofMinutes(5));
    now = now.plus(Duration.ofMinutes(5));
    assertThat(throttle.locked("editor", "a")).isEmpty();
  }

  @Test
  void guessingFromManyAddressesDelaysTheAccountEverywhereAndOneAddressEveryAccount() {
    for (int i = 0; i < 6; i++) {
      throttle.failed("editor", "10.0.1." + i);
    }
    assertThat(throttle.locked("Editor", "10.9.9.9")).isPresent();
    for (int i = 0; i < 5; i++) {
      throttle.failed("user" + i, "10.0.0.1");
    }
    assertThat(throttle.locked("someone", "10.0.0.1")).isPresent();
    assertThat(throttle.locked("someone", "10.0.0.2")).isEmpty();
  }

  @Test
  void failuresOutsideTheWindowDoNotAddUpAndSuccessClearsTheAccount() {
    throttle.failed("editor", "a");
    throttle.failed("editor", "a");
    now = now.plus(Duration.ofMinutes(11));
    throttle.failed("editor", "a");
    assertThat(throttle.locked("editor", "a")).isEmpty();
    throttle.succeeded("EDITOR", "a");
    throttle.failed("editor", "a");
    throttle.failed("editor", "a");
    assertThat(throttle.locked("editor", "a")).isEmpty();
  }

  @Test
  void aHundredParallelGuessesGetExactlyTheLimitChecked() throws Exception {
    AtomicInteger checks = new AtomicInteger();
    AuthenticationProvider wrong =
        new AuthenticationProvider() {
          @Override
          public Authentication authenticate(Authentication a) {
            checks.incrementAndGet();
            try {
              Thread.sleep(2); // a password hash takes time: the window the old count raced in
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            throw new BadCredentialsException("wrong");
          }

          @Override
          public boolean supports(Class<?> c) {
            return true;
          }
        };
    ThrottledAuthentication auth = new ThrottledAuthentication(wrong, throttle);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> outcomes = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String spelling = i % 2 == 0 ? "victim" : "VICTIM";
      outcomes.add(
          pool.submit(
              () -> {
                start.await();
                try {
                  auth.authenticate(new UsernamePasswordAuthenticationToken(spelling, "guess"));
                  return "in";
                } catch (ThrottledAuthentication.LoginDelayedException e) {
                  return "delayed";
                } catch (AuthenticationException e) {
                  return "wrong";
                }
              }));
    }
    start.countDown();
    List<String> answers = new ArrayList<>();
    for (Future<String> f : outcomes) {
      answers.add(f.get(30, TimeUnit.SECONDS));
    }
    pool.shutdown();
    // no web details in this test: the address is null, so per account-and-address and per account
    assertThat(checks.get()).isEqualTo(3);
    assertThat(answers).containsOnly("wrong", "delayed");
    assertThat(answers.stream().filter("wrong"::equals).count()).isEqualTo(3);
    assertThatThrownBy(
            () -> auth.authenticate(new UsernamePasswordAuthenticationToken("Victim", "right")))
        .isInstanceOf(ThrottledAuthentication.LoginDelayedException.class);
  }
}
