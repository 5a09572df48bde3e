package cn.chegu.viewer.store;

import static cn.chegu.viewer.store.StoreFixtures.feature;
import static cn.chegu.viewer.store.StoreFixtures.twoLayers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Layer versions on each database: the sample is version 1, replace and restore add versions. */
abstract class AbstractLayerVersionStoreTest extends AbstractDatabaseTest {

  private FeatureStore store;
  private LayerVersionStore versions;

  @Override
  void opened(HikariDataSource dataSource) {
    store = new FeatureStore(dataSource);
    versions = new LayerVersionStore(dataSource, store);
  }

  @BeforeEach
  void loadFixtures() {
    store.replaceDataset(SampleDataLoader.DATASET, "checksum-1", "fixtures", twoLayers());
  }

  @Test
  void theSampleIsVersionOneAndReplaceAddsVersionTwo() {
    assertThat(versions.versions("parks"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.version()).isEqualTo(1);
              assertThat(v.who()).isEqualTo("sample");
              assertThat(v.sha256()).isEqualTo("checksum-1");
              assertThat(v.features()).isEqualTo(2);
            });
    LayerVersion two =
        versions.replace(
            "parks",
            List.of(feature("parks", "new-1", "POINT (114.1 30.4)", "name_zh", "新")),
            "editor",
            "new.geojson",
            "abc",
            "replace");
    assertThat(two.version()).isEqualTo(2);
    assertThat(store.allFeatures("parks")).extracting(StoredFeature::id).containsExactly("new-1");
    assertThat(store.layer("parks").orElseThrow().count()).isEqualTo(1);
    assertThat(store.layer("parks").orElseThrow().geometryType()).isEqualTo("Point");
    assertThat(versions.versions("parks")).extracting(LayerVersion::version).containsExactly(1, 2);
  }

  @Test
  void restoreBringsTheOldFeaturesBackAsANewVersion() {
    List<StoredFeature> before = store.allFeatures("parks");
    versions.replace(
        "parks",
        List.of(feature("parks", "x", "POINT (114.1 30.4)")),
        "editor",
        "x.csv",
        "1",
        null);
    LayerVersion three = versions.restore("parks", 1, "editor");
    assertThat(three.version()).isEqualTo(3);
    assertThat(three.note()).isEqualTo("restored from version 1");
    List<StoredFeature> after = store.allFeatures("parks");
    assertThat(after)
        .extracting(StoredFeature::id)
        .containsExactlyElementsOf(before.stream().map(StoredFeature::id).toList());
    assertThat(after.get(0).properties()).isEqualTo(before.get(0).properties());
    assertThat(after.get(0).geometry().equalsExact(before.get(0).geometry(), 1e-12)).isTrue();
    assertThatThrownBy(() -> versions.restore("parks", 7, "editor"))
        .isInstanceOf(UnknownVersionException.class);
  }

  @Test
  void aNewSampleStartsTheHistoriesAgain() {
    versions.replace(
        "parks",
        List.of(feature("parks", "x", "POINT (114.1 30.4)")),
        "editor",
        "x.csv",
        "1",
        null);
    store.replaceDataset(SampleDataLoader.DATASET, "checksum-2", "fixtures", twoLayers());
    assertThat(versions.versions("parks"))
        .extracting(LayerVersion::sha256)
        .containsExactly("checksum-2");
  }
}
