package cn.chegu.viewer.report;

import cn.chegu.viewer.analysis.CoverageService;
import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.coverage.AreaCoverage;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.CoverageResult;
import cn.chegu.viewer.coverage.Gap;
import cn.chegu.viewer.facility.Facility;
import cn.chegu.viewer.facility.FacilityCatalog;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.indicator.AreaPlans;
import cn.chegu.viewer.indicator.IndicatorService;
import cn.chegu.viewer.plan.Plan;
import cn.chegu.viewer.report.ReportContent.AreaRow;
import cn.chegu.viewer.report.ReportContent.GapRow;
import cn.chegu.viewer.report.ReportContent.Headline;
import cn.chegu.viewer.report.ReportContent.LayerRow;
import cn.chegu.viewer.report.ReportContent.ScenarioResult;
import cn.chegu.viewer.scenario.Scenario;
import cn.chegu.viewer.scenario.ScenarioService;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.LayerInfo;
import cn.chegu.viewer.store.LayerProvenance;
import cn.chegu.viewer.store.LayerVersion;
import cn.chegu.viewer.store.LayerVersionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Gathers one view's numbers, map and provenance into a {@link ReportContent}, then writes it. */
@Service
public class ReportService {

  /** Gaps listed in a report (the map draws the same ones). */
  public static final int MAX_GAPS = 10;

  static final int MAP_WIDTH = 1400;
  static final int MAP_HEIGHT = 1000;

  private final CoverageService coverage;
  private final IndicatorService indicators;
  private final ScenarioService scenarios;
  private final FacilityCatalog facilities;
  private final FeatureStore store;
  private final LayerVersionStore versions;
  private final CjkFont font;
  private final AreaPlans plans;

  public ReportService(
      CoverageService coverage,
      IndicatorService indicators,
      ScenarioService scenarios,
      FacilityCatalog facilities,
      FeatureStore store,
      LayerVersionStore versions,
      AreaPlans plans,
      @Value("${chegu.report.font:" + CjkFont.DEFAULT_PATH + "}") String fontPath) {
    this.coverage = coverage;
    this.indicators = indicators;
    this.scenarios = scenarios;
    this.facilities = facilities;
    this.store = store;
    this.versions = versions;
    this.plans = plans;
    this.font = new CjkFont(fontPath);
  }

  /** The standard of that code; throws the catalogue's unknown-standard exception. */
  public ServiceStandard standard(String code) {
    return coverage.standards().get(code);
  }

  /** The report as PDF bytes. */
  public byte[] pdf(
      String standard, CoverageMethod method, PopulationYear year, FacilitySet set, Long scenario) {
    font.pdf(); // refuse early, before any work, when the font is missing
    return new PdfReport(font).write(content(standard, method, year, set, scenario));
  }

  /** The report as an XLSX workbook. */
  public byte[] xlsx(
      String standard, CoverageMethod method, PopulationYear year, FacilitySet set, Long scenario) {
    return new XlsxReport().write(content(standard, method, year, set, scenario));
  }

  ReportContent content(
      String code, CoverageMethod method, PopulationYear year, FacilitySet set, Long scenarioId) {
    ServiceStandard standard = coverage.standards().get(code);
    CoverageResult base = coverage.coverage(code, method, year, set);
    List<Gap> gaps = coverage.gaps(code, method, year, set);
    Scenario scenario = scenarioId == null ? null : scenarios.get(scenarioId);
    List<Facility> baseline = facilities.all();
    List<Facility> shown = baseline;
    List<Facility> added = List.of();
    CoverageResult after = null;
    if (scenario != null) {
      shown = scenarios.effectiveFacilities(scenario.id());
      Set<Facility> before = new HashSet<>(baseline);
      added = shown.stream().filter(f -> !before.contains(f)).toList();
      after = coverage.coverage(code, method, year, set, shown);
    }
    ReportContent.View view =
        new ReportContent.View(
            code,
            standard.nameZh(),
            standard.nameEn(),
            method.code(),
            year.year(),
            set.code(),
            scenarioId,
            scenario == null ? null : scenario.name());
    byte[] map =
        new ReportMap(store)
            .draw(
                new MapRenderer(MAP_WIDTH, MAP_HEIGHT, font.awt()),
                standard,
                after == null ? base : after,
                coverage.data().cells().get(year),
                gaps.subList(0, Math.min(MAX_GAPS, gaps.size())),
                shown,
                added);
    Plan plan = plans.current();
    return new ReportContent(
        plan.reportTitle(),
        view,
        Instant.now(),
        headline(base),
        after == null ? null : new ScenarioResult(scenario.name(), headline(base), headline(after)),
        areas(base, after),
        gaps.stream()
            .limit(MAX_GAPS)
            .map(
                g ->
                    new GapRow(
                        g.rank(),
                        String.join("、", g.areas()),
                        g.residents(),
                        g.cellCount(),
                        Math.round(g.polygon().getArea() / 10_000.0) / 100.0))
            .toList(),
        indicators.indicators(year, set),
        ReportRules.of(standard, method, year, set, scenario != null, plan),
        layers(store, versions),
        versions.checksum(),
        map);
  }

  /** Rounded to 4 decimals exactly as GET /api/coverage answers, so the two always agree. */
  static Headline headline(CoverageResult r) {
    return new Headline(r.totalResidents(), r.coveredResidents(), round4(r.share()));
  }

  private static List<AreaRow> areas(CoverageResult base, CoverageResult after) {
    Map<String, Long> afterCovered = new HashMap<>();
    if (after != null) {
      after.byArea().forEach(a -> afterCovered.put(a.area(), a.covered()));
    }
    List<AreaRow> rows = new ArrayList<>();
    for (AreaCoverage a : base.byArea()) {
      rows.add(
          new AreaRow(
              a.area(),
              a.total(),
              a.covered(),
              round4(a.share()),
              after == null ? null : afterCovered.getOrDefault(a.area(), 0L)));
    }
    return rows;
  }

  /** Every layer's version and provenance, as the reports list them. */
  static List<LayerRow> layers(FeatureStore store, LayerVersionStore versions) {
    List<LayerRow> rows = new ArrayList<>();
    Map<String, LayerVersion> newest = versions.newest();
    for (LayerInfo l : store.layers()) {
      var d = l.definition();
      LayerProvenance p = LayerProvenance.of(d, newest.get(l.id()));
      rows.add(
          new LayerRow(
              d.id(),
              d.title(),
              d.titleZh(),
              l.count(),
              p.version(),
              p.source(),
              d.licence(),
              d.schematic(),
              d.modelled()));
    }
    return rows;
  }

  static double round4(double share) {
    return Math.round(share * 10_000) / 10_000.0;
  }
}
