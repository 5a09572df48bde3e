package cn.chegu.viewer.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * Reading is open; every write needs an authenticated EDITOR.
 *
 * <p>The browser logs in with a form post to {@code /api/login} (a session cookie) and sends the
 * {@code XSRF-TOKEN} cookie's value back as {@code X-XSRF-TOKEN} on every write, so a page of
 * another site cannot write on the user's behalf. Scripts may instead send HTTP Basic credentials;
 * such requests carry an {@code Authorization} header, which a cross-site page cannot add without a
 * CORS pre-flight (refused), so they are exempt from the CSRF token. No {@code WWW-Authenticate}
 * challenge is ever sent, so the browser never caches Basic credentials itself.
 *
 * <p>Anonymous writes answer 401, a viewer's writes 403 — also when the CSRF token is missing.
 */
@Configuration
class SecurityConfig {

  private static final ObjectMapper JSON = new ObjectMapper();

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

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
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
                    // Siting only reads: it proposes sites and saves nothing.
                    .requestMatchers(HttpMethod.POST, "/api/siting", "/api/siting/evaluate")
                    .permitAll()
                    // anyone may cancel a siting solve they started (job ids are unguessable)
                    .requestMatchers(HttpMethod.DELETE, "/api/jobs/*")
                    .permitAll()
                    .anyRequest()
                    .hasRole("EDITOR"))
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                    .csrfTokenRequestHandler(plainToken)
                    .ignoringRequestMatchers(new RequestHeaderRequestMatcher("Authorization"))
                    // siting computes and stores nothing: no state to forge a change of
                    .ignoringRequestMatchers("/api/siting", "/api/siting/evaluate", "/api/jobs/*"))
        .formLogin(
            form ->
                form.loginProcessingUrl("/api/login")
                    .successHandler((req, res, auth) -> status(res, 200, "logged in"))
                    .failureHandler(
                        (req, res, e) -> status(res, 401, "wrong user name or password")))
        .logout(
            logout ->
                logout
                    .logoutUrl("/api/logout")
                    .logoutSuccessHandler((req, res, auth) -> status(res, 200, "logged out")))
        .httpBasic(
            basic ->
                basic.authenticationEntryPoint(
                    (req, res, e) -> status(res, 401, "log in as an editor to write")))
        .exceptionHandling(
            ex ->
                ex.authenticationEntryPoint(
                        (req, res, e) -> status(res, 401, "log in as an editor to write"))
                    .accessDeniedHandler(accessDenied()));
    return http.build();
  }

  /** 401 for anonymous users (they should log in), 403 for users without the EDITOR role. */
  private static AccessDeniedHandler accessDenied() {
    return (req, res, e) -> {
      Authentication auth = SecurityContextHolder.getContext().getAuthentication();
      if (auth == null || auth instanceof AnonymousAuthenticationToken) {
        status(res, 401, "log in as an editor to write");
      } else {
        status(res, 403, "this account may read but not write (needs the EDITOR role)");
      }
    };
  }

  private static void status(HttpServletResponse res, int status, String message)
      throws java.io.IOException {
    res.setStatus(status);
    res.setContentType(MediaType.APPLICATION_JSON_VALUE);
    res.setCharacterEncoding("UTF-8");
    String error = status == 200 ? "OK" : status == 401 ? "Unauthorized" : "Forbidden";
    JSON.writeValue(res.getWriter(), Map.of("status", status, "error", error, "message", message));
  }
}
