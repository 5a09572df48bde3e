package cn.chegu.viewer.wfs;

import static cn.chegu.viewer.wfs.XmlDocument.element;

import cn.chegu.viewer.ogc.OgcCollection;
import cn.chegu.viewer.ogc.OgcCrs;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The GetCapabilities document (WFS 2.0 §8): the three operations over KVP GET, the conformance
 * constraints this service meets (result paging, KVP; no transactions, locking, stored-query
 * management, joins or filters — each declared FALSE rather than left unsaid), and one feature type
 * per collection with its CRSs, output formats and WGS84 box.
 */
public final class WfsCapabilities {

  /** Largest {@code count}, and what a GetFeature without one returns at most. */
  public static final int COUNT_DEFAULT = cn.chegu.viewer.ogc.ItemQuery.MAX_LIMIT;

  private static final List<String> TRUE = List.of("ImplementsResultPaging", "KVPEncoding");
  private static final List<String> FALSE =
      List.of(
          "ImplementsBasicWFS",
          "ImplementsTransactionalWFS",
          "ImplementsLockingWFS",
          "XMLEncoding",
          "SOAPEncoding",
          "ImplementsInheritance",
          "ImplementsRemoteResolve",
          "ImplementsSharingWFS",
          "ImplementsStandardJoins",
          "ImplementsSpatialJoins",
          "ImplementsTemporalJoins",
          "ImplementsFeatureVersioning",
          "ManageStoredQueries");

  private WfsCapabilities() {}

  /**
   * @param endpoint the absolute URL of the service, e.g. {@code http://host/wfs}
   */
  public static byte[] write(List<OgcCollection> collections, String endpoint, String title) {
    return XmlDocument.write(
        xml -> {
          xml.setPrefix("wfs", WfsNames.WFS);
          xml.writeStartElement("wfs", "WFS_Capabilities", WfsNames.WFS);
          xml.writeNamespace("wfs", WfsNames.WFS);
          xml.writeNamespace("ows", WfsNames.OWS);
          xml.writeNamespace("xlink", WfsNames.XLINK);
          xml.writeNamespace("fes", WfsNames.FES);
          xml.writeNamespace("gml", WfsNames.GML);
          xml.writeNamespace("xsi", WfsNames.XSI);
          xml.writeNamespace(WfsNames.PREFIX, WfsNames.NAMESPACE);
          xml.writeAttribute("version", WfsNames.VERSION);
          xml.writeAttribute(
              "xsi", WfsNames.XSI, "schemaLocation", WfsNames.WFS + " " + WfsNames.WFS_XSD);
          identification(xml, title);
          operations(xml, endpoint);
          xml.writeStartElement("wfs", "FeatureTypeList", WfsNames.WFS);
          for (OgcCollection c : collections) {
            featureType(xml, c);
          }
          xml.writeEndElement();
          filterCapabilities(xml);
          xml.writeEndElement();
        });
  }

