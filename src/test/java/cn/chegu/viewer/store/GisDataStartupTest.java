package cn.chegu.viewer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.chegu.viewer.io.InvalidGisDataException;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/** What startup does with the configured sample data location. */
class GisDataStartupTest {

  @TempDir Path directory;
  private HikariDataSource dataSource;
  private FeatureStore store;

  @BeforeEach
  void open() {
    dataSource = TestDatabases.h2gis(directory);
    store = new FeatureStore(dataSource);
  }

  @AfterEach
  void close() {
    dataSource.close();
  }

  private void start(String sampleData, boolean load) {
    new GisDataStartup(
            store,
            new DefaultResourceLoader(),
            new StoreProperties(directory, sampleData, load),
            java.util.List.of())
        .afterSingletonsInstantiated();
  }

  @Test
  void loadsTheConfiguredLocation() {
    start("classpath:fixtures/gis-data/", true);

    assertThat(store.layers()).hasSize(4);
  }

  @Test
  void withoutAManifestTheStoreStaysEmpty() {
    start(directory.resolve("nowhere").toString(), true);

    assertThat(store.layers()).isEmpty();
  }

  @Test
  void loadingCanBeSwitchedOff() {
    start("classpath:fixtures/gis-data/", false);

    assertThat(store.layers()).isEmpty();
  }

  @Test
  void aBrokenManifestStopsStartup() throws Exception {
    Path broken = Files.createDirectory(directory.resolve("broken"));
    Files.writeString(broken.resolve("MANIFEST.json"), "{\"layers\": [}");

    assertThatThrownBy(() -> start(broken.toString(), true))
        .isInstanceOf(InvalidGisDataException.class)
        .hasMessageStartingWith("MANIFEST.json: not a valid manifest");
  }
}
