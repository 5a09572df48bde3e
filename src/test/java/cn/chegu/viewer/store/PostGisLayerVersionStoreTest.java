package cn.chegu.viewer.store;

import cn.chegu.viewer.tools.RequiresTool;
import cn.chegu.viewer.tools.Tool;
import com.zaxxer.hikari.HikariDataSource;

/** Layer versions on a real PostGIS ({@code CHEGU_TEST_PG_URL}); skipped when unreachable. */
@RequiresTool(Tool.POSTGIS)
class PostGisLayerVersionStoreTest extends AbstractLayerVersionStoreTest {

  @Override
  HikariDataSource createDataSource() {
    return TestDatabases.postgis();
  }
}
