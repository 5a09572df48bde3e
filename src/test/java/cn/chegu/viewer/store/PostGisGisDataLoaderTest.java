package cn.chegu.viewer.store;

import cn.chegu.viewer.tools.RequiresTool;
import cn.chegu.viewer.tools.Tool;
import com.zaxxer.hikari.HikariDataSource;

/** The loader tests on a real PostGIS: skipped when unreachable, failed when {@code CI=true}. */
@RequiresTool(Tool.POSTGIS)
class PostGisGisDataLoaderTest extends AbstractGisDataLoaderTest {

  @Override
  HikariDataSource createDataSource() {
    return TestDatabases.postgis();
  }
}
