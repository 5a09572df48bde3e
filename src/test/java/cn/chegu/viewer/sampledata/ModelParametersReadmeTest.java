package cn.chegu.viewer.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * gis-data/README.md states the model's numbers as gis-data/model-parameters.json sets them (the
 * timetable's: {@link SampleGtfsTest}): change a parameter and this names the sentence to update.
 */
class ModelParametersReadmeTest {

  private static final Path DIR = Path.of("gis-data");
  private static final NumberFormat N = NumberFormat.getIntegerInstance(Locale.UK);

  private static String readme() throws IOException {
    return Files.readString(DIR.resolve("README.md")).replaceAll("\\s+", " ");
  }

  private static String pct(double share) {
    return Math.round(share * 100) + " %";
  }

  private static String num(double v) {
    return v == Math.rint(v) ? N.format((long) v) : Double.toString(v);
  }

  @Test
  void populationParameters() throws IOException {
    String readme = readme();
    SampleParameters.Population p = SampleParameters.read(DIR).population();
    assertThat(readme).contains("seed " + p.seed(), num(p.cellM()) + " m cells");
    for (Map.Entry<String, SampleParameters.Subdistrict> s : p.subdistricts().entrySet()) {
      String name = s.getKey().replace("街道", "");
      assertThat(readme)
          .contains(name + " " + num(s.getValue().residents2020()))
          .contains(name + " " + num(s.getValue().residents2025()));
    }
    assertThat(readme)
        .contains(
            "**" + num(p.hannan().residents2020()) + "**",
            "**" + num(p.total2020()) + "**",
            "**" + num(p.total2025()) + "**");
    for (SampleParameters.Pool pool :
        new SampleParameters.Pool[] {p.pools().urban(), p.pools().rural()}) {
      double rest = 1 - pool.compounds() - pool.villages();
      assertThat(readme)
          .contains(pct(pool.compounds()) + " / " + pct(pool.villages()) + " / " + pct(rest));
    }
    Compounds.Kind c = p.compound();
    Compounds.Kind v = p.village();
    assertThat(readme)
        .contains(
            "patches of " + c.minCells() + "–" + c.maxCells() + " four-connected",
            "land share ≥ " + c.minLandShare(),
            num(c.minDensity()) + "–" + num(c.maxDensity()) + " residents per cell",
            "patches of " + v.minCells() + "–" + v.maxCells() + " non-urban",
            "land share ≥ "
                + v.minLandShare()
                + ", "
                + num(v.minDensity())
                + "–"
                + num(v.maxDensity()),
            "× " + p.remainderIndustrial() + " inside the manufacturing parks",
            "grow by " + pct(p.growthExisting() - 1),
            "within " + num(p.townRadiusM() / 1000) + " km of the seat");
    for (String park : p.industrialParks()) {
      assertThat(readme).contains(park);
    }
  }

  @Test
  void roadAndFacilityParameters() throws IOException {
    String readme = readme();
    SampleParameters params = SampleParameters.read(DIR);
    SampleParameters.Roads r = params.roads();
    assertThat(readme)
        .contains(
            num(r.gridM()) + " m street grid",
            "every " + r.secondaryEvery() + "th line secondary " + r.secondaryKmh() + " km/h",
            "others local " + r.localKmh() + " km/h",
            num(r.ruralGridM() / 1000)
                + " km rural grid with seeded wiggles elsewhere ("
                + r.ruralKmh()
                + " km/h)");
    SampleParameters.Facilities f = params.facilities();
    assertThat(readme).contains("within " + num(f.seatRadiusM() / 1000) + " km of the seat");
    for (SampleParameters.FacilityModel t : f.types()) {
      if (t.code().equals("high_school")) {
        assertThat(readme).contains("one per " + num(t.max()) + " built-up residents");
      } else {
        assertThat(readme).contains(num(t.min()) + "–" + num(t.max()));
      }
      if (t.perResident() < 0) {
        assertThat(readme).contains((int) -t.perResident() + " " + t.unit());
      } else if (t.perResident() > 0) {
        assertThat(readme).contains(Double.toString(t.perResident()));
      }
    }
  }
}
