package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * WFS 2.0 over MockMvc on the fixture (facilities fac-1 at 114.11/30.46 and fac-2 at 114.22/30.37;
 * transport: a metro line and a station): every answer is parsed as namespace-aware XML, so a
 * malformed document fails here. GDAL and OWSLib read the real sample in {@code WfsClientsTest}.
 */
@ApiTest
class WfsApiTest {

  private static final String WFS = "http://www.opengis.net/wfs/2.0";
  private static final String OWS = "http://www.opengis.net/ows/1.1";
  private static final String GML = "http://www.opengis.net/gml/3.2";
  private static final String CHEGU = "urn:x-chegu:viewer:features";
  private static final String FEATURES =
      "/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=chegu:facilities";

  @Autowired MockMvc mvc;

  @Test
  void capabilitiesListEveryCollectionAsAFeatureTypeWithPaging() throws Exception {
    Document caps = xml("/wfs?SERVICE=WFS&REQUEST=GetCapabilities&VERSION=2.0.0", 200);
    assertThat(caps.getDocumentElement().getLocalName()).isEqualTo("WFS_Capabilities");
    List<String> names = texts(caps, WFS, "Name");
    assertThat(names)
        .contains(
            "chegu:zone",
            "chegu:parks",
            "chegu:facilities",
            "chegu:transport-lines",
            "chegu:transport-points",
            "chegu:gaps-health15-network-2020-existing")
        .doesNotContain("chegu:transport");
    assertThat(constraint(caps, "ImplementsResultPaging")).isEqualTo("TRUE");
    assertThat(constraint(caps, "ImplementsTransactionalWFS")).isEqualTo("FALSE");
    assertThat(texts(caps, WFS, "OtherCRS"))
        .contains("urn:ogc:def:crs:EPSG::4547", "urn:ogc:def:crs:EPSG::3857");
  }

  @Test
  void resultTypesOfOtherParametersAreListedWhenAsked() throws Exception {
    String caps = "/wfs?SERVICE=WFS&REQUEST=GetCapabilities&VERSION=2.0.0";
    assertThat(texts(xml(caps, 200), WFS, "Name"))
        .doesNotContain("chegu:gaps-park10-euclidean-2025-plan");
    assertThat(
            texts(xml(caps + "&RESULTS=chegu:gaps-park10-euclidean-2025-plan", 200), WFS, "Name"))
        .contains("chegu:gaps-park10-euclidean-2025-plan", "chegu:facilities");
    assertRefused(
        caps + "&RESULTS=gaps-nope-network-2020-plan", "InvalidParameterValue", "TYPENAMES");
  }

