package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code /api/qgis-project} over MockMvc on the fixture: the zip, its layers on our services, the
 * results of the view on top, the extent, and refusals. QGIS itself opens the sample's project in
 * {@code QgisClientsTest}.
 */
@ApiTest
class QgisProjectApiTest {

  private static final String VIEW =
      "/api/qgis-project?tab=coverage&standard=health15&method=network&year=2020"
          + "&facilities=existing";

  @Autowired MockMvc mvc;

  @Test
  void theQgzHoldsOneQgsWhoseLayersReadOurOgcApi() throws Exception {
    Document qgs =
        project(
            mvc.perform(get(VIEW))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    List<String> sources = texts(qgs, "datasource");
    assertThat(sources).allMatch(s -> s.contains("url='http://localhost/ogc'"));
    assertThat(texts(qgs, "provider")).containsOnly("OAPIF");
    // results first (top of the layer panel), then the plan layers, each family its own layer
    assertThat(sources.get(0)).contains("typename='gaps-health15-network-2020-existing'");
    assertThat(sources.get(1)).contains("typename='service-areas-health15-network-existing'");
    assertThat(String.join(" ", sources))
        .contains("typename='transport-points'", "typename='transport-lines'", "typename='zone'")
        .doesNotContain("typename='transport'");
    // the facilities are categorised by type as on the map, labelled in Chinese
    Element facilities = layer(qgs, "typename='facilities'");
    Element renderer = (Element) facilities.getElementsByTagName("renderer-v2").item(0);
    assertThat(renderer.getAttribute("type")).isEqualTo("categorizedSymbol");
    assertThat(categoryValues(renderer)).contains("hospital", "kindergarten:planned");
    assertThat(
            ((Element) facilities.getElementsByTagName("text-style").item(0))
                .getAttribute("fieldName"))
        .isEqualTo("name_zh");
  }

  @Test
  void withoutAConfiguredBaseUrlTheLinksFollowTheRequestHost() throws Exception {
    Document qgs =
        project(
            mvc.perform(get(VIEW).header("Host", "intranet.example:8443"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    assertThat(texts(qgs, "datasource"))
        .isNotEmpty()
        .allMatch(s -> s.contains("url='http://intranet.example:8443/ogc'"));
  }

  @Test
  void wfsAndEnglishAndTheViewsExtentInWebMercator() throws Exception {
    byte[] body =
        mvc.perform(get(VIEW + "&service=wfs&lang=en&format=qgs&bbox=114.1,30.4,114.2,30.5"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    Document qgs = parse(body);
    assertThat(texts(qgs, "provider")).containsOnly("WFS");
    assertThat(texts(qgs, "datasource"))
        .allMatch(s -> s.contains("url='http://localhost/wfs") && s.contains("version='2.0.0'"))
        .anyMatch(s -> s.contains("typename='chegu:facilities'"))
        // the view's results are listed in the capabilities QGIS reads
        .anyMatch(s -> s.contains("/wfs?RESULTS=gaps-health15-network-2020-existing,"));
    Element facilities = layer(qgs, "typename='chegu:facilities'");
    assertThat(
            ((Element) facilities.getElementsByTagName("text-style").item(0))
                .getAttribute("fieldName"))
        .isEqualTo("name_en");
    Element extent = (Element) qgs.getElementsByTagName("DefaultViewExtent").item(0);
    double r = 6378137; // x = R·λ, y = R·ln tan(π/4 + φ/2)
    assertThat(Double.parseDouble(extent.getAttribute("xmin")))
        .isCloseTo(r * Math.toRadians(114.1), within(0.01));
    assertThat(Double.parseDouble(extent.getAttribute("ymax")))
        .isCloseTo(r * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(30.5) / 2)), within(0.01));
  }

  @Test
  void aViewWithoutAnalysisHasNoResultLayers() throws Exception {
    Document qgs =
        parse(
            mvc.perform(get("/api/qgis-project?format=qgs&layers=zone,facilities-kindergarten"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    assertThat(String.join(" ", texts(qgs, "datasource"))).doesNotContain("gaps-");
    NodeList tree = qgs.getElementsByTagName("layer-tree-layer");
    List<String> checked = new ArrayList<>();
    for (int i = 0; i < tree.getLength(); i++) {
      Element e = (Element) tree.item(i);
      if (e.getAttribute("checked").equals("Qt::Checked")) {
        checked.add(e.getAttribute("source").replaceAll(".*typename='([^']+)'.*", "$1"));
      }
    }
    assertThat(checked).containsExactlyInAnyOrder("zone", "facilities");
  }

  @Test
  void badViewsAre400WithTheParameterNamed() throws Exception {
    for (String[] bad :
        new String[][] {
          {"standard=nope", "standard"},
          {"standard=health15&year=2021", "year"},
          {"standard=health15&method=teleport", "method"},
          {"lang=fr", "lang"},
          {"service=wms", "service"},
          {"format=zip", "format"},
          {"bbox=1,2,3", "bbox"},
          {"scenario=abc", "scenario"},
        }) {
      mvc.perform(get("/api/qgis-project?" + bad[0]))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.message", org.hamcrest.Matchers.containsString(bad[1])));
    }
  }

  @Test
  void theStyledGeoPackageHoldsTheProjectsLayersWithTheirStylesAsDefaults() throws Exception {
    // the fixture has no roads to compute results on: the plan layers only (QgisClientsTest opens
    // the sample's view with its results in QGIS)
    String view = "/api/qgis-project?year=2020";
    byte[] gpkg =
        mvc.perform(get(view + "&format=gpkg"))
            .andExpect(status().isOk())
            .andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                    .contentType("application/geopackage+sqlite3"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    Document qgs =
        project(mvc.perform(get(view)).andReturn().getResponse().getContentAsByteArray());
    java.nio.file.Path file = java.nio.file.Files.createTempFile("view", ".gpkg");
    try {
      java.nio.file.Files.write(file, gpkg);
      try (mil.nga.geopackage.GeoPackage g =
          mil.nga.geopackage.GeoPackageManager.open(file.toFile())) {
        assertThat(g.getAttributesTables()).containsExactly("layer_styles");
        var styles = new java.util.LinkedHashMap<String, String[]>();
        var rows = g.getAttributesDao("layer_styles").queryForAll();
        try {
          while (rows.moveToNext()) {
            var row = rows.getRow();
            assertThat(row.getValue("f_geometry_column")).isEqualTo("geom");
            assertThat(row.getValue("useAsDefault")).isEqualTo(true);
            styles.put(
                (String) row.getValue("f_table_name"),
                new String[] {
                  (String) row.getValue("styleQML"), (String) row.getValue("styleSLD")
                });
          }
        } finally {
          rows.close();
        }
        // one styled table per project layer; every table a feature table with its features
        assertThat(styles).hasSize(texts(qgs, "datasource").size());
        assertThat(g.getFeatureTables()).containsExactlyInAnyOrderElementsOf(styles.keySet());
        assertThat(g.getFeatureDao("facilities").count()).isEqualTo(2);
        // the QML is the project's renderer for the layer: the same categories and colours
        Document qml =
            parse(styles.get("facilities")[0].getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Element renderer = (Element) qml.getElementsByTagName("renderer-v2").item(0);
        Element projectRenderer =
            (Element)
                layer(qgs, "typename='facilities'").getElementsByTagName("renderer-v2").item(0);
        assertThat(categoryValues(renderer)).isEqualTo(categoryValues(projectRenderer));
        assertThat(qml.getDocumentElement().getAttribute("labelsEnabled")).isEqualTo("1");
        // the SLD: a categorised layer keyed by a computed expression says so instead of lying
        DocumentBuilderFactory ns = DocumentBuilderFactory.newInstance();
        ns.setNamespaceAware(true);
        Document sld =
            ns.newDocumentBuilder()
                .parse(
                    new ByteArrayInputStream(
                        styles.get("facilities")[1].getBytes(
                            java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(sld.getDocumentElement().getNamespaceURI())
            .isEqualTo("http://www.opengis.net/sld");
        assertThat(sld.getDocumentElement().getLocalName()).isEqualTo("StyledLayerDescriptor");
        assertThat(
                sld.getElementsByTagNameNS("http://www.opengis.net/se", "Abstract")
                    .item(0)
                    .getTextContent())
            .startsWith("QGIS expression (no OGC filter)");
        assertThat(
                sld.getElementsByTagNameNS("http://www.opengis.net/se", "TextSymbolizer")
                    .getLength())
            .isEqualTo(1);
      }
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
  }

  private static Document project(byte[] qgz) throws Exception {
    assertThat(new String(qgz, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(qgz))) {
      ZipEntry e = zip.getNextEntry();
      assertThat(e.getName()).endsWith(".qgs");
      return parse(zip.readAllBytes());
    }
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    // a .qml names QGIS's DTD as QGIS writes it ('SYSTEM'); it is not fetched
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static Element layer(Document qgs, String sourcePart) {
    NodeList layers = qgs.getElementsByTagName("maplayer");
    for (int i = 0; i < layers.getLength(); i++) {
      Element l = (Element) layers.item(i);
      if (l.getElementsByTagName("datasource").item(0).getTextContent().contains(sourcePart)) {
        return l;
      }
    }
    throw new AssertionError("no layer " + sourcePart);
  }

  private static List<String> categoryValues(Element renderer) {
    List<String> out = new ArrayList<>();
    NodeList c = renderer.getElementsByTagName("category");
    for (int i = 0; i < c.getLength(); i++) {
      out.add(((Element) c.item(i)).getAttribute("value"));
    }
    return out;
  }

  private static List<String> texts(Document doc, String tag) {
    List<String> out = new ArrayList<>();
    NodeList list = doc.getElementsByTagName(tag);
    for (int i = 0; i < list.getLength(); i++) {
      out.add(list.item(i).getTextContent());
    }
    return out;
  }
}
