package cn.chegu.viewer.web;

import cn.chegu.viewer.tools.RequiresTool;
import cn.chegu.viewer.tools.Tool;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link RefusedWritesTest} — every write endpoint × every refusable twist, a 4xx leaves every
 * table's checksum unchanged — on the test PostGIS ({@code CHEGU_TEST_PG_URL}, the {@code postgis}
 * profile) instead of H2GIS.
 */
@SpringBootTest(
    properties = {
      "chegu.sample-data=classpath:fixtures/gis-data/",
      "chegu.allow-default-credentials=true",
      "spring.datasource.username=postgres",
      "spring.datasource.password="
    })
@ActiveProfiles("postgis")
@AutoConfigureMockMvc
@RequiresTool(Tool.POSTGIS)
class PostGisRefusedWritesTest extends RefusedWritesTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> FreshDatabase.URL);
  }

  /**
   * A database of its own on the test server, created empty once per run: the shared test database
   * may hold another test's dataset, and the sample loader then skips the fixture as already loaded
   * (seen when the store tests ran first: every case failed with "no layer facilities").
   */
  private static final class FreshDatabase {
    static final String URL = create();

    private static String create() {
      String url = Tool.testDatabaseUrl();
      int slash = url.lastIndexOf('/');
      int query = url.indexOf('?', slash);
      String name =
          (query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query)) + "_refused";
      try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "postgres", "");
          java.sql.Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
        s.execute("CREATE DATABASE \"" + name + "\"");
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("cannot create the test database " + name, e);
      }
      return url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
    }
  }
}
