package cn.chegu.viewer.imports;

import cn.chegu.viewer.store.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The sample loader tests on an embedded H2GIS file in a temporary directory. */
class H2GisSampleLoaderTest extends AbstractSampleLoaderTest {

  @TempDir static Path databaseDir;

  @Override
  HikariDataSource createDataSource() {
    return TestDatabases.h2gis(databaseDir);
  }
}
