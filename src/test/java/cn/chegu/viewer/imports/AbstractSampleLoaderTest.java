package cn.chegu.viewer.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.chegu.viewer.io.InvalidGisDataException;
import cn.chegu.viewer.io.InvalidImportFileException;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.LayerInfo;
import cn.chegu.viewer.store.LayerVersionStore;
import cn.chegu.viewer.store.SampleDataset;
import cn.chegu.viewer.store.StoredFeature;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Loading the sample fixture ({@link SampleFixture}) through the import pipeline into each
 * database: what is stored, when nothing is done, and how a broken copy is refused — with the
 * message an import of the same file gets, leaving the store as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractSampleLoaderTest {

  private HikariDataSource dataSource;
  private FeatureStore store;
  private SampleLoader loader;
  @TempDir Path sampleDir;

  /** A migrated, reachable database. */
  abstract HikariDataSource createDataSource();

  @BeforeAll
  void open() {
    dataSource = createDataSource();
    store = new FeatureStore(dataSource);
    loader = new SampleLoader(store, new DefaultResourceLoader(), SampleFixture.readers());
  }

  @AfterAll
  void close() {
    dataSource.close();
  }

  @BeforeEach
  void startFromEmpty() {
    store.replaceDataset(SampleDataset.NAME, "none", null, List.of());
  }

  @Test
  void loadsEveryLayerOfTheManifestInOrder() {
    SampleLoader.Outcome outcome = loader.load(SampleFixture.LOCATION);

    assertThat(outcome.changed()).isTrue();
    assertThat(outcome.layers()).isEqualTo(4);
    assertThat(outcome.features()).isEqualTo(7);
    assertThat(store.layers())
        .extracting(LayerInfo::id, LayerInfo::count)
        .containsExactly(
            tuple("zone", 1), tuple("parks", 2), tuple("transport", 2), tuple("facilities", 2));
    assertThat(store.datasetChecksum(SampleDataset.NAME)).contains(outcome.checksum());
    assertThat(store.features("facilities", null, 10).get(1).properties())
        .containsEntry("capacity", null)
        .containsEntry("accuracy_m", 250)
        .containsEntry("source", "modelled");
    assertThat(store.layer("parks").orElseThrow().definition().origin()).isEqualTo("test fixture");
  }

  @Test
  void loadingTheSameFilesAgainChangesNothing() {
    SampleLoader.Outcome first = loader.load(SampleFixture.LOCATION);
    SampleFixture.copyTo(sampleDir);

    SampleLoader.Outcome again = loader.load(sampleDir.toString());

    assertThat(again.changed()).isFalse();
    assertThat(again.checksum()).isEqualTo(first.checksum());
    assertThat(store.layers()).hasSize(4);
  }

  @Test
  void aChangedFileIsReloaded() {
    loader.load(SampleFixture.LOCATION);
    SampleFixture.copyTo(sampleDir);
    SampleFixture.edit(sampleDir, "parks.geojson", "Changfu Industrial Park", "Changfu Park");

    SampleLoader.Outcome outcome = loader.load(sampleDir.toString());

    assertThat(outcome.changed()).isTrue();
    assertThat(store.search("changfu park", 10)).hasSize(1);
  }

  @Test
  void anInvalidGeometryIsRefusedAsAnImportOfTheFileIsAndTheStoreStaysAsItWas() throws IOException {
    SampleLoader.Outcome good = loader.load(SampleFixture.LOCATION);
    SampleFixture.copyTo(sampleDir);
    SampleFixture.edit(
        sampleDir, "parks.geojson", SampleFixture.PARK_2_RING, SampleFixture.PARK_2_BOW_TIE);

    ImportRejectedException sample = catchRejection(() -> loader.load("file:" + sampleDir + "/"));

    // the bow tie's edges 114.20 30.35 → 114.25 30.40 and 114.25 30.35 → 114.20 30.40 cross at
    // their midpoint
    assertThat(sample)
        .hasMessage(
            "parks.geojson: feature 2 (id park-2): geometry: invalid: Self-intersection at"
                + " 114.225000, 30.375000 (repair=true repairs it)");
    byte[] parks = Files.readAllBytes(sampleDir.resolve("parks.geojson"));
    ImportRejectedException imported =
        catchRejection(
            () ->
                new ImportService(
                        store,
                        new LayerVersionStore(dataSource, store),
                        new ImportProperties(1000, 512, 200, 20, 200_000, 5_000_000, 120))
                    .importFile(
                        new ByteArrayInputStream(parks),
                        "parks.geojson",
                        new ImportRequest(
                            "parks", "replace", null, null, null, null, null, null, true, false,
                            false, "editor")));
    assertThat(sample.errors()).isEqualTo(imported.errors());
    assertThat(store.datasetChecksum(SampleDataset.NAME)).contains(good.checksum());
    assertThat(store.allFeatures("parks"))
        .extracting(StoredFeature::id)
        .containsExactly("park-1", "park-2");
  }

  @Test
  void aFacilityOfAnUnknownTypeIsRefusedNamingFileFeatureAndRule() {
    SampleFixture.copyTo(sampleDir);
    SampleFixture.edit(
        sampleDir, "facilities.geojson", "\"community_health_station\"", "\"clinic\"");

    assertThatThrownBy(() -> loader.load(sampleDir.toString()))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageStartingWith(
            "facilities.geojson: feature 2 (id fac-2): type: unknown facility type 'clinic'; known:");
    assertThat(store.layers()).isEmpty();
  }

  @Test
  void aFeatureFarFromTheZoneIsRefused() {
    SampleFixture.copyTo(sampleDir);
    // fac-1 moves 0.3° east of the zone's edge (114.3): 0.3 × 111.32 km × cos 30.425° = 28.8 km
    SampleFixture.edit(sampleDir, "facilities.geojson", "[114.11, 30.46]", "[114.60, 30.46]");

    assertThatThrownBy(() -> loader.load(sampleDir.toString()))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessage(
            "facilities.geojson: feature 1 (id fac-1): geometry: lies 28.8 km from the zone");
  }

  @Test
  void everyProblemIsCollectedBeforeRefusing() {
    SampleFixture.copyTo(sampleDir);
    SampleFixture.edit(
        sampleDir, "parks.geojson", SampleFixture.PARK_2_RING, SampleFixture.PARK_2_BOW_TIE);
    SampleFixture.edit(
        sampleDir, "facilities.geojson", "\"community_health_station\"", "\"clinic\"");
    SampleFixture.edit(sampleDir, "facilities.geojson", "\"capacity\": 120", "\"capacity\": 120.5");

    ImportRejectedException e = catchRejection(() -> loader.load(sampleDir.toString()));

    assertThat(e.errors())
        .extracting(ImportProblem::file, ImportProblem::feature, ImportProblem::field)
        .containsExactly(
            tuple("parks.geojson", "feature 2 (id park-2)", "geometry"),
            tuple("facilities.geojson", "feature 1 (id fac-1)", "capacity"),
            tuple("facilities.geojson", "feature 2 (id fac-2)", "type"));
    assertThat(e).hasMessageEndingWith("(and 2 more problems)");
  }

  @Test
  void aLayerWithoutAZoneIsRefused() throws IOException {
    SampleFixture.copyTo(sampleDir);
    Path manifest = sampleDir.resolve("MANIFEST.json");
    String text = Files.readString(manifest);
    String zone =
        text.substring(text.indexOf("{\"id\": \"zone\""), text.indexOf("{\"id\": \"parks\""));
    Files.writeString(manifest, text.replace(zone, ""));

    assertThatThrownBy(() -> loader.load(sampleDir.toString()))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessage(
            "MANIFEST.json: no 'zone' layer (the area's boundary); layers found: [parks,"
                + " transport, facilities]");
  }

  @Test
  void aLayerFileThatIsNotGeoJsonIsNamed() throws IOException {
    SampleFixture.copyTo(sampleDir);
    Files.writeString(sampleDir.resolve("transport.geojson"), "{\"type\": \"FeatureCollection\",");

    assertThatThrownBy(() -> loader.load(sampleDir.toString()))
        .isInstanceOf(InvalidImportFileException.class)
        .hasMessageStartingWith("transport.geojson: not readable JSON");
    assertThat(store.layers()).isEmpty();
  }

  @Test
  void aMissingLayerFileIsNamed() throws IOException {
    SampleFixture.copyTo(sampleDir);
    Files.delete(sampleDir.resolve("transport.geojson"));

    assertThatThrownBy(() -> loader.load(sampleDir.toString()))
        .isInstanceOf(InvalidGisDataException.class)
        .hasMessageStartingWith("transport.geojson: not found");
    assertThat(store.layers()).isEmpty();
  }

  private static ImportRejectedException catchRejection(Runnable work) {
    try {
      work.run();
    } catch (ImportRejectedException e) {
      return e;
    }
    throw new AssertionError("expected the load to be refused");
  }
}
