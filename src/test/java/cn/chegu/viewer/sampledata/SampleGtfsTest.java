package cn.chegu.viewer.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The sample feed's modelled parameters as gis-data/README.md states them. */
class SampleGtfsTest {

  private static final SampleParameters.Timetable T =
      SampleParameters.read(Path.of("gis-data")).timetable();

  @Test
  void theReadmeStatesTheGeneratorsParameters() throws Exception {
    String readme = Files.readString(Path.of("gis-data/README.md"));
    assertThat(readme)
        .contains(
            (int) T.metroKmh() + " km/h (metro) / " + (int) T.tramKmh() + " km/h (tram)",
            T.metroDwellS() + " s / " + T.tramDwellS() + " s dwell",
            "tram every " + T.tramHeadwayMin() + " min 0" + T.tramFirst() + "–" + T.tramLast(),
            "stops placed every ≈" + T.tramStopSpacingM() / 1000 + " km");
    for (SampleParameters.Band band : T.metroBands()) {
      assertThat(readme)
          .contains(band.headwayMin() + " min " + pad(band.start()) + "–" + pad(band.end()));
    }
  }

  private static String pad(String hhmm) {
    return hhmm.length() == 4 ? "0" + hhmm : hhmm;
  }

  @Test
  void everyLineOfTheTransportLayerHasARoute() {
    var feed = SampleGtfs.feed(GeoJsonFiles.read(Path.of("gis-data/transport.geojson")), T);
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
