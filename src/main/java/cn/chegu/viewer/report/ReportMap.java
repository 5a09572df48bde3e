package cn.chegu.viewer.report;

import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.coverage.CellCoverage;
import cn.chegu.viewer.coverage.CoverageResult;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.coverage.Gap;
import cn.chegu.viewer.facility.Facility;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.report.MapRenderer.LegendItem;
import cn.chegu.viewer.report.MapRenderer.Shape;
import cn.chegu.viewer.report.MapRenderer.Style;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.StoredFeature;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The report's map: water, covered / uncovered population cells, roads, sub-district outlines and
 * names, the zone edge, the ranked gaps, and the standard's facilities (those added by a scenario
 * marked apart). Layers come from the store and are projected to metres here.
 */
final class ReportMap {

  static final Color WATER = new Color(0xb7d3ea);
  static final Color COVERED = new Color(46, 160, 67, 110);
  static final Color UNCOVERED = new Color(214, 39, 40, 150);
  static final Color ROAD = new Color(0x9a9a9a);
  static final Color MAJOR_ROAD = new Color(0x5a5a5a);
  static final Color FACILITY = new Color(0x1f4e9c);
  static final Color ADDED = new Color(0x8e24aa);
  static final Color GAP = new Color(0x7a0000);

  private final FeatureStore store;

  ReportMap(FeatureStore store) {
    this.store = store;
  }

  byte[] draw(
      MapRenderer renderer,
      ServiceStandard standard,
      CoverageResult coverage,
      List<DemandCell> cells,
      List<Gap> gaps,
      List<Facility> facilities,
      List<Facility> added) {
    List<Shape> shapes = new ArrayList<>();
    List<MapRenderer.Label> labels = new ArrayList<>();
    Envelope extent = new Envelope();
    for (StoredFeature f : store.allFeatures("zone")) {
      extent.expandToInclude(metric(f).getEnvelopeInternal());
    }
    for (StoredFeature f : store.allFeaturesIfAny("water")) {
      shapes.add(new Shape(metric(f), Style.area(WATER, WATER.darker(), 0.5f)));
    }
    for (int i = 0; i < cells.size() && i < coverage.cells().size(); i++) {
      CellCoverage c = coverage.cells().get(i);
      if (c.residents() > 0) {
        shapes.add(
            new Shape(
                cells.get(i).geometry(), Style.area(c.covered() ? COVERED : UNCOVERED, null, 0)));
      }
    }
    for (StoredFeature f : store.allFeaturesIfAny("roads")) {
      Object cls = f.properties().get("class");
      boolean major = cls != null && !"local".equals(cls) && !"rural".equals(cls);
      shapes.add(new Shape(metric(f), Style.line(major ? MAJOR_ROAD : ROAD, major ? 1.4f : 0.5f)));
    }
    for (StoredFeature f : store.allFeaturesIfAny("subdistricts")) {
      Geometry g = metric(f);
      shapes.add(new Shape(g, Style.area(null, new Color(0x555555), 1.2f)));
      if (f.nameZh() != null) {
        labels.add(new MapRenderer.Label(g.getInteriorPoint().getCoordinate(), f.nameZh(), true));
      }
    }
    for (StoredFeature f : store.allFeatures("zone")) {
      shapes.add(new Shape(metric(f), Style.area(null, Color.BLACK, 2.2f)));
    }
    for (Gap gap : gaps) {
      shapes.add(new Shape(gap.polygon(), Style.area(null, GAP, 1.6f)));
      labels.add(
          new MapRenderer.Label(
              gap.polygon().getInteriorPoint().getCoordinate(), "#" + gap.rank(), false));
    }
    GeometryFactory gf = new GeometryFactory();
    Style dot = Style.dot(FACILITY, Color.WHITE, 9);
    Style addedDot = Style.dot(ADDED, Color.WHITE, 12);
    for (Facility f : facilities) {
      if (standard.types().contains(f.type())) {
        shapes.add(
            new Shape(
                gf.createPoint(AreaScope.current().projection().toMetric(f.lon(), f.lat())),
                added.contains(f) ? addedDot : dot));
      }
    }
    List<LegendItem> legend = new ArrayList<>();
    legend.add(new LegendItem(Style.area(COVERED, null, 0), "覆盖 covered residents"));
    legend.add(new LegendItem(Style.area(UNCOVERED, null, 0), "未覆盖 not covered"));
    legend.add(new LegendItem(Style.area(null, GAP, 1.6f), "缺口（排名）gaps, ranked"));
    legend.add(new LegendItem(dot, "设施 " + standard.nameZh() + " facilities"));
    if (!added.isEmpty()) {
      legend.add(new LegendItem(addedDot, "情景新增/移动 scenario sites"));
    }
    legend.add(new LegendItem(Style.area(WATER, null, 0), "水系 water"));
    legend.add(new LegendItem(Style.line(MAJOR_ROAD, 1.4f), "道路 roads"));
    legend.add(new LegendItem(Style.area(null, new Color(0x555555), 1.2f), "街道 sub-districts"));
    if (extent.isNull()) {
      cells.forEach(c -> extent.expandToInclude(c.geometry().getEnvelopeInternal()));
    }
    return renderer.png(extent, shapes, labels, legend);
  }

  private static Geometry metric(StoredFeature f) {
    return AreaScope.current().projection().toMetric(f.geometry());
  }
}
