package cn.chegu.viewer.wfs;

import java.util.List;
import java.util.Map;

/**
 * The DescribeFeatureType answer (WFS 2.0 §9): an XML Schema with, per feature type, a complex type
 * extending {@code gml:AbstractFeatureType} (the geometry property first, then the properties, all
 * optional) and a global element in the {@code gml:AbstractFeature} substitution group.
 */
public final class WfsSchema {

  private WfsSchema() {}

  public static byte[] write(List<FeatureTypeSchema> types) {
    return XmlDocument.write(
        xml -> {
          xml.setPrefix("xs", WfsNames.XS);
          xml.writeStartElement("xs", "schema", WfsNames.XS);
          xml.writeNamespace("xs", WfsNames.XS);
          xml.writeNamespace("gml", WfsNames.GML);
          xml.writeNamespace(WfsNames.PREFIX, WfsNames.NAMESPACE);
          xml.writeAttribute("targetNamespace", WfsNames.NAMESPACE);
          xml.writeAttribute("elementFormDefault", "qualified");
          xml.writeAttribute("version", "1.0");
          xml.writeEmptyElement("xs", "import", WfsNames.XS);
          xml.writeAttribute("namespace", WfsNames.GML);
          xml.writeAttribute("schemaLocation", WfsNames.GML_XSD);
          for (FeatureTypeSchema t : types) {
            String id = t.collection().id();
            xml.writeStartElement("xs", "complexType", WfsNames.XS);
            xml.writeAttribute("name", id + "Type");
            xml.writeStartElement("xs", "complexContent", WfsNames.XS);
            xml.writeStartElement("xs", "extension", WfsNames.XS);
            xml.writeAttribute("base", "gml:AbstractFeatureType");
            xml.writeStartElement("xs", "sequence", WfsNames.XS);
            property(xml, FeatureTypeSchema.GEOMETRY, t.geometryPropertyType(), false);
            for (Map.Entry<String, String> p : t.properties().entrySet()) {
              property(xml, p.getKey(), p.getValue(), true);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEmptyElement("xs", "element", WfsNames.XS);
            xml.writeAttribute("name", id);
            xml.writeAttribute("type", WfsNames.PREFIX + ":" + id + "Type");
            xml.writeAttribute("substitutionGroup", "gml:AbstractFeature");
          }
          xml.writeEndElement();
        });
  }

  private static void property(
      javax.xml.stream.XMLStreamWriter xml, String name, String type, boolean nillable)
      throws javax.xml.stream.XMLStreamException {
    xml.writeEmptyElement("xs", "element", WfsNames.XS);
    xml.writeAttribute("name", name);
    xml.writeAttribute("type", type);
    xml.writeAttribute("minOccurs", "0");
    xml.writeAttribute("maxOccurs", "1");
    if (nillable) {
      xml.writeAttribute("nillable", "true");
    }
  }
}
