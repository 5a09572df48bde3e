package cn.chegu.viewer.store;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store tests on an embedded H2GIS file in a temporary directory. */
class H2GisFeatureStoreTest extends AbstractFeatureStoreTest {

  @TempDir static Path directory;

  @Override
  HikariDataSource createDataSource() {
    return TestDatabases.h2gis(directory);
  }
}
