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
    registry.add("spring.datasource.url", Tool::testDatabaseUrl);
  }
}
