package cn.chegu.viewer.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing, for the login form and HTTP Basic alike: {@code accountFailures} failed
 * logins for one account name, or {@code addressFailures} from one IP address, within {@code
 * window} lock that account (or address) out for {@code lockout}; the lock-out then expires by
 * itself. A successful login clears its account's count. While locked, even the right password is
 * refused (429 with {@code Retry-After}), so guessing cannot continue at full speed.
 */
@Component
class LoginThrottle {

  /** Most account names and addresses tracked; older, unlocked entries are dropped first. */
  static final int MAX_TRACKED = 10_000;

  private final LoginThrottleProperties limits;
  private final Clock clock;
  private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
  private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

  @Autowired
  LoginThrottle(LoginThrottleProperties limits) {
    this(limits, Clock.systemUTC());
  }

  LoginThrottle(LoginThrottleProperties limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /** Failures of one key in the current window, and until when it is locked (epoch ms). */
  private record Failures(long windowStart, int count, long lockedUntil) {}

  /** How long the account or the address stays locked, if it is. */
  Optional<Duration> locked(String account, String address) {
    long now = clock.millis();
    long until = Math.max(lockedUntil(accounts, account), lockedUntil(addresses, address));
    return until > now ? Optional.of(Duration.ofMillis(until - now)) : Optional.empty();
  }

  void failed(String account, String address) {
    record(accounts, account, limits.accountFailures());
    record(addresses, address, limits.addressFailures());
  }

  void succeeded(String account) {
    if (account != null) {
      accounts.remove(account);
    }
  }

  @EventListener
  void onFailure(AbstractAuthenticationFailureEvent event) {
    failed(event.getAuthentication().getName(), address(event.getAuthentication().getDetails()));
  }

  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    succeeded(event.getAuthentication().getName());
  }

  private static String address(Object details) {
    return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
  }

  private static long lockedUntil(Map<String, Failures> map, String key) {
    Failures f = key == null ? null : map.get(key);
    return f == null ? 0 : f.lockedUntil();
  }

  private void record(Map<String, Failures> map, String key, int max) {
    if (key == null) {
      return;
    }
    long now = clock.millis();
    if (map.size() >= MAX_TRACKED) {
      map.values().removeIf(f -> f.lockedUntil() <= now);
    }
    map.compute(
        key,
        (k, f) -> {
          boolean fresh = f == null || now - f.windowStart() > limits.window().toMillis();
          long start = fresh ? now : f.windowStart();
          int count = (fresh ? 0 : f.count()) + 1;
          long lockedUntil = f == null ? 0 : f.lockedUntil();
          if (count >= max) {
            return new Failures(now, 0, now + limits.lockout().toMillis());
          }
          return new Failures(start, count, lockedUntil);
        });
  }
}
