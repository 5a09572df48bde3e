package cn.chegu.viewer.imports;

import cn.chegu.viewer.store.LayerDefinition;
import java.util.List;
import java.util.Optional;

/**
 * The layers an area may bring, in draw order, with what the map calls them. Only {@code zone} (the
 * boundary) is required; analysis layers missing from a new area's file are created empty so that
 * later imports ({@code /api/imports?area=…}) have a layer to land in.
 */
final class AreaLayers {

  /** One layer an area may bring. */
  record Kind(String id, String title, String titleZh, String group, boolean analysis) {}

  static final List<Kind> ALL =
      List.of(
          new Kind("zone", "Boundary", "范围", "boundaries", true),
          new Kind("subdistricts", "Admin units", "行政单元", "boundaries", false),
          new Kind("population", "Population", "人口", "population", true),
          new Kind("water", "Water", "水系", "water", false),
          new Kind("exclusion", "Exclusion zones", "禁建区", "water", false),
          new Kind("layout", "Overall layout", "总体布局", "layout", false),
          new Kind("parks", "Parks", "园区", "parks", false),
          new Kind("roads", "Road network (routable)", "道路网", "roads", true),
          new Kind("transport", "Transport projects", "交通项目", "transport", false),
          new Kind("facilities", "Public facilities", "公共服务设施", "facilities", true));

  private AreaLayers() {}

  static Optional<Kind> of(String id) {
    return ALL.stream().filter(k -> k.id().equalsIgnoreCase(id)).findFirst();
  }

  static List<String> ids() {
    return ALL.stream().map(Kind::id).toList();
  }

  /** The definition of a layer of a new area read from {@code file}. */
  static LayerDefinition definition(Kind kind, String file, String areaName) {
    return new LayerDefinition(
        kind.id(),
        kind.title(),
        kind.titleZh(),
        kind.group(),
        file == null ? "none yet (import one)" : file,
        "as supplied with the area " + areaName,
        false,
        false,
        null);
  }
}
