package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
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
    HeavyJobLimiter limiter = new HeavyJobLimiter(new HeavyJobProperties(1, 1, 0, 1, 7));
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
