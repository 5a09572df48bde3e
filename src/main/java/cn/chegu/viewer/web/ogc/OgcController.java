package cn.chegu.viewer.web.ogc;

import cn.chegu.viewer.indicator.AreaPlans;
import cn.chegu.viewer.ogc.CollectionRegistry;
import cn.chegu.viewer.plan.Plan;
import cn.chegu.viewer.web.PublicBaseUrl;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The OGC service's metadata: landing page, conformance, OpenAPI, collections. */
@RestController
@RequestMapping("/ogc")
class OgcController {

  private final CollectionRegistry registry;
  private final PublicBaseUrl publicBase;
  private final AreaPlans plans;

  OgcController(CollectionRegistry registry, PublicBaseUrl publicBase, AreaPlans plans) {
    this.registry = registry;
    this.publicBase = publicBase;
    this.plans = plans;
  }

  /** The title of the area's plan in both languages. */
  private String title() {
    Plan.Text t = plans.current().title();
    return t.zh() + " · " + t.en();
  }

  @GetMapping({"", "/"})
  ResponseEntity<?> landing(
      @RequestParam(required = false) String f,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      HttpServletRequest request) {
    ObjectNode doc = OgcDocuments.landing(new OgcLinks(request, publicBase), title());
    return answer(OgcFormat.of(f, accept), doc, MediaType.APPLICATION_JSON, OgcHtml::landing);
  }

  @GetMapping("/conformance")
  ResponseEntity<?> conformance(
      @RequestParam(required = false) String f,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    return answer(
        OgcFormat.of(f, accept),
        OgcDocuments.conformance(),
        MediaType.APPLICATION_JSON,
        OgcHtml::conformance);
  }

  @GetMapping("/api")
  ResponseEntity<?> api(
      @RequestParam(required = false) String f,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      HttpServletRequest request) {
    ObjectNode doc = OgcOpenApi.document(new OgcLinks(request, publicBase).base(), title());
    return answer(
        OgcFormat.of(f, accept), doc, MediaType.parseMediaType(OgcLinks.OPENAPI), OgcHtml::api);
  }

  @GetMapping("/collections")
  ResponseEntity<?> collections(
      @RequestParam(required = false) String f,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      HttpServletRequest request) {
    ObjectNode doc = OgcDocuments.collections(registry.all(), new OgcLinks(request, publicBase));
    return answer(OgcFormat.of(f, accept), doc, MediaType.APPLICATION_JSON, OgcHtml::collections);
  }

  @GetMapping("/collections/{id}")
  ResponseEntity<?> collection(
      @PathVariable String id,
      @RequestParam(required = false) String f,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      HttpServletRequest request) {
    ObjectNode doc = OgcDocuments.collection(registry.get(id), new OgcLinks(request, publicBase));
    return answer(OgcFormat.of(f, accept), doc, MediaType.APPLICATION_JSON, OgcHtml::collection);
  }

  /** The JSON document, or its HTML rendering. */
  static ResponseEntity<?> answer(
      OgcFormat format, ObjectNode doc, MediaType json, Function<ObjectNode, String> html) {
    if (format == OgcFormat.HTML) {
      return ResponseEntity.ok()
          .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
          .body(html.apply(doc));
    }
    return ResponseEntity.ok().contentType(json).body(doc);
  }
}