  @Test
  void defaultSrsIsLatitudeFirstAndTheShortFormIsEastFirst() throws Exception {
    assertThat(positions(xml(FEATURES, 200)))
        .containsExactly("30.46000000 114.11000000", "30.37000000 114.22000000");
    assertThat(positions(xml(FEATURES + "&SRSNAME=EPSG:4326", 200)))
        .containsExactly("114.11000000 30.46000000", "114.22000000 30.37000000");
    assertThat(positions(xml(FEATURES + "&SRSNAME=urn:ogc:def:crs:EPSG::4490", 200)))
        .first()
        .isEqualTo("30.46000000 114.11000000");
    // Web Mercator by hand: x = R·λ, y = R·ln tan(π/4 + φ/2), R = 6378137 m
    String[] xy =
        positions(xml(FEATURES + "&SRSNAME=urn:ogc:def:crs:EPSG::3857", 200)).get(0).split(" ");
    double r = 6378137;
    assertThat(Double.parseDouble(xy[0])).isCloseTo(r * Math.toRadians(114.11), within(0.01));
    assertThat(Double.parseDouble(xy[1]))
        .isCloseTo(r * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(30.46) / 2)), within(0.01));
    // EPSG:4547 (3° Gauss–Krüger, CM 114°E) is northing first: ~3.37e6 N, ~510 km E (false easting
    // 500 km)
    String[] gk =
        positions(xml(FEATURES + "&SRSNAME=urn:ogc:def:crs:EPSG::4547", 200)).get(0).split(" ");
    assertThat(Double.parseDouble(gk[0])).isBetween(3_300_000.0, 3_400_000.0);
    assertThat(Double.parseDouble(gk[1])).isBetween(500_000.0, 520_000.0);
  }

  @Test
  void countAndStartIndexPageInAStableOrderAndHitsOnlyCount() throws Exception {
    Document first = xml(FEATURES + "&COUNT=1", 200);
    Document second = xml(FEATURES + "&COUNT=1&STARTINDEX=1", 200);
    assertThat(first.getDocumentElement().getAttribute("numberMatched")).isEqualTo("2");
    assertThat(first.getDocumentElement().getAttribute("numberReturned")).isEqualTo("1");
    assertThat(texts(first, CHEGU, "id")).containsExactly("fac-1");
    assertThat(texts(second, CHEGU, "id")).containsExactly("fac-2");
    Document hits = xml(FEATURES + "&RESULTTYPE=hits", 200);
    assertThat(hits.getDocumentElement().getAttribute("numberMatched")).isEqualTo("2");
    assertThat(hits.getDocumentElement().getAttribute("numberReturned")).isEqualTo("0");
    assertThat(hits.getElementsByTagNameNS(WFS, "member").getLength()).isZero();
  }

  @Test
  void bboxIsReadInTheAxisOrderOfItsCrs() throws Exception {
    // no CRS: the default (EPSG:4326, latitude first)
    assertThat(texts(xml(FEATURES + "&BBOX=30.40,114.00,30.50,114.20", 200), CHEGU, "id"))
        .containsExactly("fac-1");
    assertThat(texts(xml(FEATURES + "&BBOX=114.00,30.30,114.30,30.40,EPSG:4326", 200), CHEGU, "id"))
        .containsExactly("fac-2");
    assertThat(
            texts(
                xml(FEATURES + "&BBOX=30.30,114.00,30.50,114.30,urn:ogc:def:crs:EPSG::4326", 200),
                CHEGU,
                "id"))
        .containsExactly("fac-1", "fac-2");
  }

  @Test
  void mixedLayersAreOneTypePerGeometryFamily() throws Exception {
    Document points =
        xml(
            "/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=chegu:transport-points",
            200);
    assertThat(points.getElementsByTagNameNS(GML, "Point").getLength()).isEqualTo(1);
    assertThat(points.getElementsByTagNameNS(GML, "LineString").getLength()).isZero();
    Document schema =
        xml(
            "/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeFeatureType"
                + "&TYPENAMES=chegu:transport-lines,chegu:facilities",
            200);
    assertThat(elementType(schema, "geometry", 0)).isEqualTo("gml:CurvePropertyType");
    assertThat(elementType(schema, "geometry", 1)).isEqualTo("gml:PointPropertyType");
    assertThat(elementType(schema, "capacity", 0)).isEqualTo("xs:long");
    assertThat(elementType(schema, "name_zh", 1)).isEqualTo("xs:string");
  }

  @Test
  void geoJsonOutputIsLongitudeFirstByDefault() throws Exception {
    MvcResult r = mvc.perform(get(FEATURES + "&OUTPUTFORMAT=application/json&COUNT=1")).andReturn();
    assertThat(r.getResponse().getStatus()).isEqualTo(200);
    JsonNode doc = new ObjectMapper().readTree(r.getResponse().getContentAsByteArray());
    assertThat(doc.get("numberMatched").asInt()).isEqualTo(2);
    assertThat(doc.at("/features/0/geometry/coordinates/0").asDouble()).isEqualTo(114.11);
    assertThat(doc.at("/features/0/properties/name_zh").asText()).isEqualTo("沌口社区卫生服务中心");
  }

  @Test
  void refusalsAreExceptionReportsWithCodeAndLocator() throws Exception {
    assertRefused(
        "/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=chegu:nope",
        "InvalidParameterValue",
        "TYPENAMES");
    assertRefused(FEATURES + "&FILTER=%3CFilter/%3E", "OptionNotSupported", "FILTER");
    assertRefused(FEATURES + "&SRSNAME=EPSG:2000", "InvalidParameterValue", "SRSNAME");
    assertRefused(FEATURES + "&COUNT=-1", "InvalidParameterValue", "COUNT");
    assertRefused(FEATURES + "&BBOX=1,2,3", "InvalidParameterValue", "BBOX");
    assertRefused(
        "/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=Transaction",
        "OperationNotSupported",
        "Transaction");
    assertRefused("/wfs?SERVICE=WFS", "MissingParameterValue", "REQUEST");
    assertRefused(
        "/wfs?SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=chegu:facilities",
        "VersionNegotiationFailed",
        "version");
  }

  private void assertRefused(String url, String code, String locator) throws Exception {
    Document report = xml(url, 400);
    assertThat(report.getDocumentElement().getLocalName()).as(url).isEqualTo("ExceptionReport");
    Element e = (Element) report.getElementsByTagNameNS(OWS, "Exception").item(0);
    assertThat(e.getAttribute("exceptionCode")).as(url).isEqualTo(code);
    assertThat(e.getAttribute("locator")).as(url).isEqualTo(locator);
    assertThat(texts(report, OWS, "ExceptionText").get(0)).isNotBlank();
  }

  private Document xml(String url, int status) throws Exception {
    MvcResult r = mvc.perform(get(url)).andReturn();
    assertThat(r.getResponse().getStatus()).as(url).isEqualTo(status);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()));
  }

  private static List<String> texts(Document doc, String ns, String local) {
    List<String> out = new ArrayList<>();
    NodeList list = doc.getElementsByTagNameNS(ns, local);
    for (int i = 0; i < list.getLength(); i++) {
      out.add(list.item(i).getTextContent());
    }
    return out;
  }

  private static List<String> positions(Document doc) {
    return texts(doc, GML, "pos");
  }

  private static String constraint(Document caps, String name) {
    NodeList list = caps.getElementsByTagNameNS(OWS, "Constraint");
    for (int i = 0; i < list.getLength(); i++) {
      Element c = (Element) list.item(i);
      if (c.getAttribute("name").equals(name)) {
        return c.getElementsByTagNameNS(OWS, "DefaultValue").item(0).getTextContent();
      }
    }
    return null;
  }

  /** The type of the {@code n}-th element declaration named {@code name} in a schema. */
  private static String elementType(Document schema, String name, int n) {
    NodeList list = schema.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "element");
    int seen = 0;
    for (int i = 0; i < list.getLength(); i++) {
      Element e = (Element) list.item(i);
      if (e.getAttribute("name").equals(name) && seen++ == n) {
        return e.getAttribute("type");
      }
    }
    return null;
  }
}
