package cn.chegu.viewer.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/basemaps: the configured online basemaps ({@link BasemapProperties}). */
@RestController
class BasemapController {

  private final BasemapProperties properties;

  BasemapController(BasemapProperties properties) {
    this.properties = properties;
  }

  /** Each basemap as configured, plus {@code drawable}: whether the browser map can draw it. */
  @GetMapping("/api/basemaps")
  List<Map<String, Object>> basemaps() {
    return properties.basemaps().stream().map(BasemapController::view).toList();
  }

  private static Map<String, Object> view(BasemapProperties.Basemap b) {
    String crs = b.crs() == null ? "EPSG:3857" : b.crs();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", b.id());
    m.put("titleZh", b.titleZh());
    m.put("titleEn", b.titleEn());
    m.put("type", b.type() == null ? "xyz" : b.type());
    m.put("url", b.url());
    m.put("subdomains", b.subdomains() == null ? "" : b.subdomains());
    m.put("crs", crs);
    m.put("datum", b.datum() == null ? "WGS84" : b.datum());
    m.put("attribution", b.attribution());
    m.put("maxZoom", b.maxZoom() == null ? 18 : b.maxZoom());
    m.put("drawable", BasemapProperties.DRAWABLE_CRS.contains(crs));
    return m;
  }
}
