package cn.chegu.viewer.web;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The online basemaps the map offers besides its offline one ({@code chegu.basemaps} in
 * application.yml), so a bureau can list its intranet or 天地图 tiles without a code change.
 *
 * @param list the basemaps, in menu order
 */
@ConfigurationProperties("chegu")
public record BasemapProperties(List<Basemap> basemaps) {

  /** CRSs whose tiles the browser map can draw (Leaflet's Web Mercator). */
  static final Set<String> DRAWABLE_CRS = Set.of("EPSG:3857", "EPSG:900913");

  public BasemapProperties {
    basemaps = basemaps == null ? List.of() : List.copyOf(basemaps);
  }

  /**
   * The origins tiles come from, for the Content-Security-Policy: {@code https://*.tianditu.gov.cn}
   * for {@code https://t{s}.tianditu.gov.cn/…} (a host label holding {s} becomes {@code *}).
   */
  public List<String> tileOrigins() {
    return basemaps.stream()
        .map(Basemap::url)
        .filter(u -> u != null && u.contains("://"))
        .map(
            u -> {
              int start = u.indexOf("://") + 3;
              int end = u.indexOf('/', start);
              String host = end < 0 ? u.substring(start) : u.substring(start, end);
              String[] labels = host.split("\\.");
              for (int i = 0; i < labels.length; i++) {
                if (labels[i].contains("{")) {
                  labels[i] = "*";
                }
              }
              return u.substring(0, start) + String.join(".", labels);
            })
        .distinct()
        .toList();
  }

  /**
   * One tile source.
   *
   * @param id short name, used in the URL ({@code basemap=osm})
   * @param titleZh menu label in Chinese
   * @param titleEn menu label in English
   * @param type {@code xyz} (URL with {z}/{x}/{y}) or {@code wmts} (KVP URL with {TileMatrix},
   *     {TileRow}, {TileCol})
   * @param url the tile URL template; {s} takes one of {@code subdomains}
   * @param subdomains letters or digits for {s}, or empty
   * @param crs the tile matrix set's CRS; only Web Mercator ({@code EPSG:3857}) is drawn, others
   *     are listed as not drawable (a CGCS2000 geographic matrix needs a different map CRS)
   * @param datum {@code WGS84} (also CGCS2000, within a metre) or {@code GCJ02} (Gaode, Tencent:
   *     the tiles are shifted by the local offset)
   * @param attribution shown in the map's corner, as the licence requires
   * @param maxZoom deepest zoom level served
   */
  public record Basemap(
      String id,
      String titleZh,
      String titleEn,
      String type,
      String url,
      String subdomains,
      String crs,
      String datum,
      String attribution,
      Integer maxZoom) {}
}
