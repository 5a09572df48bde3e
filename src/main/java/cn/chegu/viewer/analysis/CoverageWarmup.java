package cn.chegu.viewer.analysis;

import cn.chegu.viewer.coverage.AreaOutline;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.store.UnknownLayerException;
import jakarta.annotation.PreDestroy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warms the analysis snapshot and the default answers of every standard in the background after
 * start, so that the first coverage a user asks for is a cache hit: for each standard, network and
 * straight-line coverage of 2020, the gaps of both, and the default service-area bands ({@link
 * CoverageService#defaultBands}) as map outlines. One daemon thread with a queue of two: startup is
 * never blocked, and repeated {@link #warm()} calls after data changes coalesce.
 *
 * <p>As a health indicator it is UP while warming and when warm, and DOWN once the warm-up of a
 * standard failed — the data cannot answer it, e.g. a roads layer the graph cannot be built from —
 * with {@code reason} naming the standard and why. An area that simply lacks a layer the analysis
 * needs (a new area with its zone only, roads and population to follow through imports) is not a
 * failure: health stays UP with {@code analysis: incomplete} and the missing layer as {@code
 * reason}. Its details say {@code analysis: warming|ready|incomplete|failed} and the state of each
 * standard: {@code waiting}, {@code warming}, {@code ready}, {@code incomplete: <reason>} or {@code
 * failed: <reason>}. The indicator is in neither the liveness group (a failed warm-up is not a
 * stuck process) nor the readiness group (maps, layers and OGC still answer); {@code
 * /actuator/health} reports it.
 */
@Component("coverageWarmup")
public class CoverageWarmup implements HealthIndicator {

  private static final Logger log = LoggerFactory.getLogger(CoverageWarmup.class);

  private final CoverageService coverage;
  private final boolean enabled;
  private final Map<String, String> state = new ConcurrentHashMap<>();
  private final ThreadPoolExecutor executor =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(2),
          r -> {
            Thread t = new Thread(r, "coverage-warmup");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
          },
          new ThreadPoolExecutor.DiscardPolicy());

  public CoverageWarmup(
      CoverageService coverage, @Value("${chegu.warmup.enabled:true}") boolean enabled) {
    this.coverage = coverage;
    this.enabled = enabled;
    for (ServiceStandard s : coverage.standards().all()) {
      state.put(s.code(), enabled ? "waiting" : "on first request");
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  public void onReady() {
    if (enabled) {
      warm();
    }
  }

  /** Queues a warm-up of every standard (after start, or after the data changed). */
  public void warm() {
    executor.execute(this::warmAll);
  }

  private void warmAll() {
    long start = System.nanoTime();
    coverage.standards().all().forEach(s -> state.put(s.code(), "waiting"));
    try {
      coverage.data();
    } catch (UnknownLayerException e) {
      log.info("Warm-up skipped: {}", e.getMessage());
      String why = "incomplete: " + e.getMessage();
      coverage.standards().all().forEach(s -> state.put(s.code(), why));
      return;
    } catch (RuntimeException e) {
      log.warn("Warm-up failed: the analysis data cannot be loaded", e);
      String why = "failed: the analysis data cannot be loaded (" + e.getMessage() + ")";
      coverage.standards().all().forEach(s -> state.put(s.code(), why));
      return;
    }
    for (ServiceStandard s : coverage.standards().all()) {
      state.put(s.code(), "warming");
      try {
        for (CoverageMethod m : CoverageMethod.values()) {
          coverage.coverage(s.code(), m, PopulationYear.Y2020);
          coverage.gaps(s.code(), m, PopulationYear.Y2020);
        }
        coverage.serviceAreas(
            s.code(),
            CoverageMethod.NETWORK,
            CoverageService.defaultBands(s),
            FacilitySet.EXISTING,
            AreaOutline.MAP,
            CoverageService.MAP_TOLERANCE_METERS);
        state.put(s.code(), "ready");
      } catch (RuntimeException e) {
        log.warn("Warm-up of {} failed", s.code(), e);
        state.put(s.code(), "failed: " + e.getMessage());
      }
    }
    log.info("Coverage warm-up done in {} ms", (System.nanoTime() - start) / 1_000_000);
  }

  /** True when every standard is warm. */
  public boolean ready() {
    return state.values().stream().allMatch("ready"::equals);
  }

  @Override
  public Health health() {
    Map<String, String> standards = new LinkedHashMap<>();
    coverage.standards().all().forEach(s -> standards.put(s.code(), state.get(s.code())));
    String failed =
        standards.entrySet().stream()
            .filter(e -> e.getValue() != null && e.getValue().startsWith("failed"))
            .map(e -> e.getKey() + " " + e.getValue())
            .findFirst()
            .orElse(null);
    if (failed != null) {
      return Health.down()
          .withDetail("analysis", "failed")
          .withDetail("reason", "the warm-up of " + failed)
          .withDetail("standards", standards)
          .build();
    }
    String incomplete =
        standards.values().stream()
            .filter(v -> v != null && v.startsWith("incomplete: "))
            .findFirst()
            .orElse(null);
    if (incomplete != null) {
      return Health.up()
          .withDetail("analysis", "incomplete")
          .withDetail("reason", incomplete.substring("incomplete: ".length()))
          .withDetail("standards", standards)
          .build();
    }
    return Health.up()
        .withDetail("analysis", ready() ? "ready" : enabled ? "warming" : "on first request")
        .withDetail("standards", standards)
        .build();
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }
}
