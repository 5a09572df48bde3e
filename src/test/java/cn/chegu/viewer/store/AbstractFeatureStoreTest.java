package cn.chegu.viewer.store;

import static cn.chegu.viewer.store.StoreFixtures.feature;
import static cn.chegu.viewer.store.StoreFixtures.twoLayers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The store's behaviour, run against each database (subclasses say which). Every test starts from
 * {@link StoreFixtures#twoLayers()}.
 */
abstract class AbstractFeatureStoreTest extends AbstractDatabaseTest {

  private FeatureStore store;

  @Override
  void opened(HikariDataSource dataSource) {
    store = new FeatureStore(dataSource);
  }

  @BeforeEach
  void loadFixtures() {
    store.replaceDataset("test", "checksum-1", "fixtures", twoLayers());
  }

  @Test
  void layersComeInDrawOrderWithCountTypeAndExtent() {
    List<LayerInfo> layers = store.layers();

    assertThat(layers).extracting(LayerInfo::id).containsExactly("parks", "transport");
    LayerInfo parks = layers.get(0);
    assertThat(parks.count()).isEqualTo(2);
    assertThat(parks.geometryType()).isEqualTo("Polygon");
    assertThat(parks.extent()).isEqualTo(new Envelope(114.10, 114.25, 30.35, 30.50));
    assertThat(parks.definition().titleZh()).isEqualTo("parks 标题");
    assertThat(layers.get(1).geometryType()).isEqualTo("Geometry"); // a line and a point
    assertThat(store.layer("transport")).contains(layers.get(1));
    assertThat(store.layer("nope")).isEmpty();
  }

  @Test
  void geometryTypesAreCountedPerLayerInTheDatabasesOwnNames() {
    // H2GIS says POINT, PostGIS ST_Point: the OGC registry normalises both
    assertThat(store.geometryTypes("transport"))
        .hasSize(2)
        .satisfies(
            m ->
                assertThat(m.keySet())
                    .allSatisfy(
                        t ->
                            assertThat(t.toLowerCase(java.util.Locale.ROOT))
                                .matches("(st_)?(point|linestring)")))
        .containsValues(1, 1);
    assertThat(store.geometryTypes("parks").values()).containsExactly(2);
    assertThatThrownBy(() -> store.geometryTypes("nope")).isInstanceOf(UnknownLayerException.class);
  }

  @Test
  void featuresRoundTripGeometryAndPropertyTypes() {
    List<StoredFeature> parks = store.features("parks", null, 100);

    assertThat(parks).extracting(StoredFeature::id).containsExactly("sq-1", "sq-2");
    StoredFeature sq1 = parks.get(0);
    assertThat(sq1.geometry().equalsExact(twoLayers().get(0).features().get(0).geometry()))
        .isTrue();
    assertThat(sq1.geometry().getSRID()).isEqualTo(4326);
    assertThat(sq1.properties())
        .containsEntry("name_zh", "常福工业园")
        .containsEntry("park_no", 1)
        .containsEntry("accuracy_m", 300.5)
        .containsEntry("code", null)
        .containsEntry("id", "sq-1");
    assertThat(store.features("transport", null, 100).get(0).properties())
        .containsEntry("oneway", true);
  }

  @Test
  void bboxKeepsWhatIntersectsExactlyNotJustByEnvelope() {
    // Inside the envelope of line-1 but away from the line itself, and clear of the squares.
    Envelope offTheLine = new Envelope(114.16, 114.19, 30.46, 30.49);
    // Touches sq-1's east half and crosses the line near (114.14 30.41).
    Envelope aroundSq1 = new Envelope(114.13, 114.17, 30.40, 30.47);

    assertThat(store.features("transport", offTheLine, 100)).isEmpty();
    assertThat(store.features("parks", offTheLine, 100)).isEmpty();
    assertThat(store.features("parks", aroundSq1, 100))
        .extracting(StoredFeature::id)
        .containsExactly("sq-1");
    assertThat(store.features("transport", aroundSq1, 100))
        .extracting(StoredFeature::id)
        .containsExactly("line-1");
  }

  @Test
  void limitCapsTheNumberOfFeaturesInFileOrder() {
    assertThat(store.features("parks", null, 1))
        .extracting(StoredFeature::id)
        .containsExactly("sq-1");
    assertThat(store.allFeatures("transport"))
        .extracting(StoredFeature::id)
        .containsExactly("line-1", "pt-1");
  }

  @Test
  void pagesFollowFileOrderAndCountMatchesTheBox() {
    assertThat(store.features("parks", null, 1, 1))
        .extracting(StoredFeature::id)
        .containsExactly("sq-2");
    assertThat(store.features("parks", null, 2, 1)).isEmpty();
    assertThat(store.count("parks", null)).isEqualTo(2);
    assertThat(store.count("parks", new Envelope(114.13, 114.17, 30.40, 30.47))).isEqualTo(1);
  }

  @Test
  void unknownLayerIsAPreciseException() {
    assertThatThrownBy(() -> store.features("nope", null, 10))
        .isInstanceOf(UnknownLayerException.class)
        .hasMessageContaining("nope");
    assertThatThrownBy(() -> store.allFeatures("nope")).isInstanceOf(UnknownLayerException.class);
  }

  @Test
  void searchMatchesChineseAndEnglishNamesIgnoringCase() {
    assertThat(store.search("军山", 10)).extracting(SearchHit::id).containsExactly("sq-2", "pt-1");
    assertThat(store.search("METRO line", 10)).extracting(SearchHit::id).containsExactly("line-1");
    assertThat(store.search("industrial", 10))
        .singleElement()
        .satisfies(
            hit -> {
              assertThat(hit.layerId()).isEqualTo("parks");
              assertThat(hit.nameZh()).isEqualTo("常福工业园");
              assertThat(hit.nameEn()).isEqualTo("Changfu Industrial Park");
              // a point inside the square
              assertThat(hit.lon()).isBetween(114.10, 114.15);
              assertThat(hit.lat()).isBetween(30.45, 30.50);
            });
    assertThat(store.search("军山站", 10).get(0))
        .extracting(SearchHit::lon, SearchHit::lat)
        .containsExactly(114.12, 30.43);
  }

  @Test
  void searchPutsExactNamesFirst() {
    assertThat(store.search("军山站", 10)).extracting(SearchHit::id).containsExactly("pt-1");
    assertThat(store.search("军山", 1)).extracting(SearchHit::id).containsExactly("sq-2");
  }

  @Test
  void searchTreatsWildcardsAndQuotesAsText() {
    assertThat(store.search("100%_a", 10)).extracting(SearchHit::id).containsExactly("sq-2");
    assertThat(store.search("%", 10)).extracting(SearchHit::id).containsExactly("sq-2");
    assertThat(store.search("_", 10)).extracting(SearchHit::id).containsExactly("sq-2");
    assertThat(store.search("1%_", 10)).isEmpty();
    assertThat(store.search("'; DROP TABLE feature; --", 10)).isEmpty();
    assertThat(store.features("parks", null, 10)).hasSize(2);
  }

  @Test
  void replacingTheDatasetRecordsItsChecksum() {
    assertThat(store.datasetChecksum("test")).contains("checksum-1");
    assertThat(store.datasetChecksum("other")).isEmpty();

    store.replaceDataset("test", "checksum-2", "fixtures", twoLayers().subList(0, 1));

    assertThat(store.datasetChecksum("test")).contains("checksum-2");
    assertThat(store.layers()).extracting(LayerInfo::id).containsExactly("parks");
  }

  @Test
  void aFailedReplaceLeavesTheStoreAsItWas() {
    // counted before, not assumed: a shared test database may also hold other areas' layers
    JdbcTemplate jdbc = new JdbcTemplate(dataSource());
    Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM feature", Integer.class);
    List<LayerContent> broken = new ArrayList<>(twoLayers());
    broken.add(
        new LayerContent(
            StoreFixtures.definition("dup", "roads"),
            List.of(
                feature("dup", "same", "POINT (114.1 30.4)"),
                feature("dup", "same", "POINT (114.2 30.4)"))));

    assertThatThrownBy(() -> store.replaceDataset("test", "checksum-2", "fixtures", broken))
        .isInstanceOf(RuntimeException.class);

    assertThat(store.datasetChecksum("test")).contains("checksum-1");
    assertThat(store.layers()).extracting(LayerInfo::id).containsExactly("parks", "transport");
    assertThat(store.features("parks", null, 10)).hasSize(2);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM feature", Integer.class))
        .isEqualTo(before);
  }

  @Test
  void emptyLayerHasNoExtent() {
    store.replaceDataset(
        "test",
        "checksum-3",
        null,
        List.of(new LayerContent(StoreFixtures.definition("empty", "roads"), List.of())));

    LayerInfo empty = store.layer("empty").orElseThrow();
    assertThat(empty.count()).isZero();
    assertThat(empty.extent()).isNull();
    assertThat(store.features("empty", null, 10)).isEmpty();
  }
}
