package cn.chegu.viewer.report;

import cn.chegu.viewer.analysis.ParkAnswer;
import cn.chegu.viewer.analysis.ParksService;
import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.indicator.AreaPlans;
import cn.chegu.viewer.report.MapRenderer.LegendItem;
import cn.chegu.viewer.report.MapRenderer.Shape;
import cn.chegu.viewer.report.MapRenderer.Style;
import cn.chegu.viewer.report.ViewReport.Table;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.LayerVersionStore;
import cn.chegu.viewer.store.StoredFeature;
import cn.chegu.viewer.transit.ServiceTime;
import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The parks page of the report (issue 17): the Parks tab's table (GET /api/parks, same year and
 * facility set), its rules, and a small map of the parks with the set's transit lines and stations.
 * Figures are written as web/js/parks-panel.js writes them: counts with thousands separators, the
 * jobs–housing ratio with two decimals ({@code toFixed(2)}), the station-area share as a whole per
 * cent ({@code Math.round}).
 */
@Service
public class ParksReport {

  static final Color PARK = new Color(230, 126, 34, 150);
  static final Color LINE = new Color(0x1f4e9c);
  static final int MAP_WIDTH = 1200;
  static final int MAP_HEIGHT = 800;

  private final ParksService parks;
  private final FeatureStore store;
  private final LayerVersionStore versions;
  private final CjkFont font;
  private final AreaPlans plans;

  public ParksReport(
      ParksService parks,
      FeatureStore store,
      LayerVersionStore versions,
      AreaPlans plans,
      @Value("${chegu.report.font:" + CjkFont.DEFAULT_PATH + "}") String fontPath) {
    this.parks = parks;
    this.store = store;
    this.versions = versions;
    this.plans = plans;
    this.font = new CjkFont(fontPath);
  }

  /** The parks page for a year and facility set; {@code withMap} draws the map (PDF only). */
  public ViewReport parks(PopulationYear year, FacilitySet set, boolean withMap) {
    List<ParkAnswer> answers = parks.parks(year, set);
    List<List<String>> rows = new ArrayList<>();
    long transit45 = 0;
    Set<String> jobsSources = new LinkedHashSet<>();
    for (ParkAnswer p : answers) {
      ParkAnswer.ResidentsWithin r = p.residentsWithin();
      transit45 += r.transit45();
      jobsSources.add(p.jobsSource());
      rows.add(
          List.of(
              p.nameZh() + " " + p.nameEn(),
              Figures.count(r.transit30()),
              Figures.count(r.transit45()),
              Figures.count(r.drive30()),
              Figures.count(r.walk30()),
              Figures.count(r.bike30()),
              Figures.count(p.jobs()) + "*",
              shortSource(p.jobsSource()),
              ratio(p.jobsHousingRatio()),
              Integer.toString(p.stationsWithin800m()),
              nearShare(p.areaShareNearStation())));
    }
    List<String> rules = new ArrayList<>(parks.rules().describe());
    rules.add(
        "a park is reached at the nearest of its gates (grid points inside it near a walkable"
            + " road); transit trips leave the park in the window (the lines run the same headways"
            + " both ways)");
    rules.add(
        "drive: road speeds by class, one-way respected; bicycle: "
            + ReportRules.trim(ParksService.BIKE_KMH)
            + " km/h on the walk network; walk: the walk network");
    rules.add(
        "车站 Stations within "
            + (int) ParksService.STATION_METERS
            + " m: served metro and tram stops of the set, straight line to the park's edge; share"
            + " = park area within "
            + (int) ParksService.STATION_METERS
            + " m of such a stop");
    rules.add(
        "* 就业岗位 Jobs density: "
            + ReportRules.trim(ParksService.JOBS_PER_HECTARE)
            + " jobs/ha of park area ("
            + ReportRules.trim(ParksService.AGRICULTURE_JOBS_PER_HECTARE)
            + " for the agriculture zone) where no jobs are imported; sources used: "
            + String.join("; ", jobsSources));
    rules.add("职住比 Jobs–housing ratio = jobs / residents within 30 min by transit (— when none)");
    rules.add("人口为模型推算 Population is modelled (seeded rule matching the census totals)");
    return new ViewReport(
        "parks",
        // the plan file's report title (GET /api/plan) before the view's, as the other views
        plans.current().reportTitle().zh() + " · 产业园区报告",
        plans.current().reportTitle().en() + " — Industrial parks report",
        answers.size()
            + " 个园区 parks — "
            + year.year()
            + "年人口 population，设施 facilities: "
            + set.code()
            + "，公交 transit "
            + ServiceTime.format(ParksService.WINDOW_FROM)
            + "–"
            + ServiceTime.format(ParksService.WINDOW_TO),
        "45分钟公交可达居民（合计，可重复）Residents within 45 min by transit (sum over parks)",
        Figures.count(transit45),
        List.of(
            new Table(
                "parks",
                "各园区 By park",
                List.of(
                    "园区 Park",
                    "公交30 Transit 30",
                    "公交45 Transit 45",
                    "驾车30 Drive 30",
                    "步行30 Walk 30",
                    "骑行30 Bike 30",
                    "就业 Jobs",
                    "就业来源 Jobs source",
                    "职住比 Jobs/housing",
                    "800m车站 Stations",
                    "近站面积 Area near station"),
                rows)),
        rules,
        ReportService.layers(store, versions),
        versions.checksum(),
        Instant.now(),
        withMap ? map(set) : null);
  }

