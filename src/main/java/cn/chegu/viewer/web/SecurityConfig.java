package cn.chegu.viewer.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Reading is open; every write needs an authenticated EDITOR.
 *
 * <p>The browser logs in with a form post to {@code /api/login} (a session cookie) and sends the
 * {@code XSRF-TOKEN} cookie's value back as {@code X-XSRF-TOKEN} on every write, so a page of
 * another site cannot write on the user's behalf. Scripts may instead send HTTP Basic credentials;
 * a request with Basic credentials and <em>no session cookie</em> is exempt from the CSRF token (a
 * cross-site page cannot add an {@code Authorization} header without a refused CORS pre-flight, and
 * wrong credentials are refused by the Basic filter before anything is written). A session cookie
 * with any {@code Authorization} header still needs the token. No {@code WWW-Authenticate}
 * challenge is ever sent, so the browser never caches Basic credentials.
 *
 * <p>Anonymous writes answer 401, a viewer's writes 403; an editor's write without the CSRF token
 * 403 saying the token is missing. Failed logins are throttled ({@link LoginThrottle}). Answers
 * carry a Content-Security-Policy ({@link #contentSecurityPolicy}) and {@code Referrer-Policy:
 * same-origin}.
 */
@Configuration
class SecurityConfig {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Scripts and everything else from this origin only; inline styles allowed (Leaflet and the
   * panels position elements with them); images also from the optional OSM tile server and data: /
   * blob: URLs (canvas patterns, exports); no framing by other sites.
   */
  /** The policy with {@code img-src} open to the configured basemaps' tile hosts only. */
  static String contentSecurityPolicy(BasemapProperties basemaps) {
    return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
        + " img-src 'self' data: blob:"
        + basemaps.tileOrigins().stream().map(o -> " " + o).reduce("", String::concat)
        + "; connect-src 'self';"
        + " font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self';"
        + " frame-ancestors 'none'";
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  InMemoryUserDetailsManager users(AccountsProperties accounts) {
    InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager();
    for (AccountsProperties.Account a : accounts.users()) {
      manager.createUser(
          User.withUsername(a.username()).password(a.password()).roles(a.role().name()).build());
    }
    return manager;
  }

  /**
   * The one password check (login form and HTTP Basic), throttled per canonical account name; as
   * the only {@link AuthenticationProvider} bean it replaces Spring's own, so no check bypasses it.
   */
  @Bean
  AuthenticationProvider throttledPasswords(
      InMemoryUserDetailsManager users, PasswordEncoder encoder, LoginThrottle throttle) {
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
    dao.setPasswordEncoder(encoder);
    return new ThrottledAuthentication(dao, throttle);
  }

  /**
   * A path the firewall refuses (an encoded {@code /}, {@code \\}, {@code %}, {@code .} or NUL,
   * {@code ..} segments): 400 with the JSON problem, not an empty answer.
   */
  @Bean
  RequestRejectedHandler requestRejected() {
    return (req, res, e) ->
        status(
            res,
            400,
            "the request path is not allowed (encoded '/', '\\', '%', '.' or NUL, or '..'"
                + " segments)");
  }

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http, LoginThrottle throttle, BasemapProperties basemaps) throws Exception {
    CsrfTokenRequestAttributeHandler plainToken = new CsrfTokenRequestAttributeHandler();
    plainToken.setCsrfRequestAttributeName(null); // resolve the token on every request
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(HttpMethod.GET, "/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.HEAD, "/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.OPTIONS, "/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, "/api/login", "/api/logout")
                    .permitAll()
                    .requestMatchers("/error")
                    .permitAll()
                    // Siting only reads: it proposes sites and saves nothing.
                    .requestMatchers(
                        HttpMethod.POST,
                        "/api/siting",
                        "/api/siting/evaluate",
                        "/api/siting/joint",
                        "/api/siting/joint/evaluate")
                    .permitAll()
                    // anyone may cancel a siting solve they started (job ids are unguessable)
                    .requestMatchers(HttpMethod.DELETE, "/api/jobs/*")
                    .permitAll()
                    .anyRequest()
                    .hasAnyRole("EDITOR", "ADMIN"))
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfTokens())
                    .csrfTokenRequestHandler(plainToken)
                    .ignoringRequestMatchers(SecurityConfig::basicWithoutSession)
                    // logging in needs no token (scripts and curl log in
                    // directly); the session and token are renewed on success
                    .ignoringRequestMatchers(
                        req ->
                            "POST".equals(req.getMethod())
                                && "/api/login".equals(req.getServletPath()))
                    // siting computes and stores nothing: no state to forge a change of
                    .ignoringRequestMatchers(
                        "/api/siting",
                        "/api/siting/evaluate",
                        "/api/siting/joint",
                        "/api/siting/joint/evaluate",
                        "/api/jobs/*"))
        .formLogin(
            form ->
                form.loginProcessingUrl("/api/login")
                    .successHandler((req, res, auth) -> status(res, 200, "logged in"))
                    .failureHandler(
                        (req, res, e) -> unauthorised(res, e, "wrong user name or password")))
        .logout(
            logout ->
                logout
                    .logoutUrl("/api/logout")
                    .logoutSuccessHandler((req, res, auth) -> status(res, 200, "logged out")))
        .addFilterBefore(new LoginThrottleFilter(throttle), CsrfFilter.class)
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp -> csp.policyDirectives(contentSecurityPolicy(basemaps)))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
        .httpBasic(
            basic ->
                basic.authenticationEntryPoint(
                    (req, res, e) -> unauthorised(res, e, "log in as an editor to write")))
        .exceptionHandling(
            ex ->
                ex.authenticationEntryPoint(
                        (req, res, e) -> unauthorised(res, e, "log in as an editor to write"))
                    .accessDeniedHandler(accessDenied()));
    return http.build();
  }

  /** The XSRF-TOKEN cookie, readable by the page's script, SameSite=Lax like the session's. */
  static CookieCsrfTokenRepository csrfTokens() {
    CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
    tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    return tokens;
  }

  /**
   * Whether a request carries HTTP Basic credentials and no session cookie: a script, exempt from
   * the CSRF token (a browser with a session must send the token whatever else it sends).
   */
  static boolean basicWithoutSession(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null
        && header.regionMatches(true, 0, "Basic ", 0, 6)
        && request.getRequestedSessionId() == null;
  }

  /**
   * 401 for anonymous users (they should log in), 403 naming the missing CSRF token, 403 for users
   * without the EDITOR role.
   */
  private static AccessDeniedHandler accessDenied() {
    return (req, res, e) -> {
      Authentication auth = SecurityContextHolder.getContext().getAuthentication();
      if (auth == null || auth instanceof AnonymousAuthenticationToken) {
        status(res, 401, "log in as an editor to write");
      } else if (e instanceof CsrfException) {
        status(
            res,
            403,
            "the CSRF token is missing or wrong: send the XSRF-TOKEN cookie's value as the"
                + " X-XSRF-TOKEN header (GET /api/me sets the cookie)");
      } else {
        status(res, 403, "this account may read but not write (needs the EDITOR role)");
      }
    };
  }

  /** 401, or 429 with {@code Retry-After} when the attempt was refused by the login throttle. */
  private static void unauthorised(
      HttpServletResponse res, AuthenticationException e, String message)
      throws java.io.IOException {
    if (e instanceof ThrottledAuthentication.LoginDelayedException delayed) {
      res.setHeader("Retry-After", String.valueOf(delayed.seconds()));
      status(res, 429, e.getMessage());
    } else {
      status(res, 401, message);
    }
  }

  private static void status(HttpServletResponse res, int status, String message)
      throws java.io.IOException {
    res.setStatus(status);
    res.setContentType(MediaType.APPLICATION_JSON_VALUE);
    res.setCharacterEncoding("UTF-8");
    String error =
        switch (status) {
          case 200 -> "OK";
          case 400 -> "Bad Request";
          case 401 -> "Unauthorized";
          case 429 -> "Too Many Requests";
          default -> "Forbidden";
        };
    JSON.writeValue(res.getWriter(), Map.of("status", status, "error", error, "message", message));
  }
}
