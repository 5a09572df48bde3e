package cn.chegu.viewer.wfs;

import cn.chegu.viewer.ogc.ItemPage;
import cn.chegu.viewer.store.StoredFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * GetFeature answers (WFS 2.0 §11): a {@code wfs:FeatureCollection} of GML 3.2 members, the same as
 * GeoJSON, or only the counts ({@code resultType=hits}). Geometries are reprojected to the srsName
 * in its axis order; properties are written in the schema's order, objects and lists as JSON text.
 */
public final class WfsFeatures {

  private static final ObjectMapper JSON = new ObjectMapper();

  private WfsFeatures() {}

  /**
   * @param page the features (CRS84) with the number matched
   * @param describe the DescribeFeatureType URL of the type, for {@code xsi:schemaLocation}
   */
  public static byte[] gml(FeatureTypeSchema schema, ItemPage page, SrsName srs, String describe) {
    String id = schema.collection().id();
    boolean multi = schema.collection().geometryType().startsWith("Multi");
    return XmlDocument.write(
        xml -> {
          start(xml, page.numberMatched(), page.items().size(), describe);
          GmlGeometryWriter geometry =
              new GmlGeometryWriter(xml, srs.name(), srs.crs().geographic());
          for (StoredFeature f : page.items()) {
            String gmlId = WfsNames.gmlId(id, f.id());
            xml.writeStartElement("wfs", "member", WfsNames.WFS);
            xml.writeStartElement(WfsNames.PREFIX, id, WfsNames.NAMESPACE);
            xml.writeAttribute("gml", WfsNames.GML, "id", gmlId);
            xml.writeStartElement(WfsNames.PREFIX, FeatureTypeSchema.GEOMETRY, WfsNames.NAMESPACE);
            geometry.write(reproject(f.geometry(), srs), gmlId + ".geom", multi);
            xml.writeEndElement();
            for (String name : schema.properties().keySet()) {
              Object v = f.properties().get(name);
              if (v != null) {
                XmlDocument.element(xml, WfsNames.PREFIX, WfsNames.NAMESPACE, name, text(v));
              }
            }
            xml.writeEndElement();
            xml.writeEndElement();
          }
          xml.writeEndElement();
        });
  }

  /** The counts only: {@code numberReturned="0"} and no members. */
  public static byte[] hits(int numberMatched, String describe) {
    return XmlDocument.write(
        xml -> {
          start(xml, numberMatched, 0, describe);
          xml.writeEndElement();
        });
  }

  /** The page as a GeoJSON FeatureCollection, coordinates in the srsName's axis order. */
  public static byte[] geoJson(ItemPage page, SrsName srs) {
    GeoJsonWriter writer = new GeoJsonWriter(srs.crs().geographic() ? 8 : 3);
    writer.setEncodeCRS(false);
    writer.setForceCCW(!srs.northFirst());
    ObjectNode doc = JSON.createObjectNode();
    doc.put("type", "FeatureCollection");
    ArrayNode features = doc.putArray("features");
    try {
      for (StoredFeature f : page.items()) {
        ObjectNode node = features.addObject();
        node.put("type", "Feature");
        node.put("id", f.id());
        node.set("geometry", JSON.readTree(writer.write(reproject(f.geometry(), srs))));
        node.set("properties", JSON.valueToTree(f.properties()));
      }
      doc.put("numberMatched", page.numberMatched());
      doc.put("numberReturned", page.items().size());
      doc.put("timeStamp", now());
      return JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write GeoJSON", e);
    }
  }

  /** An {@code ows:ExceptionReport} for a refused request. */
  public static byte[] exceptionReport(WfsException e) {
    return XmlDocument.write(
        xml -> {
          xml.setPrefix("ows", WfsNames.OWS);
          xml.writeStartElement("ows", "ExceptionReport", WfsNames.OWS);
          xml.writeNamespace("ows", WfsNames.OWS);
          xml.writeAttribute("version", WfsNames.VERSION);
          xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
          xml.writeStartElement("ows", "Exception", WfsNames.OWS);
          xml.writeAttribute("exceptionCode", e.code());
          if (e.locator() != null) {
            xml.writeAttribute("locator", e.locator());
          }
          XmlDocument.element(xml, "ows", WfsNames.OWS, "ExceptionText", e.getMessage());
          xml.writeEndElement();
          xml.writeEndElement();
        });
  }

  private static void start(XMLStreamWriter xml, int matched, int returned, String describe)
      throws XMLStreamException {
    xml.setPrefix("wfs", WfsNames.WFS);
    xml.writeStartElement("wfs", "FeatureCollection", WfsNames.WFS);
    xml.writeNamespace("wfs", WfsNames.WFS);
    xml.writeNamespace("gml", WfsNames.GML);
    xml.writeNamespace("xsi", WfsNames.XSI);
    xml.writeNamespace(WfsNames.PREFIX, WfsNames.NAMESPACE);
    xml.writeAttribute(
        "xsi",
        WfsNames.XSI,
        "schemaLocation",
        WfsNames.WFS + " " + WfsNames.WFS_XSD + " " + WfsNames.NAMESPACE + " " + describe);
    xml.writeAttribute("timeStamp", now());
    xml.writeAttribute("numberMatched", String.valueOf(matched));
    xml.writeAttribute("numberReturned", String.valueOf(returned));
  }

  private static Geometry reproject(Geometry lonLat, SrsName srs) {
    return srs.crs().fromLonLat(lonLat, srs.northFirst());
  }

  private static String text(Object v) {
    if (v instanceof Map<?, ?> || v instanceof List<?>) {
      try {
        return JSON.writeValueAsString(v);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("could not write a property as JSON", e);
      }
    }
    return v.toString();
  }

  private static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