  /** "modelled" or "imported": the jobs source's first word (the whole text is in the rules). */
  static String shortSource(String source) {
    int colon = source.indexOf(':');
    return colon < 0 ? source : source.substring(0, colon);
  }

  /** The jobs–housing ratio as the Parks tab prints it: two decimals, "—" when undefined. */
  static String ratio(Double v) {
    return v == null ? "—" : new BigDecimal(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** The station-area share as the Parks tab prints it: whole per cent, JavaScript Math.round. */
  static String nearShare(double share) {
    return Math.round(share * 100) + " %";
  }

  /** Zone, water, roads, sub-districts, the set's transit lines and stations, and the parks. */
  private byte[] map(FacilitySet set) {
    List<Shape> shapes = new ArrayList<>();
    List<MapRenderer.Label> labels = new ArrayList<>();
    Envelope extent = new Envelope();
    for (StoredFeature f : store.allFeatures("zone")) {
      extent.expandToInclude(metric(f).getEnvelopeInternal());
    }
    for (StoredFeature f : store.allFeaturesIfAny("water")) {
      shapes.add(new Shape(metric(f), Style.area(ReportMap.WATER, ReportMap.WATER.darker(), 0.5f)));
    }
    for (StoredFeature f : store.allFeaturesIfAny("roads")) {
      shapes.add(new Shape(metric(f), Style.line(ReportMap.ROAD, 0.5f)));
    }
    for (StoredFeature f : store.allFeaturesIfAny("subdistricts")) {
      shapes.add(new Shape(metric(f), Style.area(null, new Color(0x888888), 0.8f)));
    }
    for (StoredFeature f : store.allFeatures("zone")) {
      shapes.add(new Shape(metric(f), Style.area(null, Color.BLACK, 2f)));
    }
    Style station = Style.dot(LINE, Color.WHITE, 8);
    for (StoredFeature f : store.allFeaturesIfAny("transport")) {
      Object status = f.properties().get("status");
      Object kind = f.properties().get("kind");
      if (!set.includes(status == null ? null : status.toString())) {
        continue;
      }
      Geometry g = metric(f);
      if (kind == null || !kind.toString().matches("(metro|tram)_.*")) {
        continue;
      }
      if (g.getDimension() == 1) {
        shapes.add(new Shape(g, Style.line(LINE, 2f)));
      } else if (g.getDimension() == 0) {
        shapes.add(new Shape(g, station));
      }
    }
    Style park = Style.area(PARK, PARK.darker(), 1.4f);
    for (StoredFeature f : store.allFeatures("parks")) {
      Geometry g = metric(f);
      shapes.add(new Shape(g, park));
      if (f.nameZh() != null) {
        labels.add(new MapRenderer.Label(g.getInteriorPoint().getCoordinate(), f.nameZh(), true));
      }
      if (extent.isNull()) {
        extent.expandToInclude(g.getEnvelopeInternal());
      }
    }
    List<LegendItem> legend =
        List.of(
            new LegendItem(park, "产业园区 parks"),
            new LegendItem(Style.line(LINE, 2f), "轨道线路 metro / tram (" + set.code() + ")"),
            new LegendItem(station, "车站 stations"),
            new LegendItem(Style.area(ReportMap.WATER, null, 0), "水系 water"),
            new LegendItem(Style.area(null, new Color(0x888888), 0.8f), "街道 sub-districts"));
    return new MapRenderer(MAP_WIDTH, MAP_HEIGHT, font.awt()).png(extent, shapes, labels, legend);
  }

  private static Geometry metric(StoredFeature f) {
    return AreaScope.current().projection().toMetric(f.geometry());
  }
}
