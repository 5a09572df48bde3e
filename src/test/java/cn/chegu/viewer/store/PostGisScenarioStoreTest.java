package cn.chegu.viewer.store;

import com.zaxxer.hikari.HikariDataSource;

/** Scenario round trip on the test PostGIS: skipped when unreachable, failed when CI=true. */
class PostGisScenarioStoreTest extends AbstractScenarioStoreTest {

  @Override
  HikariDataSource createDataSource() {
    return TestDatabases.postgis();
  }
}
