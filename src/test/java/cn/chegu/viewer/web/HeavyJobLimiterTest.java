package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The heavy-job limits, with a filter chain that "computes" until the test lets it finish. */
class HeavyJobLimiterTest {

  private final CountDownLatch running = new CountDownLatch(1);
  private final CountDownLatch finish = new CountDownLatch(1);
  private final FilterChain slowJob =
      (req, res) -> {
        running.countDown();
        try {
          finish.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        ((MockHttpServletResponse) res).setStatus(200);
      };

  private static MockHttpServletRequest siting(String address) {
    MockHttpServletRequest r = new MockHttpServletRequest("POST", "/api/siting");
    r.setRemoteAddr(address);
    return r;
  }

  @Test
  void overTheLimitsAHeavyRequestIs429WithRetryAfterAtOnce() throws Exception {
    HeavyJobLimiter limiter = new HeavyJobLimiter(new HeavyJobProperties(1, 1, 0, 1, 7, 60));
    ExecutorService pool = Executors.newSingleThreadExecutor();
    MockHttpServletResponse first = new MockHttpServletResponse();
    Future<?> job =
        pool.submit(
            () -> {
              limiter.doFilter(siting("10.0.0.1"), first, slowJob);
              return null;
            });
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

    MockHttpServletResponse sameClient = new MockHttpServletResponse();
    limiter.doFilter(siting("10.0.0.1"), sameClient, slowJob);
    MockHttpServletResponse otherClient = new MockHttpServletResponse();
    limiter.doFilter(siting("10.0.0.2"), otherClient, slowJob);
    MockHttpServletResponse light = new MockHttpServletResponse();
    limiter.doFilter(new MockHttpServletRequest("GET", "/actuator/health"), light, (q, s) -> {});

    assertThat(sameClient.getStatus()).isEqualTo(429);
    assertThat(sameClient.getHeader("Retry-After")).isEqualTo("7");
    assertThat(sameClient.getContentAsString()).contains("from this client");
    assertThat(otherClient.getStatus()).isEqualTo(429); // no slot and no queue
    assertThat(otherClient.getContentAsString()).contains("busy");
    assertThat(light.getStatus()).isEqualTo(200); // light requests never wait

    finish.countDown();
    job.get(10, TimeUnit.SECONDS);
    pool.shutdown();
    assertThat(first.getStatus()).isEqualTo(200);
    MockHttpServletResponse after = new MockHttpServletResponse();
    limiter.doFilter(siting("10.0.0.1"), after, (q, s) -> {});
    assertThat(after.getStatus()).isEqualTo(200); // the slot and the client's count were released
  }

  @Test
  void aPreparedAnswerDoesNotQueueBehindAJob() throws Exception {
    // the probe: service areas of health15 are prepared, those of middle15 are not
    HeavyJobLimiter limiter =
        new HeavyJobLimiter(
            new HeavyJobProperties(1, 1, 0, 1, 7, 60),
            List.of(r -> "health15".equals(r.getParameter("standard"))));
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Future<?> job =
        pool.submit(
            () -> {
              limiter.doFilter(siting("10.0.0.1"), new MockHttpServletResponse(), slowJob);
              return null;
            });
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

    MockHttpServletResponse prepared = new MockHttpServletResponse();
    limiter.doFilter(serviceAreas("health15"), prepared, (q, s) -> {});
    MockHttpServletResponse computing = new MockHttpServletResponse();
    limiter.doFilter(serviceAreas("middle15"), computing, (q, s) -> {});

    assertThat(prepared.getStatus()).isEqualTo(200);
    assertThat(computing.getStatus()).isEqualTo(429); // the one slot is taken, no queue
    finish.countDown();
    job.get(10, TimeUnit.SECONDS);
    pool.shutdown();
  }

  private static MockHttpServletRequest serviceAreas(String standard) {
    MockHttpServletRequest r = new MockHttpServletRequest("GET", "/api/coverage/service-areas");
    r.setParameter("standard", standard);
    r.setRemoteAddr("10.0.0.2");
    return r;
  }

  @Test
  void theHeavyEndpointsAreTheComputingOnes() {
    assertThat(HeavyJobLimiter.heavy(new MockHttpServletRequest("POST", "/api/siting"))).isTrue();
    assertThat(
            HeavyJobLimiter.heavy(new MockHttpServletRequest("GET", "/api/coverage/service-areas")))
        .isTrue();
    assertThat(HeavyJobLimiter.heavy(new MockHttpServletRequest("GET", "/api/coverage"))).isFalse();
    assertThat(HeavyJobLimiter.heavy(new MockHttpServletRequest("GET", "/actuator/health")))
        .isFalse();
  }
}
