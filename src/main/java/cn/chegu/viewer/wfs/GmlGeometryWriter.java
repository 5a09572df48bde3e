package cn.chegu.viewer.wfs;

import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes JTS geometries as GML 3.2 simple features (Point, LineString, Polygon with exterior and
 * interior rings, MultiPoint, MultiCurve, MultiSurface) through a StAX writer. Coordinates are
 * written as given: the caller has already put them in the answer's CRS and axis order. Degrees get
 * 8 decimals (about 1 mm), metres 3.
 */
final class GmlGeometryWriter {

  private final XMLStreamWriter xml;
  private final String srsName;
  private final String format;

  GmlGeometryWriter(XMLStreamWriter xml, String srsName, boolean degrees) {
    this.xml = xml;
    this.srsName = srsName;
    this.format = degrees ? "%.8f" : "%.3f";
  }

  /**
   * Writes {@code g}; a single part is written as a one-member multi geometry when {@code asMulti}
   * (the feature type declares the multi type).
   */
  void write(Geometry g, String gmlId, boolean asMulti) throws XMLStreamException {
    if (asMulti && g instanceof Polygon p) {
      g = p.getFactory().createMultiPolygon(new Polygon[] {p});
    } else if (asMulti && g instanceof LineString l) {
      g = l.getFactory().createMultiLineString(new LineString[] {l});
    } else if (asMulti && g instanceof Point p) {
      g = p.getFactory().createMultiPoint(new Point[] {p});
    }
    if (g instanceof Point p) {
      start("Point", gmlId, true);
      pos(p.getCoordinateSequence());
      xml.writeEndElement();
    } else if (g instanceof LineString l) {
      start("LineString", gmlId, true);
      posList(l.getCoordinateSequence());
      xml.writeEndElement();
    } else if (g instanceof Polygon p) {
      polygon(p, gmlId, true);
    } else if (g instanceof MultiPoint m) {
      start("MultiPoint", gmlId, true);
      for (int i = 0; i < m.getNumGeometries(); i++) {
        xml.writeStartElement("gml", "pointMember", WfsNames.GML);
        start("Point", gmlId + "." + i, false);
        pos(((Point) m.getGeometryN(i)).getCoordinateSequence());
        xml.writeEndElement();
        xml.writeEndElement();
      }
      xml.writeEndElement();
    } else if (g instanceof MultiLineString m) {
      start("MultiCurve", gmlId, true);
      for (int i = 0; i < m.getNumGeometries(); i++) {
        xml.writeStartElement("gml", "curveMember", WfsNames.GML);
        start("LineString", gmlId + "." + i, false);
        posList(((LineString) m.getGeometryN(i)).getCoordinateSequence());
        xml.writeEndElement();
        xml.writeEndElement();
      }
      xml.writeEndElement();
    } else if (g instanceof MultiPolygon m) {
      start("MultiSurface", gmlId, true);
      for (int i = 0; i < m.getNumGeometries(); i++) {
        xml.writeStartElement("gml", "surfaceMember", WfsNames.GML);
        polygon((Polygon) m.getGeometryN(i), gmlId + "." + i, false);
        xml.writeEndElement();
      }
      xml.writeEndElement();
    } else {
      throw new IllegalArgumentException(
          "no GML simple-feature encoding for " + g.getGeometryType());
    }
  }

  private void polygon(Polygon p, String gmlId, boolean withSrs) throws XMLStreamException {
    start("Polygon", gmlId, withSrs);
    ring("exterior", p.getExteriorRing());
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      ring("interior", p.getInteriorRingN(i));
    }
    xml.writeEndElement();
  }

  private void ring(String role, LineString ring) throws XMLStreamException {
    xml.writeStartElement("gml", role, WfsNames.GML);
    xml.writeStartElement("gml", "LinearRing", WfsNames.GML);
    posList(ring.getCoordinateSequence());
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private void start(String element, String gmlId, boolean withSrs) throws XMLStreamException {
    xml.writeStartElement("gml", element, WfsNames.GML);
    xml.writeAttribute("gml", WfsNames.GML, "id", gmlId);
    if (withSrs) {
      xml.writeAttribute("srsName", srsName);
      xml.writeAttribute("srsDimension", "2");
    }
  }

  private void pos(CoordinateSequence s) throws XMLStreamException {
    xml.writeStartElement("gml", "pos", WfsNames.GML);
    xml.writeCharacters(number(s.getX(0)) + " " + number(s.getY(0)));
    xml.writeEndElement();
  }

  private void posList(CoordinateSequence s) throws XMLStreamException {
    xml.writeStartElement("gml", "posList", WfsNames.GML);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.size(); i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(number(s.getX(i))).append(' ').append(number(s.getY(i)));
    }
    xml.writeCharacters(b.toString());
    xml.writeEndElement();
  }

  private String number(double v) {
    return String.format(Locale.ROOT, format, v);
  }
}
