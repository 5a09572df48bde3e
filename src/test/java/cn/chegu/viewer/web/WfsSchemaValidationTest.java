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
 * Every feature type's GetFeature GML validated (Xerces, javax.xml.validation) against our own
 * DescribeFeatureType schema of that type.
 *
 * <p>On the fixture: every plan-layer type (result types need a road network the fixture lacks).
 *
 * <p>What is validated, honestly: the feature part — element names and order, one geometry property
 * first, each property's XML Schema type ({@code xs:long}, {@code xs:double}, {@code xs:boolean},
 * {@code xs:string}), no undeclared property, {@code gml:id} present and unique — and the
 * collection's counts and time stamp. The GML 3.2 and WFS 2.0 schemas are NOT available offline
 * (schemas.opengis.net is unreachable and no Debian package ships them), so they are replaced by
 * stubs in {@code src/test/resources/wfs/} that declare only what the feature types extend; the
 * geometry elements themselves are parsed by GDAL, OWSLib and QGIS in the client tests.
 */
@ApiTest
class WfsSchemaValidationTest {

  private static final String WFS = "/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=";
  private static final String GML_XSD = "http://schemas.opengis.net/gml/3.2.1/gml.xsd";

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
        assertThatThrownBy(
                () ->
                    schema
                        .newValidator()
                        .validate(
                            new StreamSource(
                                new ByteArrayInputStream(
                                    tampered.getBytes(StandardCharsets.UTF_8)))))
            .as(type)
            .isInstanceOf(SAXParseException.class)
            .hasMessageContaining("not_declared");
      }
    }
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
    assertThatThrownBy(
            () ->
                schema
                    .newValidator()
                    .validate(
                        new StreamSource(
                            new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)))))
        .isInstanceOf(SAXParseException.class)
        .hasMessageContaining("many");
  }

  /** Our DescribeFeatureType answer + the WFS stub; its gml:import resolved to the GML stub. */
  private static Schema schema(String describeFeatureType) throws Exception {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.setResourceResolver(
        (type, namespace, publicId, systemId, baseUri) -> {
          if (!GML_XSD.equals(systemId) && !"http://www.opengis.net/gml/3.2".equals(namespace)) {
            throw new AssertionError("unexpected schema import: " + namespace + " " + systemId);
          }
          return input(WfsSchemaValidationTest.class.getResourceAsStream("/wfs/gml-3.2-stub.xsd"));
        });
    return f.newSchema(
        new Source[] {
          new StreamSource(
              WfsSchemaValidationTest.class.getResourceAsStream("/wfs/wfs-2.0-stub.xsd")),
          new StreamSource(
              new ByteArrayInputStream(describeFeatureType.getBytes(StandardCharsets.UTF_8)))
        });
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

  private static LSInput input(InputStream in) {
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
        return GML_XSD;
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
