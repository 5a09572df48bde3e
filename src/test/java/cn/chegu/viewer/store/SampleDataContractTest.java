package cn.chegu.viewer.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The shipped sample data ({@code gis-data/}, packaged as {@code classpath:gis-data/}) passes the
 * loader's validation and provides every layer the API contract names, none of them empty.
 */
class SampleDataContractTest {

  static final List<String> CONTRACT_LAYERS =
      List.of(
          "zone",
          "subdistricts",
          "layout",
          "parks",
          "transport",
          "water",
          "roads",
          "facilities",
          "population",
          "transit");

  @TempDir Path directory;

  @Test
  void theShippedSampleDataLoadsWithEveryContractLayer() {
    try (HikariDataSource dataSource = TestDatabases.h2gis(directory)) {
      FeatureStore store = new FeatureStore(dataSource);

      GisDataLoader.Outcome outcome =
          new GisDataLoader(store, new DefaultResourceLoader()).load("classpath:gis-data/");

      assertThat(outcome.changed()).isTrue();
      assertThat(store.layers())
          .extracting(LayerInfo::id)
          .containsExactlyInAnyOrderElementsOf(CONTRACT_LAYERS);
      assertThat(store.layers()).allSatisfy(layer -> assertThat(layer.count()).isPositive());
      assertThat(store.layer("parks").orElseThrow().count()).isEqualTo(8);
      assertThat(store.layer("subdistricts").orElseThrow().count()).isEqualTo(7);
    }
  }
}
