package cn.chegu.viewer.web.ogc;

import cn.chegu.viewer.web.PublicBaseUrl;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Absolute links of the service: the public base URL ({@code chegu.base-url}, else the request's
 * own host and context path) + {@code /ogc} + the path.
 */
final class OgcLinks {

  static final String GEOJSON = "application/geo+json";
  static final String JSON = "application/json";
  static final String HTML = "text/html";
  static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";

  private final String base;
  private final HttpServletRequest request;

  OgcLinks(HttpServletRequest request, PublicBaseUrl publicBase) {
    this.request = request;
    this.base = publicBase.at("/ogc");
  }

  /** The service's root, e.g. {@code http://host:8080/ogc}. */
  String base() {
    return base;
  }

  /**
   * {@code base + path + ?f=…}, with the request's {@code area=} when it had one, so that a client
   * following the links stays in the area it asked for.
   */
  String to(String path, String f) {
    String area = request.getParameter("area");
    StringBuilder url = new StringBuilder(base).append(path);
    char sep = '?';
    if (f != null) {
      url.append(sep).append("f=").append(f);
      sep = '&';
    }
    if (area != null && !area.isBlank()) {
      url.append(sep).append("area=").append(encode(area));
    }
    return url.toString();
  }

  /**
   * This request's URL with its parameters, some replaced ({@code null} removes one): used for
   * self, alternate, next and prev links so that bbox, crs and filters carry over.
   */
  String current(Map<String, String> replace) {
    Map<String, String> params = new TreeMap<>();
    request.getParameterMap().forEach((k, v) -> params.put(k, v[0]));
    replace.forEach(
        (k, v) -> {
          if (v == null) {
            params.remove(k);
          } else {
            params.put(k, v);
          }
        });
    StringBuilder url =
        new StringBuilder(base)
            .append(
                request
                    .getRequestURI()
                    .substring(request.getContextPath().length() + "/ogc".length()));
    char sep = '?';
    for (Map.Entry<String, String> e : params.entrySet()) {
      url.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
      sep = '&';
    }
    return url.toString();
  }

  static void add(ArrayNode links, String href, String rel, String type, String title) {
    ObjectNode link = links.addObject();
    link.put("href", href);
    link.put("rel", rel);
    link.put("type", type);
    if (title != null) {
      link.put("title", title);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
