package cn.chegu.viewer.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string that is not text: a malformed {@code %} escape or a NUL character (U+0000,
 * which no parameter needs and PostgreSQL cannot compare) answers 400 before any controller or
 * database sees it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class QueryTextFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String problem = problem(request.getQueryString());
    if (problem != null) {
      response.setStatus(400);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      JSON.writeValue(
          response.getWriter(), Map.of("status", 400, "error", "Bad Request", "message", problem));
      return;
    }
    chain.doFilter(request, response);
  }

  /** What is wrong with the query string, or null. */
  static String problem(String query) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      String decoded;
      try {
        decoded = URLDecoder.decode(pair, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return "the query string has a malformed %-escape: " + e.getMessage();
      }
      if (decoded.indexOf('\0') >= 0) {
        String name = decoded.contains("=") ? decoded.substring(0, decoded.indexOf('=')) : decoded;
        return name.replace("\0", "\\0") + ": must not contain NUL (U+0000) characters";
      }
    }
    return null;
  }
}
