package cn.chegu.viewer.web;

import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The application's absolute URL as links in answers must show it (OGC API links, WFS capabilities,
 * QGIS project data sources).
 *
 * <p>Behind a reverse proxy the request's {@code Host} header is what the proxy (or a hostile
 * client) sent, not what a planner's QGIS can reach; {@code chegu.base-url} ({@code
 * CHEGU_BASE_URL}) names the public URL once, e.g. {@code https://gis.example.cn/chegu}. When it is
 * not set, the request's own scheme, host and context path are used (the behaviour before the
 * property existed).
 */
@Component
public class PublicBaseUrl {

  private final String configured;

  PublicBaseUrl(@Value("${chegu.base-url:}") String configured) {
    this.configured = normalise(configured);
  }

  /** The application's root without a trailing slash, e.g. {@code https://gis.example.cn/chegu}. */
  public String root() {
    return configured != null
        ? configured
        : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
  }

  /** {@code root() + path}, path starting with a slash. */
  public String at(String path) {
    return root() + path;
  }

  /** The configured URL without a trailing slash; null when unset; refused when not absolute. */
  static String normalise(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String trimmed = url.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    try {
      URI uri = new URI(trimmed);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || uri.getHost() == null
          || uri.getQuery() != null
          || uri.getFragment() != null) {
        throw new IllegalArgumentException(
            "chegu.base-url must be an absolute http(s) URL without query or fragment, not '"
                + url
                + "'");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("chegu.base-url is not a URL: '" + url + "'", e);
    }
    return trimmed;
  }
}
