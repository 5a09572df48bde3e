package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXParseException;

/**
 * Every feature type's GetFeature GML validated (Xerces, javax.xml.validation) against the OGC's
 * own WFS 2.0 and GML 3.2.1 schemas plus our DescribeFeatureType schema of that type.
 *
 * <p>On the fixture: every plan-layer type (result types need a road network the fixture lacks).
 *
 * <p>What is validated: the whole answer — {@code wfs:FeatureCollection} with its counts and time
 * stamp and {@code wfs:member}s (WFS 2.0 {@code wfs.xsd}), each feature's element names and order,
 * its properties' XML Schema types, no undeclared property, {@code gml:id}, and the geometry
 * elements themselves (GML 3.2.1: {@code gml:Point}, {@code gml:MultiSurface}, {@code gml:posList}
 * …). The OGC schemas come from the {@code org.jvnet.ogc:ogc-schemas} jar (a copy of
 * schemas.opengis.net, which is unreachable offline), mapped by URL; only the two W3C files they
 * import (xlink.xsd, xml.xsd) are local reduced copies in {@code src/test/resources/wfs/}. No URL
 * outside those is ever fetched.
 */
@ApiTest
class WfsSchemaValidationTest {

  private static final String WFS = "/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=";
  private static final String OPENGIS = "http://schemas.opengis.net/";
  private static final String WFS_XSD = OPENGIS + "wfs/2.0/wfs.xsd";

  @Autowired MockMvc mvc;

