package cn.chegu.viewer.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ApiTest
class LayersApiTest {

  @Autowired MockMvc mvc;

  private ResultActions getJson(String url) throws Exception {
    return mvc.perform(get(url));
  }

  @Test
  void listsLayersInManifestOrderWithSummary() throws Exception {
    getJson("/api/layers")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].id", contains("zone", "parks", "transport", "facilities")))
        .andExpect(jsonPath("$[1].title").value("Industrial parks"))
        .andExpect(jsonPath("$[1].titleZh").value("产业园区"))
        .andExpect(jsonPath("$[1].group").value("parks"))
        .andExpect(jsonPath("$[1].geometryType").value("Polygon"))
        .andExpect(jsonPath("$[1].count").value(2))
        .andExpect(jsonPath("$[1].bbox", contains(114.10, 30.35, 114.25, 30.50)))
        .andExpect(jsonPath("$[1].source").value("test fixture"))
        .andExpect(jsonPath("$[2].geometryType").value("Geometry"))
        .andExpect(jsonPath("$[3].modelled").value(true));
  }

  @Test
  void servesAFeatureCollectionWithAllPropertiesAndTheirTypes() throws Exception {
    getJson("/api/layers/facilities/features")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.type").value("FeatureCollection"))
        .andExpect(jsonPath("$.features", hasSize(2)))
        .andExpect(jsonPath("$.features[0].type").value("Feature"))
        .andExpect(jsonPath("$.features[0].id").value("fac-1"))
        .andExpect(jsonPath("$.features[0].geometry.type").value("Point"))
        .andExpect(jsonPath("$.features[0].geometry.coordinates", contains(114.11, 30.46)))
        .andExpect(jsonPath("$.features[0].properties.capacity").value(120))
        .andExpect(jsonPath("$.features[0].properties.plan_ref").value("§9.3"))
        .andExpect(jsonPath("$.features[1].properties.capacity").value(nullValue()))
        .andExpect(jsonPath("$.features[1].properties", hasKey("capacity_unit")))
        .andExpect(jsonPath("$.features[1].properties.status").value("planned"));
  }

  @Test
  void filtersByBboxAndLimit() throws Exception {
    // Around park-1 (114.10..114.15 x 30.45..30.50) only.
    getJson("/api/layers/parks/features?bbox=114.12,30.44,114.16,30.47")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.features[*].id", contains("park-1")));
    getJson("/api/layers/parks/features?limit=1")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.features[*].id", contains("park-1")));
    getJson("/api/layers/parks/features?bbox=-180,-90,180,90&limit=50000")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.features", hasSize(2)));
  }

  @Test
  void answersPlainJsonClientsToo() throws Exception {
    mvc.perform(get("/api/layers/zone/features").accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.features[0].id").value("zone-1"));
    mvc.perform(get("/api/layers/zone/features"))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/geo+json"));
  }

  @Test
  void describesOneLayer() throws Exception {
    getJson("/api/layers/transport")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value("transport"))
        .andExpect(jsonPath("$.count").value(2))
        .andExpect(jsonPath("$.bbox", contains(114.05, 30.35, 114.2, 30.5)));
    getJson("/api/layers/nope").andExpect(status().isNotFound());
  }

  @Test
  void polygonsAreWrittenCounterClockwise() throws Exception {
    // park-1's ring is clockwise in the fixture: (114.10 30.45) north to (114.10 30.50), then east.
    // RFC 7946 wants it counter-clockwise: from (114.10 30.45) east to (114.15 30.45) first.
    getJson("/api/layers/parks/features")
        .andExpect(jsonPath("$.features[0].geometry.coordinates[0][0]", contains(114.10, 30.45)))
        .andExpect(jsonPath("$.features[0].geometry.coordinates[0][1]", contains(114.15, 30.45)));
  }

  @Test
  void unknownLayerIs404() throws Exception {
    getJson("/api/layers/nope/features")
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.error").value("Not Found"))
        .andExpect(jsonPath("$.message").value("no layer with id \"nope\""));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc,30,114.2,30.5", // not a number
        "114,30,114.2", // 3 values
        "114,30,114.2,30.5,1", // 5 values
        "NaN,30,114.2,30.5",
        "114,30,Infinity,30.5",
        "114.2,30,114,30.5", // minLon > maxLon
        "114,30.5,114.2,30.5", // minLat = maxLat
        "-181,30,114.2,30.5", // out of range
        "114,30,114.2,91"
      })
  void malformedBboxIs400(String bbox) throws Exception {
    getJson("/api/layers/parks/features?bbox=" + bbox)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.error").value("Bad Request"))
        .andExpect(jsonPath("$.message", containsString("bbox: ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "50001", "abc", "1.5"})
  void malformedLimitIs400(String limit) throws Exception {
    getJson("/api/layers/parks/features?limit=" + limit)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("limit")));
  }

  @Test
  void unknownPathIs404Json() throws Exception {
    getJson("/api/nothing-here")
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.status").value(404));
  }

  @Test
  void healthAndOpenApiAreOpen() throws Exception {
    getJson("/actuator/health")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
    getJson("/v3/api-docs")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/layers']").exists())
        .andExpect(jsonPath("$.paths['/api/layers/{id}/features']").exists())
        .andExpect(jsonPath("$.paths['/api/search']").exists());
  }
}
