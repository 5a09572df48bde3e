package cn.chegu.viewer.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.chegu.viewer.Application;
import cn.chegu.viewer.io.InvalidGisDataException;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.StoreProperties;
import cn.chegu.viewer.store.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.DefaultResourceLoader;

/** What startup does with the configured sample data location. */
class SampleStartupTest {

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
    new SampleStartup(
            store,
            new DefaultResourceLoader(),
            new StoreProperties(directory, sampleData, load),
            new ImportProperties(1000, 512, 200, 20, 200_000, 5_000_000, 120))
        .afterSingletonsInstantiated();
  }

  @Test
  void loadsTheConfiguredLocation() {
    start(SampleFixture.LOCATION, true);

    assertThat(store.layers()).hasSize(4);
  }

  @Test
  void withoutAManifestTheStoreStaysEmpty() {
    start(directory.resolve("nowhere").toString(), true);

    assertThat(store.layers()).isEmpty();
  }

  @Test
  void loadingCanBeSwitchedOff() {
    start(SampleFixture.LOCATION, false);

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

  /**
   * The whole application, started on a copy of the fixture whose facility fac-2 has a type no
   * standard knows: it does not start, and the reason names the file, the feature and the rule.
   */
  @Test
  void theApplicationDoesNotStartOnASampleFeatureBreakingARule() throws Exception {
    Path sample = Files.createDirectory(directory.resolve("gis-data"));
    SampleFixture.copyTo(sample);
    SampleFixture.edit(sample, "facilities.geojson", "\"community_health_station\"", "\"clinic\"");

    Throwable failure =
        Assertions.catchThrowable(
            () ->
                new SpringApplicationBuilder(Application.class)
                    .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:sample-startup-test;DB_CLOSE_DELAY=-1",
                        "--chegu.data-dir=" + directory.resolve("data"),
                        "--chegu.sample-data=" + sample)
                    .close());

    assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageStartingWith(
            "facilities.geojson: feature 2 (id fac-2): type: unknown facility type 'clinic'; known:"
                + " [");
  }
}
