package cn.chegu.viewer.store;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The loader tests on an embedded H2GIS file in a temporary directory. */
class H2GisGisDataLoaderTest extends AbstractGisDataLoaderTest {

  @TempDir static Path databaseDir;

  @Override
  HikariDataSource createDataSource() {
    return TestDatabases.h2gis(databaseDir);
  }
}
