package cn.chegu.viewer.store;

import cn.chegu.viewer.tools.RequiresTool;
import cn.chegu.viewer.tools.Tool;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The store tests on a real PostGIS ({@code CHEGU_TEST_PG_URL}, default
 * jdbc:postgresql://127.0.0.1:55432/chegu_test): skipped when unreachable, failed when {@code
 * CI=true}.
 */
@RequiresTool(Tool.POSTGIS)
class PostGisFeatureStoreTest extends AbstractFeatureStoreTest {

  @Override
  HikariDataSource createDataSource() {
    return TestDatabases.postgis();
  }
}
