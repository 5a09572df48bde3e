package cn.chegu.viewer.store;

import com.zaxxer.hikari.HikariDataSource;

/** Layer versions on a real PostGIS ({@code CHEGU_TEST_PG_URL}); skipped when unreachable. */
class PostGisLayerVersionStoreTest extends AbstractLayerVersionStoreTest {

  @Override
  HikariDataSource createDataSource() {
    return TestDatabases.postgis();
  }
}
