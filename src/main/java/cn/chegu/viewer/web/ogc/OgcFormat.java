package cn.chegu.viewer.web.ogc;

import cn.chegu.viewer.ogc.OgcException;
import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** The two encodings of every resource, chosen by {@code f} or the {@code Accept} header. */
enum OgcFormat {
  JSON,
  HTML;

  /**
   * {@code f=json|html} wins; otherwise the first type in {@code Accept} (by quality, then order)
   * that is HTML or JSON decides; no {@code Accept}, or only wildcards, means JSON.
   */
  static OgcFormat of(String f, String accept) {
    if (f != null) {
      return switch (f.trim().toLowerCase()) {
        case "json", "geojson", "application/json", "application/geo+json" -> JSON;
        case "html", "text/html" -> HTML;
        default ->
            throw OgcException.invalidParameter("f", "must be json or html, got '" + f + "'");
      };
    }
    if (accept == null || accept.isBlank()) {
      return JSON;
    }
    List<MediaType> types;
    try {
      types = MediaType.parseMediaTypes(accept);
    } catch (InvalidMediaTypeException e) {
      return JSON;
    }
    MediaType.sortByQualityValue(types);
    for (MediaType t : types) {
      if (t.isWildcardType()) {
        return JSON;
      }
      if (t.isCompatibleWith(MediaType.TEXT_HTML) && !t.isWildcardSubtype()) {
        return HTML;
      }
      if (t.getSubtype().equals("json") || t.getSubtype().endsWith("+json")) {
        return JSON;
      }
    }
    return JSON;
  }
}
