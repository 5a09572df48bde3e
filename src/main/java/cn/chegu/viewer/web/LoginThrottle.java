package cn.chegu.viewer.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing, for the login form and HTTP Basic alike. Failures are counted per
 * <em>canonical</em> account name (trimmed, lower-cased: user names are case-insensitive, so {@code
 * VIEWER} and {@code viewer} are one account) on three keys:
 *
 * <ul>
 *   <li>the account from one client address — {@code accountFailures} failures within {@code
 *       window} start the delay there;
 *   <li>the account from any address — {@code accountFailuresFromAnyAddress} (guessing spread over
 *       many addresses);
 *   <li>the address, whatever the account — {@code addressFailures}.
 * </ul>
 *
 * Past the limit a key is <em>delayed</em>, not disabled: the next attempt is refused (429 with
 * {@code Retry-After}) until {@code delay}, doubled for every further failure, up to {@code
 * lockout}, has passed; then one more attempt is checked. So the owner of an account someone else
 * is guessing at, from another address, is not locked out, and even a guesser at the same address
 * gets one try per delay, never a burst. Each check is counted atomically ({@link
 * ThrottledAuthentication} checks one account's passwords one at a time), so parallel guesses
 * cannot exceed the limit; every refused or delayed attempt is logged.
 */
@Component
class LoginThrottle {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

  /** Most keys tracked; older, undelayed entries are dropped first. */
  static final int MAX_TRACKED = 10_000;

  private final LoginThrottleProperties limits;
  private final Clock clock;
  private final Map<String, Failures> keys = new ConcurrentHashMap<>();
  private final Object[] stripes = new Object[64];

  @Autowired
  LoginThrottle(LoginThrottleProperties limits) {
    this(limits, Clock.systemUTC());
  }

  LoginThrottle(LoginThrottleProperties limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
    for (int i = 0; i < stripes.length; i++) {
      stripes[i] = new Object();
    }
  }

  /** Failures of one key in the current window, and until when it waits (epoch ms). */
  private record Failures(long windowStart, int count, long delayedUntil) {}

  /** The account name as the user store knows it: trimmed, lower-cased. */
  static String canonical(String account) {
    return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
  }

  /** A lock to hold while one account's password is checked and the outcome counted. */
  Object lockFor(String account) {
    return stripes[Math.floorMod(canonical(account).hashCode(), stripes.length)];
  }

  /** How long before an attempt for this account from this address may be checked, if at all. */
  Optional<Duration> locked(String account, String address) {
    String a = canonical(account);
    long now = clock.millis();
    long until =
        Math.max(
            until("account:" + a + "@" + address),
            Math.max(until("account:" + a), until("address:" + address)));
    return until > now ? Optional.of(Duration.ofMillis(until - now)) : Optional.empty();
  }

  /** Logs an attempt refused because its key is delayed. */
  void refused(String account, String address, Duration wait) {
    log.warn(
        "login as '{}' from {} refused without checking the password: {} s of delay left",
        canonical(account),
        address,
        Math.max(1, wait.toSeconds()));
  }

  void failed(String account, String address) {
    String a = canonical(account);
    record("account:" + a + "@" + address, limits.accountFailures(), a, address);
    record("account:" + a, limits.accountFailuresFromAnyAddress(), a, address);
    record("address:" + address, limits.addressFailures(), a, address);
  }

  /** A right password clears the account's counts (from that address and overall). */
  void succeeded(String account, String address) {
    String a = canonical(account);
    keys.remove("account:" + a + "@" + address);
    keys.remove("account:" + a);
  }

  private long until(String key) {
    Failures f = keys.get(key);
    return f == null ? 0 : f.delayedUntil();
  }

  private void record(String key, int max, String account, String address) {
    long now = clock.millis();
    if (keys.size() >= MAX_TRACKED) {
      keys.values().removeIf(f -> f.delayedUntil() <= now);
    }
    Failures after =
        keys.compute(
            key,
            (k, f) -> {
              boolean fresh =
                  f == null
                      || (now - f.windowStart() > limits.window().toMillis()
                          && f.delayedUntil() <= now);
              long start = fresh ? now : f.windowStart();
              int count = (fresh ? 0 : f.count()) + 1;
              long until = fresh ? 0 : f.delayedUntil();
              if (count >= max) {
                until = now + delay(count - max).toMillis();
              }
              return new Failures(start, count, until);
            });
    if (after.delayedUntil() > now) {
      log.warn(
          "failed login #{} as '{}' from {} ({}): next attempt checked in {} s",
          after.count(),
          account,
          address,
          key.startsWith("address:") ? "this address" : "this account",
          (after.delayedUntil() - now + 999) / 1000);
    }
  }

  /** {@code delay} doubled {@code beyond} times, at most {@code lockout}. */
  Duration delay(int beyond) {
    Duration d = limits.delay();
    for (int i = 0; i < beyond && d.compareTo(limits.lockout()) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(limits.lockout()) > 0 ? limits.lockout() : d;
  }
}
