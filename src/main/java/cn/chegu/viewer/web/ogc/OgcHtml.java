package cn.chegu.viewer.web.ogc;

import cn.chegu.viewer.area.Area;
import cn.chegu.viewer.area.AreaScope;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The HTML encoding of the service's documents, rendered from the same JSON the clients get, so
 * both say the same. Pages with features draw them on a small Leaflet map (Leaflet from the webjar,
 * {@code /js/ogc-map.js}; no internet, no inline script).
 */
final class OgcHtml {

  private OgcHtml() {}

  static String landing(ObjectNode doc) {
    return page(text(doc, "title"), p(text(doc, "description")) + links(doc.get("links")), false);
  }

  static String conformance(ObjectNode doc) {
    StringBuilder b = new StringBuilder("<ul>");
    doc.get("conformsTo").forEach(c -> b.append("<li>").append(esc(c.asText())).append("</li>"));
    return page("Conformance", b.append("</ul>").toString(), false);
  }

  static String collections(ObjectNode doc) {
    StringBuilder b =
        new StringBuilder("<table><tr><th>id</th><th>title</th><th>description</th></tr>");
    for (JsonNode c : doc.get("collections")) {
      b.append("<tr><td><a href=\"")
          .append(esc(href(c, "alternate")))
          .append("\">")
          .append(esc(text(c, "id")))
          .append("</a></td><td>")
          .append(esc(text(c, "title")))
          .append("</td><td>")
          .append(esc(text(c, "description")))
          .append("</td></tr>");
    }
    return page("Collections", b.append("</table>").toString(), false);
  }

  static String collection(ObjectNode doc) {
    StringBuilder b = new StringBuilder(p(text(doc, "description")));
    b.append("<p>id: <code>").append(esc(text(doc, "id"))).append("</code>; storage CRS: <code>");
    b.append(esc(text(doc, "storageCrs"))).append("</code></p><p>CRS:</p><ul>");
    doc.get("crs")
        .forEach(c -> b.append("<li><code>").append(esc(c.asText())).append("</code></li>"));
    b.append("</ul>").append(links(doc.get("links")));
    return page(text(doc, "title"), b.toString(), false);
  }

  /** Items: the map, paging links, and a table of every item's properties. */
  static String items(ObjectNode doc, String title) {
    StringBuilder b = new StringBuilder();
    b.append("<p>")
        .append(doc.get("numberReturned").asInt())
        .append(" of ")
        .append(doc.get("numberMatched").asInt())
        .append(" items</p>")
        .append(pager(doc.get("links")))
        .append(links(doc.get("links")))
        .append(map(doc));
    Set<String> columns = new LinkedHashSet<>();
    doc.get("features")
        .forEach(f -> f.get("properties").fieldNames().forEachRemaining(columns::add));
    b.append("<table><tr><th>id</th>");
    columns.forEach(c -> b.append("<th>").append(esc(c)).append("</th>"));
    b.append("</tr>");
    for (JsonNode f : doc.get("features")) {
      b.append("<tr><td>").append(esc(f.get("id").asText())).append("</td>");
      for (String c : columns) {
        JsonNode v = f.get("properties").get(c);
        b.append("<td>").append(v == null || v.isNull() ? "" : esc(v.asText())).append("</td>");
      }
      b.append("</tr>");
    }
    return page(title, b.append("</table>").toString(), true);
  }

