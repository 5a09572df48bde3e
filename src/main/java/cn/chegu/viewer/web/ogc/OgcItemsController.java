package cn.chegu.viewer.web.ogc;

import cn.chegu.viewer.ogc.CollectionRegistry;
import cn.chegu.viewer.ogc.ItemPage;
import cn.chegu.viewer.ogc.OgcCollection;
import cn.chegu.viewer.ogc.OgcCrs;
import cn.chegu.viewer.ogc.OgcException;
import cn.chegu.viewer.ogc.Queryable;
import cn.chegu.viewer.store.StoredFeature;
import cn.chegu.viewer.web.PublicBaseUrl;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Items of a collection (paged, bbox, filters, CRS) and single items. JSON answers carry {@code
 * Content-Crs}; HTML pages always draw CRS84 on their map.
 */
@RestController
@RequestMapping("/ogc/collections/{id}")
class OgcItemsController {

  static final MediaType GEOJSON = MediaType.parseMediaType(OgcLinks.GEOJSON);

  private final CollectionRegistry registry;
  private final PublicBaseUrl publicBase;

  OgcItemsController(CollectionRegistry registry, PublicBaseUrl publicBase) {
    this.registry = registry;
    this.publicBase = publicBase;
  }

  @GetMapping("/items")
  ResponseEntity<?> items(
      @PathVariable String id,
      @RequestParam Map<String, String> params,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      HttpServletRequest request) {
    OgcFormat format = OgcFormat.of(params.get("f"), accept);
    OgcCrs crs = format == OgcFormat.HTML ? OgcCrs.CRS84 : OgcParameters.crs(params);
    double tolerance = OgcParameters.tolerance(params);
    var query = OgcParameters.items(params);
    OgcCollection collection = registry.get(id);
    ItemPage page = collection.items().page(query);
    ObjectNode doc = OgcDocuments.items(page, crs, tolerance, new OgcLinks(request, publicBase));
    if (format == OgcFormat.HTML) {
      return OgcController.answer(
          format, doc, GEOJSON, d -> OgcHtml.items(d, OgcDocuments.title(collection)));
    }
    return withCrs(doc, crs);
  }

  @GetMapping("/items/{featureId}")
  ResponseEntity<?> item(
      @PathVariable String id,
      @PathVariable String featureId,
      @RequestParam Map<String, String> params,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      HttpServletRequest request) {
    OgcParameters.checkItem(params);
    OgcFormat format = OgcFormat.of(params.get("f"), accept);
    OgcCrs crs = format == OgcFormat.HTML ? OgcCrs.CRS84 : OgcParameters.crs(params);
    double tolerance = OgcParameters.tolerance(params);
    OgcCollection collection = registry.get(id);
    StoredFeature feature =
        collection.items().all().stream()
            .filter(x -> x.id().equals(featureId))
            .findFirst()
            .orElseThrow(
                () ->
                    OgcException.notFound(
                        "no item '" + featureId + "' in collection '" + id + "'"));
    ObjectNode doc =
        OgcDocuments.item(collection, feature, crs, tolerance, new OgcLinks(request, publicBase));
    if (format == OgcFormat.HTML) {
      return OgcController.answer(format, doc, GEOJSON, OgcHtml::item);
    }
    return withCrs(doc, crs);
  }

  @GetMapping("/queryables")
  ResponseEntity<?> queryables(
      @PathVariable String id,
      @RequestParam(required = false) String f,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      HttpServletRequest request) {
    OgcCollection collection = registry.get(id);
    ObjectNode doc =
        OgcDocuments.queryables(
            collection, Queryable.of(collection.items().all()), new OgcLinks(request, publicBase));
    return OgcController.answer(
        OgcFormat.of(f, accept),
        doc,
        MediaType.parseMediaType("application/schema+json"),
        OgcHtml::queryables);
  }

  private static ResponseEntity<?> withCrs(ObjectNode doc, OgcCrs crs) {
    return ResponseEntity.ok()
        .contentType(GEOJSON)
        .header("Content-Crs", "<" + crs.uri() + ">")
        .body(doc);
  }
}
