package cn.chegu.viewer.qgis;

import cn.chegu.viewer.qgis.Renderer.Categorized;
import cn.chegu.viewer.qgis.Renderer.Category;
import cn.chegu.viewer.qgis.Renderer.Graduated;
import cn.chegu.viewer.qgis.Renderer.Range;
import cn.chegu.viewer.qgis.Renderer.Single;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A layer's style as an OGC Styled Layer Descriptor 1.1 / Symbology Encoding 1.1 document, the form
 * QGIS writes into {@code layer_styles.styleSLD}: one rule per category or range, with the same
 * colours, widths, dashes and opacities as the QML, and a text rule for the labels.
 *
 * <p>What SLD cannot say: a category keyed by a computed QGIS expression (facility type +
 * "planned", metro line colours, layout elements) has no OGC filter equivalent (QGIS itself cannot
 * export a {@code CASE} expression to a filter either). Such a layer's SLD draws every feature with
 * the renderer's fallback symbol and names the expression in the rule's abstract; the QML, which
 * QGIS applies, keeps every category. Categories on a plain field and graduated ranges become exact
 * filters.
 */
public final class SldWriter {

  static final String SLD = "http://www.opengis.net/sld";
  static final String SE = "http://www.opengis.net/se";
  static final String OGC = "http://www.opengis.net/ogc";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  private static final Pattern PLAIN_FIELD = Pattern.compile("\"([A-Za-z_][A-Za-z0-9_]*)\"");

  private final XMLStreamWriter xml;

  private SldWriter(XMLStreamWriter xml) {
    this.xml = xml;
  }

