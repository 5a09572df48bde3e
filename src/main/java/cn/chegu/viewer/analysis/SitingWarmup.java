package cn.chegu.viewer.analysis;

import cn.chegu.viewer.facility.FacilitySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After start, builds the prepared siting state of every single-type standard (2020, existing
 * facilities) on one low-priority background thread, so the first siting call costs its solve.
 * {@code chegu.siting.warm-up=false} turns it off.
 */
@Component
class SitingWarmup {

  private static final Logger log = LoggerFactory.getLogger(SitingWarmup.class);

  private final SitingStates siting;
  private final boolean enabled;

  SitingWarmup(SitingStates siting, @Value("${chegu.siting.warm-up:true}") boolean enabled) {
    this.siting = siting;
    this.enabled = enabled;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warm() {
    if (!enabled) {
      return;
    }
    Thread t =
        new Thread(
            () -> {
              long start = System.nanoTime();
              try {
                siting.warm(PopulationYear.Y2020, FacilitySet.EXISTING);
                log.info("Siting state warmed in {} ms", (System.nanoTime() - start) / 1_000_000);
              } catch (RuntimeException e) {
                log.warn("Siting warm-up stopped: {}", e.toString());
              }
            },
            "siting-warm-up");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }
}
