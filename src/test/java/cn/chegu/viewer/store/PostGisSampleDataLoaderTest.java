package cn.chegu.viewer.store;

import com.zaxxer.hikari.HikariDataSource;

/** The loader tests on a real PostGIS: skipped when unreachable, failed when {@code CI=true}. */
class PostGisSampleDataLoaderTest extends AbstractSampleDataLoaderTest {

  @Override
  HikariDataSource createDataSource() {
    return TestDatabases.postgis();
  }
}
