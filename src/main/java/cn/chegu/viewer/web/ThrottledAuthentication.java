package cn.chegu.viewer.web;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check of the login form and HTTP Basic, counted by {@link LoginThrottle}: one
 * account's passwords are checked one at a time, and the delay is looked at, the password checked
 * and the outcome counted under one lock — so 100 parallel guesses get exactly as many checks as
 * the limit allows, not as many as arrive before the first failure is counted.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

  private final AuthenticationProvider passwords;
  private final LoginThrottle throttle;

  ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
    this.passwords = passwords;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication attempt) throws AuthenticationException {
    String account = attempt.getName();
    String address =
        attempt.getDetails() instanceof WebAuthenticationDetails web
            ? web.getRemoteAddress()
            : null;
    synchronized (throttle.lockFor(account)) {
      Optional<Duration> wait = throttle.locked(account, address);
      if (wait.isPresent()) {
        throttle.refused(account, address, wait.get());
        throw new LoginDelayedException(wait.get());
      }
      try {
        Authentication done = passwords.authenticate(attempt);
        throttle.succeeded(account, address);
        return done;
      } catch (AuthenticationException e) {
        throttle.failed(account, address);
        throw e;
      }
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return passwords.supports(authentication);
  }

  /** An attempt refused unchecked because its account or address is delayed: 429. */
  static final class LoginDelayedException extends AuthenticationException {
    private final Duration wait;

    LoginDelayedException(Duration wait) {
      super("too many failed logins: next attempt in " + Math.max(1, wait.toSeconds()) + " s");
      this.wait = wait;
    }

    long seconds() {
      return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
  }
}
