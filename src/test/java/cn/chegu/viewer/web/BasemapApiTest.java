package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The configured basemap list (issue 18 §3) and the tile hosts it opens in the CSP. */
@ApiTest
class BasemapApiTest {

  @Autowired MockMvc mvc;

  @Test
  void theConfiguredBasemapsAreListedWithDatumAndWhetherTheMapCanDrawThem() throws Exception {
    mvc.perform(get("/api/basemaps"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[*].id")
                .value(org.hamcrest.Matchers.contains("osm", "gaode", "tianditu-vec")))
        .andExpect(jsonPath("$[1].datum").value("GCJ02"))
        .andExpect(jsonPath("$[1].subdomains").value("1234"))
        .andExpect(jsonPath("$[2].type").value("wmts"))
        .andExpect(jsonPath("$[2].drawable").value(true));
  }

  @Test
  void aGeographicTileMatrixIsListedAsNotDrawableAndHostsWithSubdomainsBecomeWildcards() {
    BasemapProperties p =
        new BasemapProperties(
            List.of(
                new BasemapProperties.Basemap(
                    "tdt-c",
                    "天地图",
                    "Tianditu",
                    "wmts",
                    "https://t{s}.tianditu.gov.cn/vec_c/wmts?TILEMATRIX={TileMatrix}",
                    "01",
                    "EPSG:4490",
                    "WGS84",
                    "© 天地图",
                    18),
                new BasemapProperties.Basemap(
                    "intranet",
                    "内网",
                    "Intranet",
                    "xyz",
                    "http://10.1.2.3:8080/tiles/{z}/{x}/{y}.png",
                    null,
                    null,
                    null,
                    null,
                    null)));
    assertThat(p.tileOrigins())
        .containsExactly("https://*.tianditu.gov.cn", "http://10.1.2.3:8080");
    assertThat(BasemapProperties.DRAWABLE_CRS).doesNotContain("EPSG:4490");
  }
}
