package cn.chegu.viewer.web;

import java.security.Principal;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is logged in. Reading it also issues the {@code XSRF-TOKEN} cookie the browser sends back as
 * {@code X-XSRF-TOKEN} on writes.
 */
@RestController
class AccountController {

  @GetMapping("/api/me")
  Me me(Principal principal, CsrfToken csrf) {
    csrf.getToken(); // materialise the deferred token so its cookie is set
    if (!(principal instanceof Authentication auth)) {
      return new Me(false, null, List.of());
    }
    List<String> roles =
        auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .map(r -> r.replaceFirst("^ROLE_", ""))
            .toList();
    return new Me(true, auth.getName(), roles);
  }

  /**
   * Who is asking.
   *
   * @param username absent when not logged in
   * @param roles without the {@code ROLE_} prefix: {@code EDITOR}, {@code VIEWER}, {@code ADMIN}
   */
  record Me(boolean authenticated, String username, List<String> roles) {}
}
