package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.chegu.viewer.budget.BudgetExceededException;
import cn.chegu.viewer.budget.WorkBudget;
import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * CPU-heavy answers are limited: exports count as heavy, a heavy request stops at its budget and
 * frees its slot, one client never holds every slot, and odd bands share one cache entry.
 */
class HeavyAnswerBudgetTest {

  private static MockHttpServletRequest get(String path, String query, String address) {
    MockHttpServletRequest r = new MockHttpServletRequest("GET", path);
    r.setRemoteAddr(address);
    if (query != null) {
      for (String kv : query.split("&")) {
        String[] p = kv.split("=", 2);
        r.addParameter(p[0], p[1]);
      }
    }
    return r;
  }

  @Test
  void aLayerExportIsHeavyAPlainReadIsNot() {
    String features = "/api/layers/population/features";
    assertThat(HeavyJobLimiter.heavy(get(features, "limit=50000&format=shp", "a"))).isTrue();
    assertThat(HeavyJobLimiter.heavy(get(features, "limit=50000&crs=EPSG:4547", "a"))).isTrue();
    assertThat(HeavyJobLimiter.heavy(get(features, "limit=50000&format=json", "a"))).isFalse();
    assertThat(HeavyJobLimiter.heavy(get(features, "limit=50000", "a"))).isFalse();
  }

  @Test
  void aHeavyAnswerStopsAtItsBudgetAndFreesTheSlot() throws Exception {
    HeavyJobLimiter limiter = new HeavyJobLimiter(new HeavyJobProperties(1, 1, 0, 1, 7, 1));
    FilterChain endless =
        (req, res) -> {
          while (true) { // an exact outline of odd bands: checks the budget per band
            WorkBudget.check();
            try {
              Thread.sleep(10);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
          }
        };
    String export = "/api/layers/population/features";
    long start = System.nanoTime();
    assertThatThrownBy(
            () ->
                limiter.doFilter(
                    get(export, "format=shp", "10.0.0.1"), new MockHttpServletResponse(), endless))
        .isInstanceOf(BudgetExceededException.class)
        .hasMessageContaining("this request needed more than its budget of 1 s");
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofSeconds(5));
    assertThat(WorkBudget.current()).isNull();

    MockHttpServletResponse next = new MockHttpServletResponse();
    limiter.doFilter(get(export, "format=shp", "10.0.0.2"), next, (q, s) -> {});
    assertThat(next.getStatus()).as("the only slot is free again").isEqualTo(200);
  }

  @Test
  void oneClientNeverHoldsEverySlot() throws Exception {
    // 3 slots, per-client 5: one client may still run only 2 (its third waits in the queue, 1 s
    // here), the third slot stays free for others
    HeavyJobLimiter limiter = new HeavyJobLimiter(new HeavyJobProperties(3, 5, 4, 1, 7, 60));
    assertThat(limiter.runningCap()).isEqualTo(2);
    CountDownLatch running = new CountDownLatch(2);
    CountDownLatch finish = new CountDownLatch(1);
    FilterChain slow =
        (req, res) -> {
          running.countDown();
          try {
            finish.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    String areas = "/api/coverage/service-areas";
    ExecutorService pool = Executors.newFixedThreadPool(2);
    for (int i = 0; i < 2; i++) {
      pool.submit(
          () -> {
            limiter.doFilter(
                get(areas, "outline=exact", "10.0.0.1"), new MockHttpServletResponse(), slow);
            return null;
          });
    }
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
    MockHttpServletResponse other = new MockHttpServletResponse();
    limiter.doFilter(get(areas, "outline=exact", "10.0.0.2"), other, (q, s) -> {});
    MockHttpServletResponse third = new MockHttpServletResponse();
    limiter.doFilter(get(areas, "outline=exact", "10.0.0.1"), third, (q, s) -> {});
    finish.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    assertThat(other.getStatus()).as("another client gets the free slot").isEqualTo(200);
    assertThat(third.getStatus()).as("waited 1 s behind its own two").isEqualTo(429);
    assertThat(third.getContentAsString()).contains("no heavy-job slot became free within 1 s");

    MockHttpServletResponse later = new MockHttpServletResponse();
    limiter.doFilter(get(areas, "outline=exact", "10.0.0.1"), later, (q, s) -> {});
    assertThat(later.getStatus()).as("its own finished: it runs again").isEqualTo(200);
  }

  @Test
  void oddBandsAreRoundedSortedAndDeduplicated() {
    Duration fifteen = Duration.ofMinutes(15);
    assertThat(CoverageParameters.bands("15,5,10.01,10", fifteen))
        .isEqualTo(CoverageParameters.bands("5,10,15", fifteen))
        .containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15));
    assertThat(CoverageParameters.bands("7.33333,7.3333", fifteen))
        .containsExactly(Duration.ofSeconds(7 * 60 + 18));
  }
}
