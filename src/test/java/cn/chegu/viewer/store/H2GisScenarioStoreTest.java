package cn.chegu.viewer.store;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Scenario round trip on an embedded H2GIS file. */
class H2GisScenarioStoreTest extends AbstractScenarioStoreTest {

  @TempDir static Path directory;

  @Override
  HikariDataSource createDataSource() {
    return TestDatabases.h2gis(directory);
  }
}
