package cn.chegu.viewer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.chegu.viewer.io.InvalidGisDataException;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Loading the hand-made fixture ({@code src/test/resources/fixtures/gis-data}: zone 1, parks 2,
 * transport 2, facilities 2 features) into each database.
 */
abstract class AbstractGisDataLoaderTest extends AbstractDatabaseTest {

  static final String FIXTURE = "classpath:fixtures/gis-data/";
  static final List<String> FILES =
      List.of(
          "MANIFEST.json",
          "zone.geojson",
          "parks.geojson",
          "transport.geojson",
          "facilities.geojson");

  private FeatureStore store;
  private GisDataLoader loader;
  @TempDir Path sampleDir;

  @Override
  void opened(HikariDataSource dataSource) {
    store = new FeatureStore(dataSource);
    loader = new GisDataLoader(store, new DefaultResourceLoader());
  }

  @BeforeEach
  void startFromEmpty() {
    store.replaceDataset(GisDataLoader.DATASET, "none", null, List.of());
  }

  @Test
  void loadsEveryLayerOfTheManifestInOrder() {
    GisDataLoader.Outcome outcome = loader.load(FIXTURE);

    assertThat(outcome.changed()).isTrue();
    assertThat(outcome.layers()).isEqualTo(4);
    assertThat(outcome.features()).isEqualTo(7);
    assertThat(store.layers())
        .extracting(LayerInfo::id, LayerInfo::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("zone", 1),
            org.assertj.core.groups.Tuple.tuple("parks", 2),
            org.assertj.core.groups.Tuple.tuple("transport", 2),
            org.assertj.core.groups.Tuple.tuple("facilities", 2));
    assertThat(store.datasetChecksum(GisDataLoader.DATASET)).contains(outcome.checksum());
    assertThat(store.features("facilities", null, 10).get(1).properties())
        .containsEntry("capacity", null)
        .containsEntry("accuracy_m", 250);
  }

  @Test
  void loadingTheSameFilesAgainChangesNothing() {
    GisDataLoader.Outcome first = loader.load(FIXTURE);
    copyFixtureTo(sampleDir);

    GisDataLoader.Outcome again = loader.load(sampleDir.toString());

    assertThat(again.changed()).isFalse();
    assertThat(again.checksum()).isEqualTo(first.checksum());
    assertThat(store.layers()).hasSize(4);
  }

  @Test
  void aChangedFileIsReloaded() throws IOException {
    loader.load(FIXTURE);
    copyFixtureTo(sampleDir);
    Path parks = sampleDir.resolve("parks.geojson");
    Files.writeString(
        parks, Files.readString(parks).replace("Changfu Industrial Park", "Changfu Park"));

    GisDataLoader.Outcome outcome = loader.load(sampleDir.toString());

    assertThat(outcome.changed()).isTrue();
    assertThat(store.search("changfu park", 10)).hasSize(1);
  }

  @Test
  void aBrokenFileAbortsNamingFileAndFeatureAndLeavesTheStoreAsItWas() throws IOException {
    GisDataLoader.Outcome good = loader.load(FIXTURE);
    copyFixtureTo(sampleDir);
    // park-2 becomes a bow tie: its ring crosses itself.
    Path parks = sampleDir.resolve("parks.geojson");
    Files.writeString(
        parks,
        Files.readString(parks)
            .replace(
                "[[[114.20, 30.35], [114.25, 30.35], [114.25, 30.40], [114.20, 30.40],",
                "[[[114.20, 30.35], [114.25, 30.40], [114.25, 30.35], [114.20, 30.40],"));

    assertThatThrownBy(() -> loader.load("file:" + sampleDir + "/"))
        .isInstanceOf(InvalidGisDataException.class)
        .hasMessageContaining("parks.geojson")
        .hasMessageContaining("feature #2 (id \"park-2\")")
        .hasMessageContaining("Self-intersection");

    assertThat(store.datasetChecksum(GisDataLoader.DATASET)).contains(good.checksum());
    assertThat(store.layers()).hasSize(4);
    assertThat(store.allFeatures("parks"))
        .extracting(StoredFeature::id)
        .containsExactly("park-1", "park-2");
  }

  @Test
  void aMissingLayerFileIsNamed() throws IOException {
    copyFixtureTo(sampleDir);
    Files.delete(sampleDir.resolve("transport.geojson"));

    assertThatThrownBy(() -> loader.load(sampleDir.toString()))
        .isInstanceOf(InvalidGisDataException.class)
        .hasMessageStartingWith("transport.geojson: not found");
    assertThat(store.layers()).isEmpty();
  }

  private static void copyFixtureTo(Path directory) {
    for (String file : FILES) {
      try (InputStream in =
          AbstractGisDataLoaderTest.class.getResourceAsStream("/fixtures/gis-data/" + file)) {
        Files.writeString(
            directory.resolve(file), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
