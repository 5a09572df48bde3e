package cn.chegu.viewer.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.chegu.viewer.io.MetricProjection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The model tool reads its shapes and numbers from the data files: an edited shape is what it
 * models, and bad parameters stop it with a message.
 */
class ModelToolInputsTest {

  private static final Path DATA = Path.of("gis-data");
  private static final MetricProjection P = MetricProjection.UTM_50N;

  private static final List<String> INPUTS =
      List.of(
          "zone.geojson",
          "subdistricts.geojson",
          "water.geojson",
          "layout.geojson",
          "parks.geojson",
          "transport.geojson",
          "facilities.geojson",
          "model-inputs/seats.geojson",
          "model-parameters.json");

  private static void copyInputs(Path to) throws IOException {
    for (String f : INPUTS) {
      Files.createDirectories(to.resolve(f).getParent());
      Files.copy(DATA.resolve(f), to.resolve(f));
    }
  }

  /** The layout QGIS 3 writes when it saves an edited GeoJSON layer (the id as feature id only). */
  @Test
  void aFileSavedByQgisReadsWithItsIdBackInTheProperties(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("seats.geojson");
    Files.writeString(
        file,
        """
        {
        "type": "FeatureCollection",
        "name": "seats",
        "features": [
        { "type": "Feature", "id": "seat-7", "properties": { "name_zh": "湘口街道中心", \
        "accuracy_m": 300, "subdistrict": "湘口街道" }, \
        "geometry": { "type": "Point", "coordinates": [ 113.83, 30.265 ] } }
        ]
        }
        """);
    Feature f = GeoJsonFiles.read(file).get(0);
    assertThat(f.id()).isEqualTo("seat-7");
    assertThat(f.properties().keySet())
        .containsExactly("id", "name_zh", "accuracy_m", "subdistrict");
    assertThat(f.properties().get("id")).isEqualTo("seat-7");
    assertThat(f.properties().get("accuracy_m")).isEqualTo(300);
    assertThat(f.geometry().getCoordinate()).isEqualTo(new Coordinate(113.83, 30.265));
  }

  @Test
  void residentsThatDoNotAddUpToTheStatedTotalAreRefused(@TempDir Path dir) throws IOException {
    String json = Files.readString(DATA.resolve("model-parameters.json"));
    Files.writeString(
        dir.resolve("model-parameters.json"),
        json.replace("\"residents2020\": 110508", "\"residents2020\": 110509"));
    assertThatThrownBy(() -> SampleParameters.read(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("add up to 481339 (2020)")
        .hasMessageContaining("481338");
  }

  @Test
  void aMistypedParameterIsRefusedNotIgnored(@TempDir Path dir) throws IOException {
    String json = Files.readString(DATA.resolve("model-parameters.json"));
    Files.writeString(
        dir.resolve("model-parameters.json"), json.replace("\"townRadiusM\"", "\"townRadiusMM\""));
    assertThatThrownBy(() -> SampleParameters.read(dir)).hasMessageContaining("townRadiusMM");
  }

  @Test
  void aMissingInputIsNamed(@TempDir Path dir) throws IOException {
    copyInputs(dir);
    Files.delete(dir.resolve("model-inputs/seats.geojson"));
    assertThatThrownBy(() -> SampleDataGenerator.generate(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("seats.geojson");
  }

  /**
   * Moving 湘口's seat (an old town: 400 m streets within 1 km) 3.4 km north-east in the seats file
   * moves its streets: local streets appear at the new seat and none are left at the old one, and
   * the residents still add up.
   */
  @Test
  void movingASeatInTheFileMovesItsOldTown(@TempDir Path dir) throws IOException {
    copyInputs(dir);
    Path seats = dir.resolve("model-inputs/seats.geojson");
    String text = Files.readString(seats);
    assertThat(text).contains("[113.8029,30.2463]");
    Files.writeString(seats, text.replace("[113.8029,30.2463]", "[113.83,30.265]"));
    Map<String, String> out = SampleDataGenerator.generate(dir);
    SampleDataGenerator.write(dir, out);
    List<Feature> roads = GeoJsonFiles.read(dir.resolve("roads.geojson"));
    assertThat(localWithin(roads, 113.83, 30.265, 500)).isGreaterThan(4);
    assertThat(localWithin(roads, 113.8029, 30.2463, 500)).isZero();
    long total =
        GeoJsonFiles.read(dir.resolve("population.geojson")).stream()
            .mapToLong(f -> ((Number) f.properties().get("residents")).longValue())
            .sum();
    assertThat(total).isEqualTo(481_338);
  }

  private static long localWithin(List<Feature> roads, double lon, double lat, double metres) {
    Coordinate c = P.toMetric(lon, lat);
    Geometry at = new GeometryFactory().createPoint(c);
    return roads.stream()
        .filter(f -> "local".equals(f.properties().get("class")))
        .filter(f -> P.toMetric(f.geometry()).distance(at) <= metres)
        .count();
  }
}
