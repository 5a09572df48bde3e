package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The OGC service over MockMvc on the fixture (zone, parks 2, transport 2, facilities fac-1 at
 * 114.11/30.46 and fac-2 at 114.22/30.37): documents, negotiation, paging links, CRS, filters and
 * the exception shape. GDAL and OWSLib read the real sample in {@code OgcClientsTest}.
 */
@ApiTest
class OgcApiTest {

  private static final String ITEMS = "/ogc/collections/facilities/items";

  @Autowired MockMvc mvc;

  @Test
  void landingPageLinksTheApiConformanceAndCollections() throws Exception {
    mvc.perform(get("/ogc"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(
            jsonPath("$.links[*].rel", hasItems("self", "service-desc", "conformance", "data")))
        .andExpect(
            jsonPath(
                "$.links[?(@.rel == 'data')].href", contains("http://localhost/ogc/collections")));
    mvc.perform(get("/ogc/conformance"))
        .andExpect(jsonPath("$.conformsTo", hasSize(5)))
        .andExpect(
            jsonPath(
                "$.conformsTo",
                hasItem("http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs")));
  }

  @Test
  void openApiDocumentStatesTheLimitRangeAndCrsList() throws Exception {
    mvc.perform(get("/ogc/api"))
        .andExpect(status().isOk())
        .andExpect(
            header().string("Content-Type", containsString("application/vnd.oai.openapi+json")))
        .andExpect(jsonPath("$.openapi").value("3.0.3"))
        .andExpect(
            jsonPath("$.paths", org.hamcrest.Matchers.hasKey("/collections/{collectionId}/items")))
        .andExpect(jsonPath("$.components.parameters.limit.schema.maximum").value(10000))
        .andExpect(jsonPath("$.components.parameters.limit.schema.default").value(100))
        .andExpect(jsonPath("$.components.parameters.crs.schema.enum", hasSize(6)));
  }

  @Test
  void collectionsAreTheLayersThenTheResultsWithCrsLists() throws Exception {
    mvc.perform(get("/ogc/collections"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.collections[0].id").value("zone"))
        .andExpect(
            jsonPath(
                "$.collections[*].id",
                hasItems("parks", "transport-lines", "transport-points", "facilities")))
        // the fixture's transport mixes a line and a station: no collection holds both
        .andExpect(jsonPath("$.collections[*].id", not(hasItem("transport"))))
        .andExpect(
            jsonPath(
                "$.collections[?(@.id == 'transport-points')].geometryType", contains("Point")))
        .andExpect(
            jsonPath(
                "$.collections[?(@.id == 'transport-lines')].geometryType", contains("LineString")))
        .andExpect(jsonPath("$.collections[?(@.id == 'parks')].geometryType", contains("Polygon")))
        .andExpect(
            jsonPath(
                "$.collections[*].id",
                hasItems(
                    "gaps-health15-network-2020-existing", "service-areas-health15-network-plan")))
        .andExpect(jsonPath("$.collections[1].title").value("产业园区 · Industrial parks"));
    mvc.perform(get("/ogc/collections/facilities"))
        .andExpect(jsonPath("$.storageCrs").value("http://www.opengis.net/def/crs/OGC/1.3/CRS84"))
        .andExpect(jsonPath("$.crs", hasItem("http://www.opengis.net/def/crs/EPSG/0/4547")))
        .andExpect(jsonPath("$.extent.spatial.bbox[0]", hasSize(4)))
        .andExpect(jsonPath("$.links[?(@.rel == 'items')].type", hasItem("application/geo+json")));
  }

  @Test
  void aMixedLayerIsOneCollectionPerGeometryFamily() throws Exception {
    mvc.perform(get("/ogc/collections/transport-points/items"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.numberMatched").value(1))
        .andExpect(jsonPath("$.features[0].id").value("station-1"))
        .andExpect(jsonPath("$.features[0].geometry.type").value("Point"));
    mvc.perform(get("/ogc/collections/transport-lines/items"))
        .andExpect(jsonPath("$.numberMatched").value(1))
        .andExpect(jsonPath("$.features[0].id").value("metro-16"));
    mvc.perform(get("/ogc/collections/transport-areas")).andExpect(status().isNotFound());
    mvc.perform(get("/ogc/collections/transport")).andExpect(status().isNotFound());
    // the combined layer stays on the map's API
    mvc.perform(get("/api/layers/transport/features"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.features", hasSize(2)));
  }

  @Test
  void resultsOfUnlistedParametersAreFoundById() throws Exception {
    mvc.perform(get("/ogc/collections"))
        .andExpect(
            jsonPath(
                "$.collections[*].id", not(hasItem("gaps-health15-euclidean-2025-committed"))));
    mvc.perform(get("/ogc/collections/gaps-health15-euclidean-2025-committed"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.geometryType").value("MultiPolygon"))
        .andExpect(jsonPath("$.title", containsString("straight-line distance, 2025 residents")));
    // (the fixture has no roads, so items are not computed here; WfsClientsTest reads them)
    mvc.perform(get("/ogc/collections/service-areas-health15-euclidean-committed"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.title", containsString("straight-line distance")));
    for (String id :
        List.of(
            "gaps-nope-network-2020-existing",
            "gaps-health15-network-2021-existing",
            "gaps-health15-network-existing",
            "service-areas-health15-network-2020-existing")) {
      mvc.perform(get("/ogc/collections/" + id)).andExpect(status().isNotFound());
    }
  }

  @Test
  void itemsArePagedWithStableNextAndPrevLinks() throws Exception {
    mvc.perform(get(ITEMS).param("limit", "1"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
        .andExpect(header().string("Content-Crs", "<http://www.opengis.net/def/crs/OGC/1.3/CRS84>"))
        .andExpect(jsonPath("$.features[*].id", contains("fac-1")))
        .andExpect(jsonPath("$.numberMatched").value(2))
        .andExpect(jsonPath("$.numberReturned").value(1))
        .andExpect(jsonPath("$.timeStamp").isString())
        .andExpect(
            jsonPath(
                "$.links[?(@.rel == 'next')].href",
                contains(
                    "http://localhost/ogc/collections/facilities/items?f=json&limit=1&offset=1")))
        .andExpect(jsonPath("$.links[?(@.rel == 'prev')]").isEmpty());
    mvc.perform(get(ITEMS).param("limit", "1").param("offset", "1"))
        .andExpect(jsonPath("$.features[*].id", contains("fac-2")))
        .andExpect(jsonPath("$.links[?(@.rel == 'next')]").isEmpty())
        .andExpect(
            jsonPath(
                "$.links[?(@.rel == 'prev')].href",
                contains("http://localhost/ogc/collections/facilities/items?f=json&limit=1")));
  }

  @Test
  void crsAnswersInTheEpsgAxisOrderAndBboxCrsIsHonoured() throws Exception {
    mvc.perform(get(ITEMS + "/fac-1").param("crs", "http://www.opengis.net/def/crs/EPSG/0/4326"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Crs", "<http://www.opengis.net/def/crs/EPSG/0/4326>"))
        .andExpect(jsonPath("$.geometry.coordinates", contains(30.46, 114.11)));
    mvc.perform(get(ITEMS + "/fac-1").param("crs", "http://www.opengis.net/def/crs/EPSG/0/4547"))
        .andExpect(jsonPath("$.geometry.coordinates[0]", closeTo(3_371_000, 2_000)))
        .andExpect(jsonPath("$.geometry.coordinates[1]", closeTo(510_600, 500)));
    // a lat/lon box around fac-2 only
    mvc.perform(
            get(ITEMS)
                .param("bbox", "30.36,114.21,30.38,114.23")
                .param("bbox-crs", "http://www.opengis.net/def/crs/EPSG/0/4326"))
        .andExpect(jsonPath("$.features[*].id", contains("fac-2")));
    mvc.perform(get(ITEMS).param("bbox", "114.21,30.36,114.23,30.38"))
        .andExpect(jsonPath("$.features[*].id", contains("fac-2")));
    // a box bigger than the world (its width overflows a double) asks for everything
    mvc.perform(get(ITEMS).param("bbox", "-1e308,-1e308,1e308,1e308"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.features[*].id", containsInAnyOrder("fac-1", "fac-2")));
    mvc.perform(
            get(ITEMS)
                .param("bbox", "-1e308,-1e308,1e308,1e308")
                .param("bbox-crs", "http://www.opengis.net/def/crs/EPSG/0/4547"))
        .andExpect(
            r ->
                org.junit.jupiter.api.Assertions.assertTrue(
                    r.getResponse().getStatus() < 500, "projected huge box: no 5xx"));
  }

  @Test
  void propertyFiltersAreQueryablesAndUnknownParametersAnswer400() throws Exception {
    mvc.perform(get(ITEMS).param("status", "planned"))
        .andExpect(jsonPath("$.features[*].id", contains("fac-2")))
        .andExpect(jsonPath("$.numberMatched").value(1));
    mvc.perform(get(ITEMS).param("capacity", "120"))
        .andExpect(jsonPath("$.features[*].id", contains("fac-1")));
    mvc.perform(get("/ogc/collections/facilities/queryables"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("application/schema+json"))
        .andExpect(jsonPath("$.properties.type.type").value("string"))
        .andExpect(jsonPath("$.properties.capacity.type").value("integer"));
    mvc.perform(get(ITEMS).param("colour", "red"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("InvalidParameterValue"))
        .andExpect(jsonPath("$.description", containsString("colour: unknown parameter")));
    mvc.perform(get(ITEMS + "/fac-1").param("type", "hospital")).andExpect(status().isBadRequest());
  }

  @Test
  void badParametersAndUnknownIdsAnswerInTheOgcExceptionShape() throws Exception {
    mvc.perform(get(ITEMS).param("crs", "http://www.opengis.net/def/crs/EPSG/0/2000"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("InvalidParameterValue"))
        .andExpect(jsonPath("$.description", containsString("unsupported CRS")));
    mvc.perform(get(ITEMS).param("limit", "10001")).andExpect(status().isBadRequest());
    mvc.perform(get(ITEMS).param("limit", "ten")).andExpect(status().isBadRequest());
    mvc.perform(get(ITEMS).param("bbox", "1,2,3")).andExpect(status().isBadRequest());
    mvc.perform(get(ITEMS).param("f", "xml")).andExpect(status().isBadRequest());
    mvc.perform(get("/ogc/collections/nope"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("NotFound"))
        .andExpect(jsonPath("$.description").value("no collection 'nope'"));
    mvc.perform(get(ITEMS + "/nope")).andExpect(status().isNotFound());
  }

  @Test
  void theHtmlPagesNextLinkOpensTheNextHtmlPageWithItsGeoJsonBeside() throws Exception {
    String html =
        mvc.perform(get(ITEMS).param("f", "html").param("limit", "1"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains(
            "<a rel=\"next\" href=\"http://localhost/ogc/collections/facilities/items?f=html&amp;limit=1&amp;offset=1\">")
        .contains(
            "href=\"http://localhost/ogc/collections/facilities/items?f=json&amp;limit=1&amp;offset=1\">GeoJSON</a>")
        .doesNotContain("rel=\"prev\"");
    mvc.perform(get(ITEMS).param("f", "html").param("limit", "1").param("offset", "1"))
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(
            content()
                .string(
                    containsString(
                        "<a rel=\"prev\" href=\"http://localhost/ogc/collections/facilities/items?f=html&amp;limit=1\">")))
        .andExpect(content().string(not(containsString("rel=\"next\""))));
  }

  @Test
  void htmlIsChosenByFOrByAnAcceptHeaderThatPrefersIt() throws Exception {
    mvc.perform(get(ITEMS).param("f", "html"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string(containsString("id=\"ogc-map\"")))
        .andExpect(content().string(containsString("/webjars/leaflet/1.9.4/dist/leaflet.js")))
        .andExpect(content().string(containsString("沌口社区卫生服务中心")));
    mvc.perform(
            get("/ogc/collections").header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"))
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string(containsString("facilities")));
    mvc.perform(get("/ogc/collections").header("Accept", "application/json, text/html;q=0.5"))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    mvc.perform(get(ITEMS).header("Accept", "application/geo+json"))
        .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
        .andExpect(content().string(not(containsString("<html"))));
  }

  @Test
  void layersAnswer304WhenUnchangedAndSimplifyToTheZoom() throws Exception {
    String etag =
        mvc.perform(get("/api/layers/parks/features"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getHeader("ETag");
    org.assertj.core.api.Assertions.assertThat(etag).startsWith("W/\"");
    mvc.perform(get("/api/layers/parks/features").header("If-None-Match", etag))
        .andExpect(status().isNotModified())
        .andExpect(content().string(""));
    mvc.perform(get("/api/layers/parks/features").param("zoom", "25"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            get("/api/layers/parks/features").param("zoom", "8").param("maxAllowableOffset", "0.1"))
        .andExpect(status().isBadRequest());
  }
}
