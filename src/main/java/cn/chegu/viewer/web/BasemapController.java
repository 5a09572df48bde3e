package cn.chegu.viewer.web;

import java.util.List;
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
  List<BasemapView> basemaps() {
    return properties.basemaps().stream().map(BasemapController::view).toList();
  }

  /**
   * One basemap with its defaults filled in (see {@link BasemapProperties.Basemap}).
   *
   * @param drawable whether the browser map can draw tiles in this {@code crs}
   */
  record BasemapView(
      String id,
      String titleZh,
      String titleEn,
      String type,
      String url,
      String subdomains,
      String crs,
      String datum,
      String attribution,
      int maxZoom,
      boolean drawable) {}

  private static BasemapView view(BasemapProperties.Basemap b) {
    String crs = b.crs() == null ? "EPSG:3857" : b.crs();
    return new BasemapView(
        b.id(),
        b.titleZh(),
        b.titleEn(),
        b.type() == null ? "xyz" : b.type(),
        b.url(),
        b.subdomains() == null ? "" : b.subdomains(),
        crs,
        b.datum() == null ? "WGS84" : b.datum(),
        b.attribution(),
        b.maxZoom() == null ? 18 : b.maxZoom(),
        BasemapProperties.DRAWABLE_CRS.contains(crs));
  }
}
