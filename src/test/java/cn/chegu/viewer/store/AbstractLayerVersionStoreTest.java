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
  private final List<Object> events = new java.util.concurrent.CopyOnWriteArrayList<>();

  @Override
  void opened(HikariDataSource dataSource) {
    store = new FeatureStore(dataSource, events::add);
    versions = new LayerVersionStore(dataSource, store, events::add);
  }

  @BeforeEach
  void loadFixtures() {
    store.replaceDataset(SampleDataset.NAME, "checksum-1", "fixtures", twoLayers());
    events.clear();
  }

  /**
   * One event per committed write, naming the area and layer; a write that fails (a duplicate id,
   * rolled back) publishes none. Loading a dataset names every layer it wrote.
   */
  @Test
  void everyCommittedWriteAndOnlyThosePublishOneChangeEvent() {
    versions.append(
        "parks",
        List.of(feature("parks", "new-1", "POINT (114.1 30.4)")),
        "editor",
        "a.csv",
        "1",
        null);
    assertThat(events)
        .containsExactly(
            new LayersChangedEvent(cn.chegu.viewer.area.Area.DEFAULT.id(), List.of("parks")));
    events.clear();
    assertThatThrownBy(
            () ->
                versions.append(
                    "parks",
                    List.of(feature("parks", "new-1", "POINT (114.2 30.4)")),
                    "editor",
                    "b.csv",
                    "2",
                    null))
        .isInstanceOf(DuplicateFeatureException.class);
    assertThat(events).isEmpty();
    versions.restore("parks", 1, "editor");
    assertThat(events).hasSize(1);
    events.clear();
    store.replaceDataset(SampleDataset.NAME, "checksum-2", "fixtures", twoLayers());
    assertThat(events)
        .singleElement()
        .satisfies(
            e ->
                assertThat(((LayersChangedEvent) e).layerIds())
                    .containsExactlyElementsOf(
                        twoLayers().stream().map(l -> l.definition().id()).toList()));
  }

  /**
   * The data checksum moves with an import and comes back with a restore of the same content; the
   * provenance names the version in force, and the loaded origin while nothing was imported.
   */
  @Test
  void theChecksumAndTheProvenanceFollowTheCurrentVersions() {
    String loaded = versions.checksum();
    assertThat(loaded).hasSize(64).isEqualTo(versions.checksum());
    LayerDefinition parks = store.layer("parks").orElseThrow().definition();
    assertThat(versions.newest()).doesNotContainKey("parks");
    assertThat(LayerProvenance.of(parks, versions.newest().get("parks")))
        .isEqualTo(new LayerProvenance(1, parks.origin()));

    versions.append(
        "parks",
        List.of(feature("parks", "new-1", "POINT (114.1 30.4)")),
        "editor",
        "extra.geojson",
        "0123456789abcdef",
        "append from GeoJSON in EPSG:4326");
    String imported = versions.checksum();
    assertThat(imported).isNotEqualTo(loaded);
    LayerProvenance p = LayerProvenance.of(parks, versions.newest().get("parks"));
    assertThat(p.version()).isEqualTo(2);
    assertThat(p.source())
        .startsWith(
            "version 2: extra.geojson sha256:0123456789ab (append from GeoJSON in EPSG:4326), by editor at ")
        .endsWith("; as first loaded: " + parks.origin());

    versions.restore("parks", 1, "editor");
    assertThat(versions.newest().get("parks").version()).isEqualTo(3);
    assertThat(versions.checksum()).isEqualTo(loaded);
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
    store.replaceDataset(SampleDataset.NAME, "checksum-2", "fixtures", twoLayers());
    assertThat(versions.versions("parks"))
        .extracting(LayerVersion::sha256)
        .containsExactly("checksum-2");
  }

  /**
   * Eight writers at once (as with 8 heavy slots), on two stores sharing the database as two
   * processes would: every append is kept, every version number is used once, in order, and the
   * restores among them never fail.
   */
  @Test
  void parallelAppendsAndRestoresLoseNothingAndNeverReuseANumber() throws Exception {
    LayerVersionStore other = new LayerVersionStore(dataSource(), store);
    int before = store.allFeatures("parks").size();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    List<java.util.concurrent.Future<List<Integer>>> done = new java.util.ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int writer = t;
      LayerVersionStore mine = t % 2 == 0 ? versions : other;
      done.add(
          pool.submit(
              () -> {
                List<Integer> numbers = new java.util.ArrayList<>();
                for (int i = 0; i < 3; i++) {
                  String id = "w" + writer + "-" + i;
                  numbers.add(
                      mine.append(
                              "parks",
                              List.of(feature("parks", id, "POINT (114.1 30.4)")),
                              "editor",
                              id + ".csv",
                              id,
                              "append")
                          .version());
                }
                numbers.add(mine.restore("parks", 1, "editor").version());
                return numbers;
              }));
    }
    List<Integer> numbers = new java.util.ArrayList<>();
    for (java.util.concurrent.Future<List<Integer>> f : done) {
      numbers.addAll(f.get(120, java.util.concurrent.TimeUnit.SECONDS));
    }
    pool.shutdown();
    assertThat(numbers).doesNotHaveDuplicates().hasSize(32);
    assertThat(versions.versions("parks"))
        .extracting(LayerVersion::version)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 33).boxed().toList());
    // every append landed on the layer as it was at that moment: a version holds its
    // predecessor's features plus one, or (a restore) exactly the sample's
    List<LayerVersion> all = versions.versions("parks");
    for (int i = 1; i < all.size(); i++) {
      LayerVersion v = all.get(i);
      int expected = v.note().startsWith("restored") ? before : all.get(i - 1).features() + 1;
      assertThat(v.features()).as("version %d (%s)", v.version(), v.note()).isEqualTo(expected);
    }
  }

  @Test
  void anAppendOfAnIdTheLayerHoldsIsRefusedAndWritesNothing() {
    String id = store.allFeatures("parks").get(0).id();
    assertThatThrownBy(
            () ->
                versions.append(
                    "parks",
                    List.of(feature("parks", id, "POINT (114.1 30.4)")),
                    "editor",
                    "x.csv",
                    "1",
                    "append"))
        .isInstanceOf(DuplicateFeatureException.class)
        .hasMessageContaining(id);
    assertThat(versions.versions("parks")).hasSize(1);
  }
}