  private static void identification(XMLStreamWriter xml, String title) throws XMLStreamException {
    xml.writeStartElement("ows", "ServiceIdentification", WfsNames.OWS);
    element(xml, "ows", WfsNames.OWS, "Title", title + " — WFS");
    element(
        xml,
        "ows",
        WfsNames.OWS,
        "Abstract",
        "The zone's plan layers, scenarios and coverage results (gaps, service areas), the same"
            + " collections as the OGC API – Features service at /ogc. Read-only. Sample data is"
            + " schematic; population is modelled.");
    element(xml, "ows", WfsNames.OWS, "ServiceType", "WFS");
    element(xml, "ows", WfsNames.OWS, "ServiceTypeVersion", WfsNames.VERSION);
    element(xml, "ows", WfsNames.OWS, "Fees", "NONE");
    element(xml, "ows", WfsNames.OWS, "AccessConstraints", "NONE");
    xml.writeEndElement();
    xml.writeStartElement("ows", "ServiceProvider", WfsNames.OWS);
    element(xml, "ows", WfsNames.OWS, "ProviderName", title);
    xml.writeStartElement("ows", "ServiceContact", WfsNames.OWS);
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void operations(XMLStreamWriter xml, String endpoint) throws XMLStreamException {
    xml.writeStartElement("ows", "OperationsMetadata", WfsNames.OWS);
    for (String op : List.of("GetCapabilities", "DescribeFeatureType", "GetFeature")) {
      xml.writeStartElement("ows", "Operation", WfsNames.OWS);
      xml.writeAttribute("name", op);
      xml.writeStartElement("ows", "DCP", WfsNames.OWS);
      xml.writeStartElement("ows", "HTTP", WfsNames.OWS);
      xml.writeEmptyElement("ows", "Get", WfsNames.OWS);
      xml.writeAttribute("xlink", WfsNames.XLINK, "href", endpoint + "?");
      xml.writeEndElement();
      xml.writeEndElement();
      if (op.equals("GetFeature")) {
        parameter(xml, "outputFormat", List.of(WfsNames.GML32, WfsNames.JSON));
        parameter(xml, "resultType", List.of("results", "hits"));
      }
      xml.writeEndElement();
    }
    parameter(xml, "version", List.of(WfsNames.VERSION));
    for (String name : TRUE) {
      constraint(xml, "ows", WfsNames.OWS, name, "TRUE");
    }
    for (String name : FALSE) {
      constraint(xml, "ows", WfsNames.OWS, name, "FALSE");
    }
    constraint(xml, "ows", WfsNames.OWS, "CountDefault", String.valueOf(COUNT_DEFAULT));
    xml.writeEndElement();
  }

  private static void featureType(XMLStreamWriter xml, OgcCollection c) throws XMLStreamException {
    xml.writeStartElement("wfs", "FeatureType", WfsNames.WFS);
    element(xml, "wfs", WfsNames.WFS, "Name", WfsNames.typeName(c.id()));
    element(xml, "wfs", WfsNames.WFS, "Title", title(c));
    if (c.description() != null && !c.description().isBlank()) {
      element(xml, "wfs", WfsNames.WFS, "Abstract", c.description());
    }
    element(xml, "wfs", WfsNames.WFS, "DefaultCRS", SrsName.DEFAULT.name());
    for (OgcCrs crs : OgcCrs.values()) {
      if (crs != OgcCrs.CRS84 && crs != OgcCrs.EPSG_4326) {
        element(xml, "wfs", WfsNames.WFS, "OtherCRS", SrsName.urn(crs).name());
      }
    }
    xml.writeStartElement("wfs", "OutputFormats", WfsNames.WFS);
    element(xml, "wfs", WfsNames.WFS, "Format", WfsNames.GML32);
    element(xml, "wfs", WfsNames.WFS, "Format", WfsNames.JSON);
    xml.writeEndElement();
    if (c.extent() != null) {
      xml.writeStartElement("ows", "WGS84BoundingBox", WfsNames.OWS);
      element(
          xml,
          "ows",
          WfsNames.OWS,
          "LowerCorner",
          coordinate(c.extent().getMinX()) + " " + coordinate(c.extent().getMinY()));
      element(
          xml,
          "ows",
          WfsNames.OWS,
          "UpperCorner",
          coordinate(c.extent().getMaxX()) + " " + coordinate(c.extent().getMaxY()));
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  /** Filter capabilities: every conformance class FALSE (BBOX is the only spatial selection). */
  private static void filterCapabilities(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartElement("fes", "Filter_Capabilities", WfsNames.FES);
    xml.writeStartElement("fes", "Conformance", WfsNames.FES);
    for (String name :
        List.of(
            "ImplementsQuery",
            "ImplementsAdHocQuery",
            "ImplementsFunctions",
            "ImplementsResourceId",
            "ImplementsMinStandardFilter",
            "ImplementsStandardFilter",
            "ImplementsMinSpatialFilter",
            "ImplementsSpatialFilter",
            "ImplementsMinTemporalFilter",
            "ImplementsTemporalFilter",
            "ImplementsVersionNav",
            "ImplementsSorting",
            "ImplementsExtendedOperators")) {
      constraint(xml, "fes", WfsNames.FES, name, "FALSE");
    }
    xml.writeEndElement();
    xml.writeEndElement();
  }

  /** "中文 · English", as the OGC service titles collections. */
  static String title(OgcCollection c) {
    return c.titleZh() == null || c.titleZh().equals(c.title())
        ? c.title()
        : c.titleZh() + " · " + c.title();
  }

  private static void parameter(XMLStreamWriter xml, String name, List<String> values)
      throws XMLStreamException {
    xml.writeStartElement("ows", "Parameter", WfsNames.OWS);
    xml.writeAttribute("name", name);
    xml.writeStartElement("ows", "AllowedValues", WfsNames.OWS);
    for (String v : values) {
      element(xml, "ows", WfsNames.OWS, "Value", v);
    }
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void constraint(
      XMLStreamWriter xml, String prefix, String ns, String name, String value)
      throws XMLStreamException {
    xml.writeStartElement(prefix, "Constraint", ns);
    xml.writeAttribute("name", name);
    xml.writeEmptyElement("ows", "NoValues", WfsNames.OWS);
    element(xml, "ows", WfsNames.OWS, "DefaultValue", value);
    xml.writeEndElement();
  }

  private static String coordinate(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }
}
