package cn.chegu.viewer.web.ogc;

import cn.chegu.viewer.io.GeometrySimplifier;
import cn.chegu.viewer.ogc.ItemQuery;
import cn.chegu.viewer.ogc.OgcCrs;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;

/**
 * The OpenAPI 3.0 document of the service ({@code /ogc/api}, conformance class oas30): every path,
 * its parameters with their ranges (clients such as GDAL read {@code limit}'s maximum from it) and
 * the media types it answers with.
 */
final class OgcOpenApi {

  private static final ObjectMapper JSON = new ObjectMapper();

  private OgcOpenApi() {}

  static ObjectNode document(String serverUrl, String title) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("openapi", "3.0.3");
    ObjectNode info = doc.putObject("info");
    info.put("title", title + " — OGC API – Features");
    info.put(
        "description",
        "Plan layers, scenarios and coverage results as OGC API – Features (Parts 1 and 2)."
            + " Items are paged with limit/offset in a stable order; CRS by reference: "
            + String.join(", ", OgcCrs.uris())
            + ".");
    info.put("version", "1.0.0");
    doc.putArray("servers").addObject().put("url", serverUrl);
    ObjectNode paths = doc.putObject("paths");
    path(paths, "/", "Landing page", "application/json", "f");
    path(paths, "/conformance", "Conformance classes", "application/json", "f");
    path(paths, "/api", "This OpenAPI document", OgcLinks.OPENAPI, "f");
    path(paths, "/collections", "The collections", "application/json", "f");
    path(
        paths,
        "/collections/{collectionId}",
        "One collection",
        "application/json",
        "collectionId",
        "f");
    path(
        paths,
        "/collections/{collectionId}/queryables",
        "Properties usable as equality filters (JSON Schema)",
        "application/schema+json",
        "collectionId",
        "f");
    path(
        paths,
        "/collections/{collectionId}/items",
        "Items of a collection, paged; other query parameters are equality filters on queryables",
        OgcLinks.GEOJSON,
        with(OgcParameters.ITEMS, "collectionId"));
    path(
        paths,
        "/collections/{collectionId}/items/{featureId}",
        "One item",
        OgcLinks.GEOJSON,
        with(OgcParameters.ITEM, "collectionId", "featureId"));
    parameters(doc.putObject("components").putObject("parameters"));
    return doc;
  }

  /** Path parameters first, then the endpoint's query parameters. */
  private static String[] with(List<String> query, String... path) {
    return Stream.concat(Stream.of(path), query.stream()).toArray(String[]::new);
  }

  private static void path(
      ObjectNode paths, String path, String summary, String mediaType, String... params) {
    ObjectNode get = paths.putObject(path).putObject("get");
    get.put("summary", summary);
    get.put("operationId", "get" + path.replaceAll("[^A-Za-z]", "_"));
    ArrayNode p = get.putArray("parameters");
    for (String name : params) {
      p.addObject().put("$ref", "#/components/parameters/" + name);
    }
    ObjectNode responses = get.putObject("responses");
    ObjectNode ok = responses.putObject("200");
    ok.put("description", "OK");
    ObjectNode content = ok.putObject("content");
    content.putObject(mediaType).putObject("schema").put("type", "object");
    content.putObject("text/html").putObject("schema").put("type", "string");
    responses.putObject("400").put("description", "invalid parameter: {code, description}");
    responses.putObject("404").put("description", "no such collection or item");
  }

  private static void parameters(ObjectNode c) {
    param(c, "collectionId", "path", "collection id", "string").put("required", true);
    param(c, "featureId", "path", "item id", "string").put("required", true);
    ObjectNode f = param(c, "f", "query", "encoding (else chosen by Accept)", "string");
    f.with("schema").putArray("enum").add("json").add("html");
    ObjectNode limit = param(c, "limit", "query", "items per page", "integer");
    limit
        .with("schema")
        .put("minimum", 1)
        .put("maximum", ItemQuery.MAX_LIMIT)
        .put("default", ItemQuery.DEFAULT_LIMIT);
    param(c, "offset", "query", "matched items to skip (next/prev links set it)", "integer")
        .with("schema")
        .put("minimum", 0)
        .put("default", 0);
    ObjectNode bbox =
        param(c, "bbox", "query", "lower and upper corner in the axis order of bbox-crs", "array");
    bbox.with("schema")
        .put("minItems", 4)
        .put("maxItems", 6)
        .putObject("items")
        .put("type", "number");
    bbox.put("style", "form").put("explode", false);
    crsParam(param(c, "bbox-crs", "query", "CRS of bbox (default CRS84)", "string"));
    crsParam(param(c, "crs", "query", "CRS of the response (default CRS84)", "string"));
    param(
            c,
            "zoom",
            "query",
            "simplify geometry to half a pixel of a web map at this zoom (map delivery)",
            "number")
        .with("schema")
        .put("minimum", 0)
        .put("maximum", GeometrySimplifier.MAX_ZOOM);
    param(c, "maxAllowableOffset", "query", "simplification tolerance in degrees", "number")
        .with("schema")
        .put("minimum", 0)
        .put("maximum", GeometrySimplifier.MAX_OFFSET_DEGREES);
    param(c, "datetime", "query", "accepted; the data has no time, nothing is filtered", "string");
  }

  private static void crsParam(ObjectNode p) {
    ArrayNode values = p.with("schema").put("format", "uri").putArray("enum");
    OgcCrs.uris().forEach(values::add);
  }

  private static ObjectNode param(
      ObjectNode c, String name, String in, String description, String type) {
    ObjectNode p = c.putObject(name);
    p.put("name", name).put("in", in).put("description", description).put("required", false);
    p.putObject("schema").put("type", type);
    return p;
  }
}
