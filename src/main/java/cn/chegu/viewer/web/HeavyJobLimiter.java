package cn.chegu.viewer.web;

import cn.chegu.viewer.budget.WorkBudget;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps heavy requests (solves, service areas, access, reports, imports, scenario coverage) from
 * starving everything else: at most {@code concurrent} compute at once; others wait in a bounded
 * queue for at most {@code maxWaitSeconds}; one client (IP address) may have at most {@code
 * perClient} running or waiting. A request over a limit answers 429 with {@code Retry-After} and a
 * message saying which limit — at once, without work. Light reads (layers, search, cached coverage,
 * health) never pass through here, so they stay fast while heavy jobs run; nor does a heavy
 * endpoint's request whose answer is already prepared ({@link PreparedAnswers}, e.g. the service
 * areas the warm-up drew), which costs its serialisation only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class HeavyJobLimiter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HeavyJobProperties limits;
  private final Semaphore slots;
  private final AtomicInteger waiting = new AtomicInteger();
  private final Map<String, AtomicInteger> perClient = new ConcurrentHashMap<>();
  private final Map<String, Semaphore> clientSlots = new ConcurrentHashMap<>();

  private final List<PreparedAnswers> prepared;

  /** Knows, without computing, that a heavy endpoint would answer a request from what it holds. */
  interface PreparedAnswers {
    boolean prepared(HttpServletRequest request);
  }

  HeavyJobLimiter(HeavyJobProperties limits) {
    this(limits, List.of());
  }

  @Autowired
  HeavyJobLimiter(HeavyJobProperties limits, List<PreparedAnswers> prepared) {
    this.limits = limits;
    this.slots = new Semaphore(limits.concurrent(), true);
    this.prepared = List.copyOf(prepared);
  }

  /** Whether a request is heavy: it computes for a noticeable time whatever the cache holds. */
  static boolean heavy(HttpServletRequest request) {
    String path = request.getRequestURI();
    String method = request.getMethod();
    if ("POST".equals(method)) {
      return path.equals("/api/siting")
          || path.startsWith("/api/siting/")
          || path.startsWith("/api/import");
    }
    if ("GET".equals(method)) {
      return path.equals("/api/coverage/service-areas")
          || path.equals("/api/access")
          || path.startsWith("/api/access/")
          || path.startsWith("/api/report")
          || (path.startsWith("/api/scenarios/") && path.endsWith("/coverage"))
          || isExport(request);
    }
    return false;
  }

  /**
   * A layer's features as a file or in another CRS ({@code format=} other than json, or {@code
   * crs=}): reprojecting and writing tens of thousands of features costs seconds to a minute.
   */
  private static boolean isExport(HttpServletRequest request) {
    String path = request.getRequestURI();
    if (!(path.startsWith("/api/layers/") && path.endsWith("/features"))) {
      return false;
    }
    String format = request.getParameter("format");
    return (format != null && !format.isBlank() && !"json".equalsIgnoreCase(format.trim()))
        || request.getParameter("crs") != null;
  }

  private static boolean ownBudget(HttpServletRequest request) {
    String path = request.getRequestURI();
    return path.startsWith("/api/import") || path.startsWith("/api/siting");
  }

  /**
   * How many heavy requests one client may RUN at once: every slot but one when there are several,
   * so one client cannot shut everyone else out (its further requests wait in the queue, like
   * anyone's); with a single slot, that slot.
   */
  int runningCap() {
    return Math.max(1, limits.concurrent() - 1);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !heavy(request) || prepared.stream().anyMatch(p -> p.prepared(request));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String client = request.getRemoteAddr();
    int mine =
        perClient.compute(client, (k, n) -> n == null ? new AtomicInteger(1) : increment(n)).get();
    try {
      if (mine > limits.perClient()) {
        refuse(
            response,
            "too many heavy requests from this client at once (at most "
                + limits.perClient()
                + " running or queued); retry when one has finished");
        return;
      }
      Semaphore own = clientSlots.computeIfAbsent(client, k -> new Semaphore(runningCap(), true));
      if (!own.tryAcquire() && !waitFor(own, response)) {
        return;
      }
      try {
        if (!slots.tryAcquire() && !waitFor(slots, response)) {
          return;
        }
        // the request's budget: loops of the work check it and stop past it (422, nothing
        // kept); imports and siting solves keep their own (chegu.imports.timeout-seconds,
        // timeLimitSeconds)
        try (WorkBudget budget =
            ownBudget(request)
                ? null
                : WorkBudget.open("this request", Duration.ofSeconds(limits.budgetSeconds()))) {
          chain.doFilter(request, response);
        } finally {
          slots.release();
        }
      } finally {
        own.release();
      }
    } finally {
      perClient.computeIfPresent(
          client,
          (k, n) -> {
            if (n.decrementAndGet() > 0) {
              return n;
            }
            clientSlots.remove(k); // no request of this client in flight: nobody holds it
            return null;
          });
    }
  }

  private boolean waitFor(Semaphore semaphore, HttpServletResponse response) throws IOException {
    if (waiting.incrementAndGet() > limits.queue()) {
      waiting.decrementAndGet();
      refuse(
          response,
          "the server is busy: "
              + limits.queue()
              + " heavy requests are already queued; retry later");
      return false;
    }
    try {
      if (semaphore.tryAcquire(limits.maxWaitSeconds(), TimeUnit.SECONDS)) {
        return true;
      }
      refuse(
          response,
          "the server is busy: no heavy-job slot became free within "
              + limits.maxWaitSeconds()
              + " s; retry later");
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      refuse(response, "the server is shutting down");
      return false;
    } finally {
      waiting.decrementAndGet();
    }
  }

  private static AtomicInteger increment(AtomicInteger n) {
    n.incrementAndGet();
    return n;
  }

  private void refuse(HttpServletResponse response, String message) throws IOException {
    response.setStatus(429);
    response.setHeader("Retry-After", String.valueOf(limits.retryAfterSeconds()));
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(
        response.getWriter(),
        Map.of("status", 429, "error", "Too Many Requests", "message", message));
  }
}
