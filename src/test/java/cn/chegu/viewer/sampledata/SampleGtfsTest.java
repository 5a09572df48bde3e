package cn.chegu.viewer.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The sample feed's modelled parameters as gis-data/README.md states them. */
class SampleGtfsTest {

  @Test
  void theReadmeStatesTheGeneratorsParameters() throws Exception {
    String readme = Files.readString(Path.of("gis-data/README.md"));
    assertThat(readme)
        .contains(
            (int) SampleGtfs.METRO_KMH
                + " km/h (metro) / "
                + (int) SampleGtfs.TRAM_KMH
                + " km/h (tram)",
            SampleGtfs.METRO_DWELL_S + " s / " + SampleGtfs.TRAM_DWELL_S + " s dwell",
            "tram every "
                + SampleGtfs.TRAM_HEADWAY_MIN
                + " min 0"
                + SampleGtfs.TRAM_FIRST
                + "–"
                + SampleGtfs.TRAM_LAST,
            "stops placed every ≈" + SampleGtfs.TRAM_STOP_SPACING_M / 1000 + " km");
    for (String[] band : SampleGtfs.METRO_BANDS) {
      assertThat(readme).contains(band[2] + " min " + pad(band[0]) + "–" + pad(band[1]));
    }
  }

  private static String pad(String hhmm) {
    return hhmm.length() == 4 ? "0" + hhmm : hhmm;
  }

  @Test
  void everyLineOfTheTransportLayerHasARoute() {
    var feed = SampleGtfs.feed(Transport.features());
    assertThat(feed.routes().stream().map(r -> r.id()).toList())
        .containsExactly("3", "6", "16", "16-full", "T1");
    // line 6's stations in order along the drawn line, 东风公司 to 国博中心南
    var line6 =
        feed.stopTimes().stream()
            .filter(c -> c.tripId().equals("6-a"))
            .map(c -> c.stopId())
            .toList();
    assertThat(line6)
        .containsExactly("station-3", "station-5", "station-6", "station-7", "station-8");
  }
}
