package cn.chegu.viewer.imports;

import cn.chegu.viewer.store.TestDatabases;
import cn.chegu.viewer.tools.RequiresTool;
import cn.chegu.viewer.tools.Tool;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The sample loader tests on a real PostGIS: skipped when unreachable, failed when {@code CI=true}.
 */
@RequiresTool(Tool.POSTGIS)
class PostGisSampleLoaderTest extends AbstractSampleLoaderTest {

  @Override
  HikariDataSource createDataSource() {
    return TestDatabases.postgis();
  }
}
