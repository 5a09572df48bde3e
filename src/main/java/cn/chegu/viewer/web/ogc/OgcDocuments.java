package cn.chegu.viewer.web.ogc;

import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.io.GeometrySimplifier;
import cn.chegu.viewer.ogc.ItemPage;
import cn.chegu.viewer.ogc.OgcCollection;
import cn.chegu.viewer.ogc.OgcCrs;
import cn.chegu.viewer.ogc.Queryable;
import cn.chegu.viewer.store.StoredFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/** The JSON documents of the service (OGC API – Features Part 1 §7, Part 2 §6). */
final class OgcDocuments {

  static final String CORE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core";

  /** Conformance classes declared — each is checked by the tests (GDAL, OWSLib, MockMvc). */
  static final List<String> CONFORMANCE =
      List.of(
          CORE,
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
          "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");

  static final String QUERYABLES_REL = "http://www.opengis.net/def/rel/ogc/1.0/queryables";

  private static final ObjectMapper JSON = new ObjectMapper();

  private OgcDocuments() {}

  /**
   * The landing page.
   *
   * @param title the area plan's title (zh · en)
   */
  static ObjectNode landing(OgcLinks links, String title) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("title", title + " — OGC API – Features");
    doc.put(
        "description",
        "The zone's plan layers, scenarios and coverage results (gaps, service areas) as OGC API"
            + " – Features collections. Sample data is schematic; population is modelled.");
    ArrayNode l = doc.putArray("links");
    OgcLinks.add(l, links.to("", "json"), "self", OgcLinks.JSON, "this document");
    OgcLinks.add(l, links.to("", "html"), "alternate", OgcLinks.HTML, "this document as HTML");
    OgcLinks.add(l, links.to("/api", null), "service-desc", OgcLinks.OPENAPI, "OpenAPI 3.0");
    OgcLinks.add(l, links.to("/api", "html"), "service-doc", OgcLinks.HTML, "API documentation");
    OgcLinks.add(l, links.to("/conformance", null), "conformance", OgcLinks.JSON, "conformance");
    OgcLinks.add(l, links.to("/collections", null), "data", OgcLinks.JSON, "collections");
    return doc;
  }

  static ObjectNode conformance() {
    ObjectNode doc = JSON.createObjectNode();
    ArrayNode a = doc.putArray("conformsTo");
    CONFORMANCE.forEach(a::add);
    return doc;
  }

  static ObjectNode collections(List<OgcCollection> collections, OgcLinks links) {
    ObjectNode doc = JSON.createObjectNode();
    ArrayNode l = doc.putArray("links");
    OgcLinks.add(l, links.to("/collections", "json"), "self", OgcLinks.JSON, null);
    OgcLinks.add(l, links.to("/collections", "html"), "alternate", OgcLinks.HTML, null);
    ArrayNode list = doc.putArray("collections");
    collections.forEach(c -> list.add(collection(c, links)));
    ArrayNode crs = doc.putArray("crs");
    OgcCrs.uris(AreaScope.current().metricEpsg()).forEach(crs::add);
    return doc;
  }

  /** A collection: "中文 · English" title, CRS84 extent, CRS list, storage CRS, links. */
  static ObjectNode collection(OgcCollection c, OgcLinks links) {
    ObjectNode doc = JSON.createObjectNode();
    String path = "/collections/" + c.id();
    doc.put("id", c.id());
    doc.put("title", title(c));
    doc.put("description", c.description());
    doc.put("itemType", "feature");
    // one geometry family per collection; clients that type a layer read it here
    doc.put("geometryType", c.geometryType());
    if (c.extent() != null) {
      Envelope e = c.extent();
      ObjectNode spatial = doc.putObject("extent").putObject("spatial");
      spatial
          .putArray("bbox")
          .addArray()
          .add(e.getMinX())
          .add(e.getMinY())
          .add(e.getMaxX())
          .add(e.getMaxY());
      spatial.put("crs", OgcCrs.CRS84.uri());
    }
    ArrayNode crs = doc.putArray("crs");
    OgcCrs.uris(AreaScope.current().metricEpsg()).forEach(crs::add);
    doc.put("storageCrs", OgcCrs.CRS84.uri());
    ArrayNode l = doc.putArray("links");
    OgcLinks.add(l, links.to(path, "json"), "self", OgcLinks.JSON, null);
    OgcLinks.add(l, links.to(path, "html"), "alternate", OgcLinks.HTML, null);
    OgcLinks.add(l, links.to(path + "/items", "json"), "items", OgcLinks.GEOJSON, "items");
    OgcLinks.add(l, links.to(path + "/items", "html"), "items", OgcLinks.HTML, "items as HTML");
    OgcLinks.add(
        l,
        links.to(path + "/queryables", null),
        QUERYABLES_REL,
        "application/schema+json",
        "queryables");
    return doc;
  }

  static String title(OgcCollection c) {
    return c.titleZh() == null || c.titleZh().equals(c.title())
        ? c.title()
        : c.titleZh() + " · " + c.title();
  }

  /** A page of items as a GeoJSON FeatureCollection with paging links and counts. */
  static ObjectNode items(ItemPage page, OgcCrs crs, double tolerance, OgcLinks links) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("type", "FeatureCollection");
    GeoJsonWriter writer = writer(crs);
    ArrayNode features = doc.putArray("features");
    for (StoredFeature f : page.items()) {
      features.add(feature(f, crs, tolerance, writer));
    }
    doc.put("numberMatched", page.numberMatched());
    doc.put("numberReturned", page.items().size());
    doc.put("timeStamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    ArrayNode l = doc.putArray("links");
    OgcLinks.add(l, links.current(Map.of("f", "json")), "self", OgcLinks.GEOJSON, null);
    OgcLinks.add(l, links.current(Map.of("f", "html")), "alternate", OgcLinks.HTML, null);
    if (page.hasNext()) {
      OgcLinks.add(
          l,
          links.current(paging(page.offset() + page.limit(), page)),
          "next",
          OgcLinks.GEOJSON,
          "next page");
    }
    if (page.hasPrevious()) {
      OgcLinks.add(
          l,
          links.current(paging(page.previousOffset(), page)),
          "prev",
          OgcLinks.GEOJSON,
          "previous page");
    }
    return doc;
  }

  private static Map<String, String> paging(int offset, ItemPage page) {
    Map<String, String> p = new HashMap<>();
    p.put("offset", offset == 0 ? null : String.valueOf(offset));
    p.put("limit", String.valueOf(page.limit()));
    p.put("f", "json");
    return p;
  }

  /** One item as a GeoJSON Feature with its links. */
  static ObjectNode item(
      OgcCollection c, StoredFeature f, OgcCrs crs, double tolerance, OgcLinks links) {
    ObjectNode doc = feature(f, crs, tolerance, writer(crs));
    ArrayNode l = doc.putArray("links");
    OgcLinks.add(l, links.current(Map.of("f", "json")), "self", OgcLinks.GEOJSON, null);
    OgcLinks.add(l, links.current(Map.of("f", "html")), "alternate", OgcLinks.HTML, null);
    OgcLinks.add(
        l, links.to("/collections/" + c.id(), "json"), "collection", OgcLinks.JSON, title(c));
    return doc;
  }

  /** The queryables as a JSON Schema (OGC API – Features Part 3 shape). */
  static ObjectNode queryables(OgcCollection c, List<Queryable> queryables, OgcLinks links) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("$schema", "https://json-schema.org/draft/2019-09/schema");
    doc.put("$id", links.to("/collections/" + c.id() + "/queryables", null));
    doc.put("type", "object");
    doc.put("title", title(c));
    ObjectNode props = doc.putObject("properties");
    for (Queryable q : queryables) {
      props.putObject(q.name()).put("title", q.name()).put("type", q.type());
    }
    doc.put("additionalProperties", true);
    return doc;
  }

  /**
   * The feature in {@code crs}, simplified to {@code tolerance} (degrees of the stored geometry;
   * converted to metres for projected CRSs by simplifying before the transform).
   */
  private static ObjectNode feature(
      StoredFeature f, OgcCrs crs, double tolerance, GeoJsonWriter writer) {
    Geometry g = crs.fromLonLat(GeometrySimplifier.simplify(f.geometry(), tolerance));
    ObjectNode node = JSON.createObjectNode();
    node.put("type", "Feature");
    node.put("id", f.id());
    try {
      node.set("geometry", JSON.readTree(writer.write(g)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("GeoJsonWriter wrote invalid JSON for " + f.id(), e);
    }
    node.set("properties", JSON.valueToTree(f.properties()));
    return node;
  }

  /**
   * Degrees to 8 decimals (≈ 1 mm), metres to 3; RFC 7946 ring orientation when east comes first.
   */
  private static GeoJsonWriter writer(OgcCrs crs) {
    GeoJsonWriter writer = new GeoJsonWriter(crs.geographic() ? 8 : 3);
    writer.setEncodeCRS(false);
    writer.setForceCCW(!crs.northFirst());
    return writer;
  }
}
