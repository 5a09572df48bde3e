package cn.chegu.viewer.store;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Layer versions on the embedded H2GIS store. */
class H2GisLayerVersionStoreTest extends AbstractLayerVersionStoreTest {

  @TempDir static Path directory;

  @Override
  HikariDataSource createDataSource() {
    return TestDatabases.h2gis(directory);
  }
}
