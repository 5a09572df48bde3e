package cn.chegu.viewer.store;

import cn.chegu.viewer.tools.RequiresTool;
import cn.chegu.viewer.tools.Tool;
import com.zaxxer.hikari.HikariDataSource;

/** Scenario round trip on the test PostGIS: skipped when unreachable, failed when CI=true. */
@RequiresTool(Tool.POSTGIS)
class PostGisScenarioStoreTest extends AbstractScenarioStoreTest {

  @Override
  HikariDataSource createDataSource() {
    return TestDatabases.postgis();
  }
}