  /** The SLD of a layer stored as table {@code name} with style {@code styleName}. */
  public static String sld(ProjectLayer layer, String name, String styleName) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      new SldWriter(xml).document(layer, name, styleName);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write the SLD", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private void document(ProjectLayer layer, String name, String styleName)
      throws XMLStreamException {
    xml.setDefaultNamespace(SLD);
    xml.setPrefix("se", SE);
    xml.setPrefix("ogc", OGC);
    xml.setPrefix("xsi", XSI);
    xml.writeStartElement(SLD, "StyledLayerDescriptor");
    xml.writeDefaultNamespace(SLD);
    xml.writeNamespace("se", SE);
    xml.writeNamespace("ogc", OGC);
    xml.writeNamespace("xsi", XSI);
    xml.writeAttribute("version", "1.1.0");
    xml.writeAttribute(
        XSI,
        "schemaLocation",
        SLD + " http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd");
    xml.writeStartElement(SLD, "NamedLayer");
    se("Name", name);
    xml.writeStartElement(SLD, "UserStyle");
    se("Name", styleName);
    xml.writeStartElement(SE, "FeatureTypeStyle");
    rules(layer);
    if (layer.labelField() != null) {
      xml.writeStartElement(SE, "Rule");
      text(layer);
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private void rules(ProjectLayer layer) throws XMLStreamException {
    Renderer r = layer.renderer();
    if (r instanceof Single s) {
      rule(layer.name(), null, s.symbol());
    } else if (r instanceof Categorized c) {
      Matcher plain = PLAIN_FIELD.matcher(c.expression().trim());
      if (!plain.matches()) {
        rule(layer.name(), "QGIS expression (no OGC filter): " + c.expression(), c.otherwise());
        return;
      }
      for (Category cat : c.categories()) {
        xml.writeStartElement(SE, "Rule");
        se("Name", cat.label());
        description(cat.label(), null);
        xml.writeStartElement(OGC, "Filter");
        compare("PropertyIsEqualTo", plain.group(1), cat.value());
        xml.writeEndElement();
        symbolizers(cat.symbol());
        xml.writeEndElement();
      }
      xml.writeStartElement(SE, "Rule");
      se("Name", "other");
      description("other", null);
      xml.writeEmptyElement(SE, "ElseFilter");
      symbolizers(c.otherwise());
      xml.writeEndElement();
    } else if (r instanceof Graduated g) {
      for (int i = 0; i < g.ranges().size(); i++) {
        Range range = g.ranges().get(i);
        boolean last = i == g.ranges().size() - 1;
        xml.writeStartElement(SE, "Rule");
        se("Name", range.label());
        description(range.label(), null);
        xml.writeStartElement(OGC, "Filter");
        xml.writeStartElement(OGC, "And");
        compare("PropertyIsGreaterThanOrEqualTo", g.field(), number(range.lower()));
        compare(
            last ? "PropertyIsLessThanOrEqualTo" : "PropertyIsLessThan",
            g.field(),
            number(range.upper()));
        xml.writeEndElement();
        xml.writeEndElement();
        symbolizers(range.symbol());
        xml.writeEndElement();
      }
    }
  }

  private void rule(String name, String note, Symbol symbol) throws XMLStreamException {
    xml.writeStartElement(SE, "Rule");
    se("Name", name);
    description(name, note);
    symbolizers(symbol);
    xml.writeEndElement();
  }

  private void description(String title, String note) throws XMLStreamException {
    xml.writeStartElement(SE, "Description");
    se("Title", title);
    if (note != null) {
      se("Abstract", note);
    }
    xml.writeEndElement();
  }

  private void compare(String op, String field, String value) throws XMLStreamException {
    xml.writeStartElement(OGC, op);
    xml.writeStartElement(OGC, "PropertyName");
    xml.writeCharacters(field);
    xml.writeEndElement();
    xml.writeStartElement(OGC, "Literal");
    xml.writeCharacters(value);
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private void symbolizers(Symbol s) throws XMLStreamException {
    switch (s.kind()) {
      case MARKER -> {
        xml.writeStartElement(SE, "PointSymbolizer");
        xml.writeStartElement(SE, "Graphic");
        xml.writeStartElement(SE, "Mark");
        se("WellKnownName", "circle");
        fill(s.fill(), s.fillOpacity());
        stroke(s);
        xml.writeEndElement();
        se("Size", number(s.size()));
        xml.writeEndElement();
        xml.writeEndElement();
      }
      case LINE -> {
        xml.writeStartElement(SE, "LineSymbolizer");
        stroke(s);
        xml.writeEndElement();
      }
      case FILL -> {
        xml.writeStartElement(SE, "PolygonSymbolizer");
        if (s.fill() != null) {
          fill(s.fill(), s.hatch() ? s.fillOpacity() * 0.35 : s.fillOpacity());
        }
        stroke(s);
        xml.writeEndElement();
        if (s.hatch() && s.fill() != null) {
          // QGIS's SLD form of its f_diagonal brush
          xml.writeStartElement(SE, "PolygonSymbolizer");
          xml.writeStartElement(SE, "Fill");
          xml.writeStartElement(SE, "GraphicFill");
          xml.writeStartElement(SE, "Graphic");
          xml.writeStartElement(SE, "Mark");
          se("WellKnownName", "brush://fdiagonal");
          fill(s.fill(), s.fillOpacity());
          xml.writeEndElement();
          xml.writeEndElement();
          xml.writeEndElement();
          xml.writeEndElement();
          xml.writeEndElement();
        }
      }
    }
  }

  private void fill(String color, double opacity) throws XMLStreamException {
    if (color == null) {
      return;
    }
    xml.writeStartElement(SE, "Fill");
    parameter("fill", color);
    parameter("fill-opacity", number(opacity));
    xml.writeEndElement();
  }

  private void stroke(Symbol s) throws XMLStreamException {
    if (s.stroke() == null) {
      return;
    }
    xml.writeStartElement(SE, "Stroke");
    parameter("stroke", s.stroke());
    parameter("stroke-width", number(s.strokeWidth()));
    parameter("stroke-opacity", number(s.strokeOpacity()));
    parameter("stroke-linejoin", "round");
    parameter("stroke-linecap", "round");
    if (s.dash() != null) {
      parameter("stroke-dasharray", s.dash().trim().replaceAll("\\s+", " "));
    }
    xml.writeEndElement();
  }

  private void text(ProjectLayer layer) throws XMLStreamException {
    xml.writeStartElement(SE, "TextSymbolizer");
    xml.writeStartElement(SE, "Label");
    xml.writeStartElement(OGC, "PropertyName");
    xml.writeCharacters(layer.labelField());
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(SE, "Font");
    parameter("font-family", "Noto Sans CJK SC");
    boolean points = layer.geometryType().toLowerCase(Locale.ROOT).contains("point");
    parameter("font-size", points ? "11" : "13");
    xml.writeEndElement();
    xml.writeStartElement(SE, "Halo");
    se("Radius", "2");
    xml.writeStartElement(SE, "Fill");
    parameter("fill", "#ffffff");
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(SE, "Fill");
    parameter("fill", "#323232");
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private void parameter(String name, String value) throws XMLStreamException {
    xml.writeStartElement(SE, "SvgParameter");
    xml.writeAttribute("name", name);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  private void se(String element, String text) throws XMLStreamException {
    xml.writeStartElement(SE, element);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
