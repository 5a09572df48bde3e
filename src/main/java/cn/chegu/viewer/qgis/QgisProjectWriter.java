package cn.chegu.viewer.qgis;

import cn.chegu.viewer.ogc.OgcCrs;
import cn.chegu.viewer.qgis.Renderer.Categorized;
import cn.chegu.viewer.qgis.Renderer.Category;
import cn.chegu.viewer.qgis.Renderer.Graduated;
import cn.chegu.viewer.qgis.Renderer.Range;
import cn.chegu.viewer.qgis.Renderer.Single;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Writes a QGIS 3 project ({@code .qgs} XML, zipped as {@code .qgz}) of a {@link QgisView}: the
 * layer tree, one vector layer per collection on the {@code OAPIF} or {@code WFS} provider, each
 * with its renderer and labels, the project CRS (Web Mercator, like the web map) and the view's
 * extent as the default view. Symbols use pixel units so they look as on the web map.
 */
public final class QgisProjectWriter {

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  /** The QGIS version the documents are written for (Debian bookworm's, which CI opens them in). */
  static final String VERSION = "3.22.16-Białowieża";

  private final XMLStreamWriter xml;

  private QgisProjectWriter(XMLStreamWriter xml) {
    this.xml = xml;
  }

  /** The project as a {@code .qgz}: a zip holding {@code name.qgs}. */
  public static byte[] qgz(QgisView view, String name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name + ".qgs"));
      zip.write(qgs(view));
      zip.closeEntry();
    } catch (IOException e) {
      throw new IllegalStateException("could not zip the project", e);
    }
    return out.toByteArray();
  }

  /** The project as {@code .qgs} XML. */
  public static byte[] qgs(QgisView view) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      new QgisProjectWriter(xml).project(view);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write the project", e);
    }
    return out.toByteArray();
  }

  /**
   * A layer's style as QGIS saves it in a {@code .qml} file or a GeoPackage's {@code layer_styles}:
   * the same renderer and labelling the project gives the layer.
   */
  public static String qml(ProjectLayer layer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeDTD("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>");
      xml.writeStartElement("qgis");
      xml.writeAttribute("version", VERSION);
      xml.writeAttribute("styleCategories", "Symbology|Labeling");
      xml.writeAttribute("labelsEnabled", layer.labelField() == null ? "0" : "1");
      QgisProjectWriter w = new QgisProjectWriter(xml);
      w.renderer(layer.renderer());
      if (layer.labelField() != null) {
        w.labels(layer);
      }
      w.text("blendMode", "0");
      w.text("featureBlendMode", "0");
      w.text("layerOpacity", "1");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write the style", e);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The QGIS data source of a layer. */
  public static String dataSource(QgisView view, ProjectLayer layer) {
    return view.wfs()
        ? "pagingEnabled='true' preferCoordinatesForWfsT11='false' restrictToRequestBBOX='0'"
            + " srsname='EPSG:4326' typename='chegu:"
            + layer.collectionId()
            + "' url='"
            + view.baseUrl()
            + "/wfs"
            + results(view)
            + "' version='2.0.0'"
        : "pagingEnabled='true' preferCoordinatesForWfsT11='false' restrictToRequestBBOX='0'"
            + " typename='"
            + layer.collectionId()
            + "' url='"
            + view.baseUrl()
            + "/ogc'";
  }

  /**
   * {@code ?RESULTS=…}: the view's result types, which our WFS lists in its capabilities only when
   * asked (QGIS opens only listed types).
   */
  private static String results(QgisView view) {
    List<String> ids =
        view.layers().stream()
            .map(ProjectLayer::collectionId)
            .filter(id -> id.startsWith("gaps-") || id.startsWith("service-areas-"))
            .toList();
    return ids.isEmpty() ? "" : "?RESULTS=" + String.join(",", ids);
  }

  /** The QGIS provider key. */
  public static String provider(QgisView view) {
    return view.wfs() ? "WFS" : "OAPIF";
  }

  private void project(QgisView view) throws XMLStreamException {
    xml.writeStartElement("qgis");
    xml.writeAttribute("projectname", view.title());
    xml.writeAttribute("version", VERSION);
    text("title", view.title());
    // QGIS reads projectCrs only when the project says projections are enabled
    xml.writeStartElement("properties");
    xml.writeStartElement("SpatialRefSys");
    xml.writeStartElement("ProjectionsEnabled");
    xml.writeAttribute("type", "int");
    xml.writeCharacters("1");
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement("projectCrs");
    crs(3857);
    xml.writeEndElement();
    tree(view);
    Envelope mercator = mercator(view.extent());
    xml.writeStartElement("mapcanvas");
    xml.writeAttribute("name", "theMapCanvas");
    xml.writeAttribute("annotationsVisible", "1");
    text("units", "meters");
    extent("extent", mercator);
    text("rotation", "0");
    xml.writeStartElement("destinationsrs");
    crs(3857);
    xml.writeEndElement();
    text("rendermaptile", "0");
    xml.writeEndElement();
    xml.writeStartElement("projectlayers");
    for (int i = 0; i < view.layers().size(); i++) {
      layer(view, view.layers().get(i), layerId(view.layers().get(i), i));
    }
    xml.writeEndElement();
    xml.writeStartElement("ProjectViewSettings");
    xml.writeAttribute("UseProjectScales", "0");
    xml.writeEmptyElement("Scales");
    xml.writeStartElement("DefaultViewExtent");
    xml.writeAttribute("xmin", number(mercator.getMinX()));
    xml.writeAttribute("ymin", number(mercator.getMinY()));
    xml.writeAttribute("xmax", number(mercator.getMaxX()));
    xml.writeAttribute("ymax", number(mercator.getMaxY()));
    crs(3857);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private void tree(QgisView view) throws XMLStreamException {
    xml.writeStartElement("layer-tree-group");
    xml.writeEmptyElement("customproperties");
    for (int i = 0; i < view.layers().size(); i++) {
      ProjectLayer l = view.layers().get(i);
      xml.writeStartElement("layer-tree-layer");
      xml.writeAttribute("id", layerId(l, i));
      xml.writeAttribute("name", l.name());
      xml.writeAttribute("providerKey", provider(view));
      xml.writeAttribute("source", dataSource(view, l));
      xml.writeAttribute("checked", l.visible() ? "Qt::Checked" : "Qt::Unchecked");
      xml.writeAttribute("expanded", "0");
      xml.writeEmptyElement("customproperties");
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private void layer(QgisView view, ProjectLayer l, String id) throws XMLStreamException {
    xml.writeStartElement("maplayer");
    xml.writeAttribute("type", "vector");
    xml.writeAttribute("geometry", geometry(l.geometryType()));
    xml.writeAttribute("wkbType", l.geometryType());
    xml.writeAttribute("labelsEnabled", l.labelField() == null ? "0" : "1");
    xml.writeAttribute("hasScaleBasedVisibilityFlag", "0");
    xml.writeAttribute("readOnly", "1");
    text("id", id);
    text("datasource", dataSource(view, l));
    text("layername", l.name());
    xml.writeStartElement("srs");
    crs(4326);
    xml.writeEndElement();
    xml.writeStartElement("provider");
    xml.writeAttribute("encoding", "UTF-8");
    xml.writeCharacters(provider(view));
    xml.writeEndElement();
    renderer(l.renderer());
    if (l.labelField() != null) {
      labels(l);
    }
    text("blendMode", "0");
    text("featureBlendMode", "0");
    text("layerOpacity", "1");
    xml.writeEndElement();
  }

  private void renderer(Renderer r) throws XMLStreamException {
    xml.writeStartElement("renderer-v2");
    xml.writeAttribute("forceraster", "0");
    xml.writeAttribute("symbollevels", "0");
    xml.writeAttribute("enableorderby", "0");
    List<Symbol> symbols = new ArrayList<>();
    if (r instanceof Single s) {
      xml.writeAttribute("type", "singleSymbol");
      symbols.add(s.symbol());
    } else if (r instanceof Categorized c) {
      xml.writeAttribute("type", "categorizedSymbol");
      xml.writeAttribute("attr", c.expression());
      xml.writeStartElement("categories");
      for (Category cat : c.categories()) {
        category(cat.value(), cat.label(), symbols.size());
        symbols.add(cat.symbol());
      }
      category("", "", symbols.size()); // QGIS's "all other values"
      symbols.add(c.otherwise());
      xml.writeEndElement();
    } else if (r instanceof Graduated g) {
      xml.writeAttribute("type", "graduatedSymbol");
      xml.writeAttribute("attr", g.field());
      xml.writeAttribute("graduatedMethod", "GraduatedColor");
      xml.writeStartElement("ranges");
      for (Range range : g.ranges()) {
        xml.writeEmptyElement("range");
        xml.writeAttribute("lower", number(range.lower()));
        xml.writeAttribute("upper", number(range.upper()));
        xml.writeAttribute("label", range.label());
        xml.writeAttribute("symbol", String.valueOf(symbols.size()));
        xml.writeAttribute("render", "true");
        symbols.add(range.symbol());
      }
      xml.writeEndElement();
    }
    xml.writeStartElement("symbols");
    for (int i = 0; i < symbols.size(); i++) {
      symbol(symbols.get(i), String.valueOf(i));
    }
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private void category(String value, String label, int symbol) throws XMLStreamException {
    xml.writeEmptyElement("category");
    xml.writeAttribute("value", value);
    xml.writeAttribute("label", label);
    xml.writeAttribute("symbol", String.valueOf(symbol));
    xml.writeAttribute("render", "true");
  }

  private void symbol(Symbol s, String name) throws XMLStreamException {
    xml.writeStartElement("symbol");
    xml.writeAttribute("type", s.kind().qgis());
    xml.writeAttribute("name", name);
    xml.writeAttribute("alpha", "1");
    xml.writeAttribute("clip_to_extent", "1");
    xml.writeAttribute("force_rhr", "0");
    switch (s.kind()) {
      case MARKER -> marker(s);
      case LINE -> line(s, "SimpleLine");
      case FILL -> {
        if (s.fill() != null) {
          fill(s.fill(), s.hatch() ? s.fillOpacity() * 0.35 : s.fillOpacity(), "solid");
          if (s.hatch()) {
            fill(s.fill(), s.fillOpacity(), "f_diagonal");
          }
        }
        if (s.stroke() != null) {
          line(s, "SimpleLine");
        }
      }
    }
    xml.writeEndElement();
  }

  private void marker(Symbol s) throws XMLStreamException {
    symbolLayer("SimpleMarker");
    option("name", "circle");
    option("color", rgba(s.fill(), s.fillOpacity()));
    option("outline_color", rgba(s.stroke(), s.strokeOpacity()));
    option("outline_width", number(s.strokeWidth()));
    option("outline_width_unit", "Pixel");
    option("outline_style", s.dash() == null ? "solid" : "dash");
    option("size", number(s.size()));
    option("size_unit", "Pixel");
    endSymbolLayer();
  }

  private void line(Symbol s, String cls) throws XMLStreamException {
    symbolLayer(cls);
    option("line_color", rgba(s.stroke(), s.strokeOpacity()));
    option("line_width", number(s.strokeWidth()));
    option("line_width_unit", "Pixel");
    option("line_style", "solid");
    option("use_custom_dash", s.dash() == null ? "0" : "1");
    option("customdash", s.dash() == null ? "5;2" : s.dash().trim().replaceAll("\\s+", ";"));
    option("customdash_unit", "Pixel");
    option("capstyle", "round");
    option("joinstyle", "round");
    endSymbolLayer();
  }

  private void fill(String color, double opacity, String style) throws XMLStreamException {
    symbolLayer("SimpleFill");
    option("color", rgba(color, opacity));
    option("style", style);
    option("outline_style", "no");
    option("outline_color", "0,0,0,0");
    option("outline_width", "0");
    endSymbolLayer();
  }

  private void symbolLayer(String cls) throws XMLStreamException {
    xml.writeStartElement("layer");
    xml.writeAttribute("class", cls);
    xml.writeAttribute("enabled", "1");
    xml.writeAttribute("locked", "0");
    xml.writeAttribute("pass", "0");
    xml.writeStartElement("Option");
    xml.writeAttribute("type", "Map");
  }

  private void endSymbolLayer() throws XMLStreamException {
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private void option(String name, String value) throws XMLStreamException {
    xml.writeEmptyElement("Option");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", value);
    xml.writeAttribute("type", "QString");
  }

  /** QGIS's simple labelling: the name, dark grey with a white halo, CJK-capable font. */
  private void labels(ProjectLayer l) throws XMLStreamException {
    boolean points = l.geometryType().toLowerCase(Locale.ROOT).contains("point");
    xml.writeStartElement("labeling");
    xml.writeAttribute("type", "simple");
    xml.writeStartElement("settings");
    xml.writeAttribute("calloutType", "simple");
    xml.writeStartElement("text-style");
    xml.writeAttribute("fieldName", l.labelField());
    xml.writeAttribute("isExpression", "0");
    xml.writeAttribute("fontFamily", "Noto Sans CJK SC");
    xml.writeAttribute("fontSize", points ? "8" : "10");
    xml.writeAttribute("fontSizeUnit", "Point");
    xml.writeAttribute("textColor", "50,50,50,255");
    xml.writeAttribute("textOpacity", "1");
    xml.writeEmptyElement("text-buffer");
    xml.writeAttribute("bufferDraw", "1");
    xml.writeAttribute("bufferSize", "0.8");
    xml.writeAttribute("bufferSizeUnits", "MM");
    xml.writeAttribute("bufferColor", "255,255,255,255");
    xml.writeAttribute("bufferOpacity", "0.9");
    xml.writeEndElement();
    xml.writeEmptyElement("placement");
    xml.writeAttribute("placement", points ? "0" : "1"); // around the point / over the centroid
    xml.writeAttribute("dist", "1");
    xml.writeAttribute("distUnits", "MM");
    xml.writeEmptyElement("rendering");
    xml.writeAttribute("scaleVisibility", points ? "1" : "0");
    xml.writeAttribute("scaleMin", "1");
    xml.writeAttribute("scaleMax", "60000"); // point names from 1:60,000 in
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private void crs(int epsg) throws XMLStreamException {
    xml.writeStartElement("spatialrefsys");
    xml.writeAttribute("nativeFormat", "Wkt");
    text(
        "proj4",
        epsg == 3857
            ? "+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m"
                + " +nadgrids=@null +wktext +no_defs"
            : "+proj=longlat +datum=WGS84 +no_defs");
    text("authid", "EPSG:" + epsg);
    text("srid", String.valueOf(epsg));
    text("description", epsg == 3857 ? "WGS 84 / Pseudo-Mercator" : "WGS 84");
    text("geographicflag", epsg == 4326 ? "true" : "false");
    xml.writeEndElement();
  }

  private void extent(String element, Envelope e) throws XMLStreamException {
    xml.writeStartElement(element);
    text("xmin", number(e.getMinX()));
    text("ymin", number(e.getMinY()));
    text("xmax", number(e.getMaxX()));
    text("ymax", number(e.getMaxY()));
    xml.writeEndElement();
  }

  private void text(String element, String text) throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  /** The CRS84 box in Web Mercator metres (its corners' box). */
  static Envelope mercator(Envelope lonLat) {
    GeometryFactory g = new GeometryFactory();
    Geometry box =
        g.createMultiPointFromCoords(
            new Coordinate[] {
              new Coordinate(lonLat.getMinX(), lonLat.getMinY()),
              new Coordinate(lonLat.getMaxX(), lonLat.getMaxY())
            });
    return OgcCrs.EPSG_3857.fromLonLat(box).getEnvelopeInternal();
  }

  /**
   * A layer id in QGIS's own form, {@code name_uuid} (QGIS replaces short ids when it reads a
   * project), stable for the same collection at the same position.
   */
  static String layerId(ProjectLayer l, int i) {
    String uuid =
        java.util
            .UUID
            .nameUUIDFromBytes(
                (l.collectionId() + "#" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .toString()
            .replace('-', '_');
    return l.collectionId().replaceAll("[^A-Za-z0-9_]", "_") + "_" + uuid;
  }

  private static String geometry(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    return t.contains("point") ? "Point" : t.contains("line") ? "Line" : "Polygon";
  }

  /** {@code r,g,b,a} (0–255) from {@code #rrggbb} and an opacity; transparent for null. */
  static String rgba(String hex, double opacity) {
    if (hex == null) {
      return "0,0,0,0";
    }
    int n = Integer.parseInt(hex.substring(1), 16);
    return (n >> 16)
        + ","
        + ((n >> 8) & 255)
        + ","
        + (n & 255)
        + ","
        + (int) Math.round(255 * Math.max(0, Math.min(1, opacity)));
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
