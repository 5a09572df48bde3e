package cn.chegu.viewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * A warm-up that cannot load the data makes health DOWN and says why, instead of "warming" for ever
 * (issue 15 §3); an area that only lacks a layer is incomplete, not failed.
 */
class CoverageWarmupTest {

  @Test
  void aFailedWarmUpSaysSoWithTheReason() throws InterruptedException {
    AnalysisDataLoader broken =
        new AnalysisDataLoader(null, null) {
          @Override
          AnalysisData load() {
            throw new IllegalStateException("the roads layer has no usable edge");
          }
        };
    CoverageService coverage =
        new CoverageService(broken, new StandardCatalog(new StandardsProperties(null)));
    CoverageWarmup warmup = new CoverageWarmup(coverage, false);
    assertThat(warmup.health().getDetails().get("analysis")).isEqualTo("on first request");

    warmup.warm();
    Health health = warmup.health();
    for (int i = 0; i < 200 && !"failed".equals(health.getDetails().get("analysis")); i++) {
      Thread.sleep(50); // the warm-up runs on its own thread; wait for its verdict
      health = warmup.health();
    }
    assertThat(health.getDetails().get("analysis")).isEqualTo("failed");
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails().get("reason").toString())
        .contains("cannot be loaded")
        .contains("the roads layer has no usable edge");
    @SuppressWarnings("unchecked")
    Map<String, String> standards = (Map<String, String>) health.getDetails().get("standards");
    assertThat(standards.values()).allMatch(v -> v.startsWith("failed"));
    warmup.stop();
  }

  @Test
  void anAreaThatLacksALayerIsIncompleteNotFailed() throws InterruptedException {
    AnalysisDataLoader lacking =
        new AnalysisDataLoader(null, null) {
          @Override
          AnalysisData load() {
            throw new cn.chegu.viewer.store.UnknownLayerException("roads");
          }
        };
    CoverageWarmup warmup =
        new CoverageWarmup(
            new CoverageService(lacking, new StandardCatalog(new StandardsProperties(null))),
            false);
    warmup.warm();
    Health health = warmup.health();
    for (int i = 0; i < 200 && !"incomplete".equals(health.getDetails().get("analysis")); i++) {
      Thread.sleep(50);
      health = warmup.health();
    }
    assertThat(health.getDetails().get("analysis")).isEqualTo("incomplete");
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails().get("reason").toString()).contains("\"roads\"");
    warmup.stop();
  }

  @Test
  void aRoadWithoutItsOwnSpeedTakesItsClassDesignSpeed() {
    var line =
        new org.locationtech.jts.geom.GeometryFactory()
            .createLineString(
                new org.locationtech.jts.geom.Coordinate[] {
                  new org.locationtech.jts.geom.Coordinate(114.10, 30.40),
                  new org.locationtech.jts.geom.Coordinate(114.11, 30.40)
                });
    var segments = FeatureConversions.roadSegments(line, Map.of("class", "local"));
    assertThat(segments).hasSize(1);
    assertThat(segments.get(0).speedKmh()).isEqualTo(30.0); // RoadClass.LOCAL, CJJ 37-2012
  }
}
