package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.Timings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notes when a request arrived, before security, parsing and queueing, so that an answer's {@code
 * timings.totalMillis} is the wall time the user waited for and not one inner phase. Controllers
 * take {@link #timings(HttpServletRequest)} and pass it to the service.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestClock extends OncePerRequestFilter {

  static final String ATTRIBUTE = RequestClock.class.getName() + ".startNanos";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    request.setAttribute(ATTRIBUTE, System.nanoTime());
    chain.doFilter(request, response);
  }

  /** A clock started when this request arrived (now, if the filter did not see it). */
  static Timings timings(HttpServletRequest request) {
    Object start = request.getAttribute(ATTRIBUTE);
    return start instanceof Long nanos ? Timings.since(nanos) : Timings.start();
  }
}