  static String item(ObjectNode doc) {
    StringBuilder b = new StringBuilder(map(doc)).append("<table>");
    Iterator<Map.Entry<String, JsonNode>> fields = doc.get("properties").fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      b.append("<tr><th>")
          .append(esc(e.getKey()))
          .append("</th><td>")
          .append(e.getValue().isNull() ? "" : esc(e.getValue().asText()))
          .append("</td></tr>");
    }
    b.append("</table>").append(links(doc.get("links")));
    return page(doc.get("id").asText(), b.toString(), true);
  }

  static String queryables(ObjectNode doc) {
    StringBuilder b =
        new StringBuilder("<p>Filter items by equality, e.g. <code>?name=value</code>.</p>");
    b.append("<table><tr><th>queryable</th><th>type</th></tr>");
    doc.get("properties")
        .fields()
        .forEachRemaining(
            e ->
                b.append("<tr><td><code>")
                    .append(esc(e.getKey()))
                    .append("</code></td><td>")
                    .append(esc(text(e.getValue(), "type")))
                    .append("</td></tr>"));
    return page("Queryables · " + text(doc, "title"), b.append("</table>").toString(), false);
  }

  static String api(ObjectNode doc) {
    StringBuilder b = new StringBuilder(p(doc.get("info").get("description").asText()));
    b.append("<p><a href=\"?f=json")
        .append(esc(areaParameter()))
        .append("\">OpenAPI 3.0 document (JSON)</a></p><ul>");
    doc.get("paths")
        .fields()
        .forEachRemaining(
            e ->
                b.append("<li><code>GET ")
                    .append(esc(e.getKey()))
                    .append("</code> — ")
                    .append(esc(text(e.getValue().get("get"), "summary")))
                    .append("</li>"));
    return page(text(doc.get("info"), "title"), b.append("</ul>").toString(), false);
  }

  private static String map(ObjectNode doc) {
    String data = doc.toString().replace("<", "\\u003c");
    return "<div id=\"ogc-map\" class=\"ogc-map\"></div>"
        + "<script type=\"application/geo+json\" id=\"ogc-data\">"
        + data
        + "</script>";
  }

  /**
   * Previous / next page as HTML pages (the document's paging links are GeoJSON, for clients; a
   * person reading the HTML page pages through HTML), each with its GeoJSON beside it.
   */
  static String pager(JsonNode links) {
    StringBuilder b = new StringBuilder();
    for (String rel : new String[] {"prev", "next"}) {
      for (JsonNode l : links) {
        if (rel.equals(text(l, "rel"))) {
          String json = text(l, "href");
          b.append(b.isEmpty() ? "<p class=\"pager\">" : " · ")
              .append("<a rel=\"")
              .append(rel)
              .append("\" href=\"")
              .append(esc(asHtml(json)))
              .append("\">")
              .append(rel.equals("next") ? "next page →" : "← previous page")
              .append("</a> <small>(<a href=\"")
              .append(esc(json))
              .append("\">GeoJSON</a>)</small>");
        }
      }
    }
    return b.isEmpty() ? "" : b.append("</p>").toString();
  }

  /** The same URL asking for HTML ({@code f=json} → {@code f=html}, or {@code f=html} added). */
  static String asHtml(String href) {
    if (href.matches(".*[?&]f=json(&.*|$)")) {
      return href.replaceFirst("([?&])f=json(?=&|$)", "$1f=html");
    }
    return href + (href.contains("?") ? "&" : "?") + "f=html";
  }

  private static String links(JsonNode links) {
    StringBuilder b = new StringBuilder("<ul class=\"links\">");
    for (JsonNode l : links) {
      b.append("<li><a href=\"")
          .append(esc(text(l, "href")))
          .append("\">")
          .append(esc(l.hasNonNull("title") ? text(l, "title") : text(l, "rel")))
          .append("</a> <small>")
          .append(esc(text(l, "rel")))
          .append(", ")
          .append(esc(text(l, "type")))
          .append("</small></li>");
    }
    return b.append("</ul>").toString();
  }

  private static String href(JsonNode doc, String rel) {
    for (JsonNode l : doc.get("links")) {
      if (rel.equals(text(l, "rel"))) {
        return text(l, "href");
      }
    }
    return "";
  }

  private static String page(String title, String body, boolean withMap) {
    String leaflet =
        withMap ? "<link rel=\"stylesheet\" href=\"/webjars/leaflet/1.9.4/dist/leaflet.css\">" : "";
    String scripts =
        withMap
            ? "<script src=\"/webjars/leaflet/1.9.4/dist/leaflet.js\"></script>"
                + "<script src=\"/js/ogc-map.js\"></script>"
            : "";
    return "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + esc(title)
        + "</title>"
        + leaflet
        + "<link rel=\"stylesheet\" href=\"/css/ogc.css\"></head><body>"
        + "<nav><a href=\"/ogc?f=html"
        + esc(areaParameter())
        + "\">OGC API – Features</a> · "
        + "<a href=\"/ogc/collections?f=html"
        + esc(areaParameter())
        + "\">collections</a> · <a href=\"/"
        + (AreaScope.current().isDefault() ? "" : "#area=" + AreaScope.current().id())
        + "\">map</a></nav>"
        + "<h1>"
        + esc(title)
        + "</h1>"
        + body
        + scripts
        + "</body></html>";
  }

  /** {@code &area=<id>} when the page is of another area than the default one, else "". */
  private static String areaParameter() {
    Area area = AreaScope.current();
    return area.isDefault() ? "" : "&area=" + area.id();
  }

  private static String p(String text) {
    return "<p>" + esc(text) + "</p>";
  }

  private static String text(JsonNode node, String field) {
    return node != null && node.hasNonNull(field) ? node.get(field).asText() : "";
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
