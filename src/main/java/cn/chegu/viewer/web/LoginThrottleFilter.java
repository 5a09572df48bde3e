package cn.chegu.viewer.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt (form post to {@code /api/login}, or any request with HTTP Basic
 * credentials) while its account (any spelling) or address is delayed by {@link LoginThrottle}: 429
 * with {@code Retry-After}, before the password is even checked. (The exact count is kept by {@link
 * ThrottledAuthentication}; this is the cheap early answer.)
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LoginThrottle throttle;

  LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String account = account(request);
    if (account != null) {
      Optional<Duration> locked = throttle.locked(account, request.getRemoteAddr());
      if (locked.isPresent()) {
        throttle.refused(account, request.getRemoteAddr(), locked.get());
        long seconds = Math.max(1, (locked.get().toMillis() + 999) / 1000);
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(
            response.getWriter(),
            Map.of(
                "status",
                429,
                "error",
                "Too Many Requests",
                "message",
                "too many failed logins for this account or from this address: next attempt in "
                    + seconds
                    + " s"));
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** The account a request tries to log in as, or null when it carries no credentials. */
  private static String account(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded =
            new String(
                Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? decoded : decoded.substring(0, colon);
      } catch (IllegalArgumentException e) {
        return null; // not Base64: the Basic filter refuses it
      }
    }
    if ("POST".equals(request.getMethod()) && "/api/login".equals(request.getRequestURI())) {
      String user = request.getParameter("username");
      return user == null ? "" : user;
    }
    return null;
  }
}