  @Test
  void everyTypesGetFeatureIsValidAgainstItsDescribeFeatureType() throws Exception {
    List<String> types = typeNames();
    assertThat(types).contains("chegu:facilities", "chegu:zone", "chegu:transport-points");
    for (String type : types) {
      Schema schema = schema(body(WFS + "DescribeFeatureType&TYPENAMES=" + type));
      byte[] gml = bodyBytes(WFS + "GetFeature&TYPENAMES=" + type);
      schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(gml)));
      // the check can fail: the same answer with a property the schema does not declare
      String tampered =
          new String(gml, StandardCharsets.UTF_8)
              .replaceFirst("(<chegu:geometry>)", "<chegu:not_declared>x</chegu:not_declared>$1");
      if (!tampered.equals(new String(gml, StandardCharsets.UTF_8))) {
        assertRefused(schema, tampered, "not_declared");
      }
    }
  }

  @Test
  void aBrokenGeometryIsCaughtByTheGmlSchema() throws Exception {
    Schema schema = schema(body(WFS + "DescribeFeatureType&TYPENAMES=chegu:facilities"));
    String gml = body(WFS + "GetFeature&TYPENAMES=chegu:facilities&COUNT=1");
    // gml:Point holds gml:pos; a gml:posList there is not GML 3.2.1 (only our stubs let it pass)
    String broken =
        gml.replaceFirst("<gml:pos([ >])", "<gml:posList$1")
            .replaceFirst("</gml:pos>", "</gml:posList>");
    assertThat(broken).isNotEqualTo(gml);
    assertRefused(schema, broken, "posList");
    // and the collection itself is WFS 2.0's: a member outside wfs:member is refused
    String unwrapped =
        gml.replaceFirst("<wfs:member>", "<wfs:memberX>")
            .replaceFirst("</wfs:member>", "</wfs:memberX>");
    assertThat(unwrapped).isNotEqualTo(gml);
    assertRefused(schema, unwrapped, "memberX");
  }

  @Test
  void aNumberPropertyHoldingTextIsCaught() throws Exception {
    Schema schema = schema(body(WFS + "DescribeFeatureType&TYPENAMES=chegu:facilities"));
    String xsd = body(WFS + "DescribeFeatureType&TYPENAMES=chegu:facilities");
    Matcher numeric = Pattern.compile("name=\"(\\w+)\" type=\"xs:(long|double)\"").matcher(xsd);
    assertThat(numeric.find()).as("facilities declare a numeric property").isTrue();
    String gml = body(WFS + "GetFeature&TYPENAMES=chegu:facilities&COUNT=1");
    String property = numeric.group(1);
    String broken =
        gml.replaceFirst(
            "<chegu:" + property + ">[^<]*</chegu:" + property + ">",
            "<chegu:" + property + ">many</chegu:" + property + ">");
    assertThat(broken).isNotEqualTo(gml);
    assertRefused(schema, broken, "many");
  }

  /** The schema refuses the document, naming {@code what} in its message. */
  private static void assertRefused(Schema schema, String xml, String what) {
    assertThatThrownBy(
            () ->
                schema
                    .newValidator()
                    .validate(
                        new StreamSource(
                            new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))))
        .isInstanceOf(SAXParseException.class)
        .hasMessageContaining(what);
  }

  /** Our DescribeFeatureType answer + WFS 2.0, with every import resolved offline. */
  private static Schema schema(String describeFeatureType) throws Exception {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.setResourceResolver(
        (type, namespace, publicId, systemId, baseUri) -> {
          String url =
              baseUri == null || systemId.startsWith("http")
                  ? systemId
                  : java.net.URI.create(baseUri).resolve(systemId).toString();
          return input(url, offline(url));
        });
    return f.newSchema(
        new Source[] {
          new StreamSource(offline(WFS_XSD), WFS_XSD),
          new StreamSource(
              new ByteArrayInputStream(describeFeatureType.getBytes(StandardCharsets.UTF_8)))
        });
  }

  /** The copy of a schema URL on the test classpath; any other URL fails the test. */
  private static InputStream offline(String url) {
    String path;
    if (url.startsWith(OPENGIS)) {
      path = "/ogc/" + url.substring(OPENGIS.length());
    } else if (url.equals("http://www.w3.org/1999/xlink.xsd")) {
      path = "/wfs/w3c-xlink.xsd";
    } else if (url.equals("http://www.w3.org/2001/xml.xsd")) {
      path = "/wfs/w3c-xml.xsd";
    } else {
      throw new AssertionError("unexpected schema import: " + url);
    }
    InputStream in = WfsSchemaValidationTest.class.getResourceAsStream(path);
    if (in == null) {
      throw new AssertionError("no offline copy of " + url + " at " + path);
    }
    return in;
  }

  private List<String> typeNames() throws Exception {
    Matcher m =
        Pattern.compile("<(?:wfs:)?Name>(chegu:[^<]+)</(?:wfs:)?Name>")
            .matcher(body(WFS + "GetCapabilities"));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      // the fixture has no roads: result types (gaps, service areas) cannot be computed on it;
      // they are written by the same code as MultiPolygon types (zone, parks)
      if (!m.group(1).matches("chegu:(gaps|service-areas)-.*")) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  private String body(String url) throws Exception {
    return new String(bodyBytes(url), StandardCharsets.UTF_8);
  }

  private byte[] bodyBytes(String url) throws Exception {
    return mvc.perform(get(url))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private static LSInput input(String systemId, InputStream in) {
    return new LSInput() {
      public java.io.Reader getCharacterStream() {
        return null;
      }

      public void setCharacterStream(java.io.Reader r) {}

      public InputStream getByteStream() {
        return in;
      }

      public void setByteStream(InputStream s) {}

      public String getStringData() {
        return null;
      }

      public void setStringData(String s) {}

      public String getSystemId() {
        return systemId;
      }

      public void setSystemId(String s) {}

      public String getPublicId() {
        return null;
      }

      public void setPublicId(String s) {}

      public String getBaseURI() {
        return null;
      }

      public void setBaseURI(String s) {}

      public String getEncoding() {
        return null;
      }

      public void setEncoding(String s) {}

      public boolean getCertifiedText() {
        return false;
      }

      public void setCertifiedText(boolean b) {}
    };
  }
}
