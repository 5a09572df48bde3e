package cn.chegu.viewer.area;

import cn.chegu.viewer.io.MetricProjection;
import java.util.regex.Pattern;

/**
 * A planning area.
 *
 * @param id short ASCII id used in URLs ({@code area=}) and storage keys
 * @param name display name, e.g. 车谷 · 武汉经开区
 * @param isDefault whether requests without {@code area=} mean this area
 * @param metricEpsg EPSG code of the metric CRS its analyses run in
 */
public record Area(String id, String name, boolean isDefault, int metricEpsg) {

  /** What an area id may look like (it becomes part of storage keys and URLs). */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  /** Id of the default area (the 车谷 sample, migration V30). */
  public static final String DEFAULT_ID = "chegu";

  /** The default area as migration V30 creates it. */
  public static final Area DEFAULT = new Area(DEFAULT_ID, "车谷 · 武汉经开区", true, 32650);

  public Area {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("not an area id: " + id);
    }
  }

  /** The key the store keeps this area's layer {@code layerId} under. */
  public String layerKey(String layerId) {
    return isDefault ? layerId : id + "/" + layerId;
  }

  /** The layer id of a storage key of this area (inverse of {@link #layerKey}). */
  public static String layerId(String key) {
    return key.substring(key.indexOf('/') + 1);
  }

  /** Projection to and from this area's metric CRS. */
  public MetricProjection projection() {
    return MetricProjection.of(metricEpsg);
  }

  /** The metric CRS as reported with answers, e.g. {@code EPSG:32649}. */
  public String crs() {
    return "EPSG:" + metricEpsg;
  }
}
