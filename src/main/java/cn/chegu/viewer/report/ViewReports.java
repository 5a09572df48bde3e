package cn.chegu.viewer.report;

import cn.chegu.viewer.access.AccessResult;
import cn.chegu.viewer.access.AccessType;
import cn.chegu.viewer.analysis.AccessAnswer;
import cn.chegu.viewer.analysis.AccessService;
import cn.chegu.viewer.analysis.CoverageService;
import cn.chegu.viewer.analysis.Evaluation;
import cn.chegu.viewer.analysis.JointAnswer;
import cn.chegu.viewer.analysis.JointRecount;
import cn.chegu.viewer.analysis.JointRequest;
import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.analysis.SitingEvaluator;
import cn.chegu.viewer.analysis.Timings;
import cn.chegu.viewer.compare.CompareService;
import cn.chegu.viewer.compare.Side;
import cn.chegu.viewer.coverage.CoverageDiff;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.indicator.AreaPlans;
import cn.chegu.viewer.report.ViewReport.Table;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.LayerVersionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Reports of the siting, access and compare views. Each one asks the same service, with the same
 * parameters, as the panel does (POST /api/siting/evaluate, GET /api/access, GET /api/compare) and
 * writes the figures as the panel writes them ({@link Figures}), so screen, link and report agree.
 * A siting view is reported by its sites (what the URL carries), not by re-running the solver: a
 * solve under a time limit need not find the same sites twice.
 */
@Service
public class ViewReports {

  private final SitingEvaluator siting;
  private final AccessService access;
  private final CompareService compare;
  private final CoverageService coverage;
  private final FeatureStore store;
  private final LayerVersionStore versions;
  private final CjkFont font;
  private final AreaPlans plans;
  private final JointRecount joint;

  public ViewReports(
      SitingEvaluator siting,
      JointRecount joint,
      AccessService access,
      CompareService compare,
      CoverageService coverage,
      FeatureStore store,
      LayerVersionStore versions,
      AreaPlans plans,
      @Value("${chegu.report.font:" + CjkFont.DEFAULT_PATH + "}") String fontPath) {
    this.plans = plans;
    this.joint = joint;
    this.siting = siting;
    this.access = access;
    this.compare = compare;
    this.coverage = coverage;
    this.store = store;
    this.versions = versions;
    this.font = new CjkFont(fontPath);
  }

  /** The plan file's report title (GET /api/plan) before the view's, e.g. "车谷…报告 · 选址方案报告". */
  private String titleZh(String view) {
    return plans.current().reportTitle().zh() + " · " + view;
  }

  private String titleEn(String view) {
    return plans.current().reportTitle().en() + " — " + view;
  }

  /** The report as PDF bytes (refused before any work when the font is missing). */
  public byte[] pdf(Supplier<ViewReport> report) {
    font.pdf();
    return new ViewPdf(font).write(report.get());
  }

  /** The report as an XLSX workbook. */
  public byte[] xlsx(Supplier<ViewReport> report) {
    return new ViewXlsx().write(report.get());
  }

  /** A siting view: these sites (WGS84 lon/lat) evaluated against the set's facilities. */
  public ViewReport siting(
      String code, PopulationYear year, FacilitySet set, List<double[]> sites) {
    // no spacing rule: the panel's evaluate call sends none
    Evaluation e =
        siting.evaluate(code, CoverageMethod.NETWORK, year, set, sites, 0, Timings.start());
    ServiceStandard standard = coverage.standards().get(code);
    long after = e.coveredBefore() + e.newlyCovered();
    String headline =
        Figures.share(ReportService.round4(e.shareBefore()), e.coveredBefore(), e.totalResidents())
            + " → "
            + Figures.share(ReportService.round4(e.shareAfter()), after, e.totalResidents());
    List<List<String>> siteRows = new ArrayList<>();
    int n = 0;
    for (Evaluation.Site s : e.sites()) {
      siteRows.add(
          List.of(
              Integer.toString(++n),
              Figures.signed(s.newlyCovered()),
              String.format(Locale.ROOT, "%.4f", s.lon()),
              String.format(Locale.ROOT, "%.4f", s.lat())));
    }
    List<List<String>> areaRows = new ArrayList<>();
    for (Evaluation.Area a : e.byArea()) {
      areaRows.add(
          List.of(
              a.area(),
              Figures.count(a.residents()),
              Figures.share(
                  ReportService.round4(a.shareBefore()), a.coveredBefore(), a.residents()),
              Figures.share(ReportService.round4(a.shareAfter()), a.coveredAfter(), a.residents()),
              Figures.signed(a.coveredAfter() - a.coveredBefore())));
    }
    return new ViewReport(
        "siting",
        titleZh("选址方案报告"),
        titleEn("Siting report"),
        standard.nameZh()
            + " / "
            + standard.nameEn()
            + " — 路网时间 network，"
            + year.year()
            + "年人口 population，设施 facilities: "
            + set.code()
            + "，"
            + e.sites().size()
            + " 个新址 new sites",
        "覆盖率 Coverage",
        headline,
        List.of(
            new Table(
                "sites",
                "新址及其边际增益 Sites and their marginal gains",
                List.of("#", "新增覆盖 Newly covered", "经度 Lon", "纬度 Lat"),
                siteRows),
            new Table(
                "areas",
                "各街道 By sub-district",
                List.of("街道 Sub-district", "居民 Residents", "之前 Before", "之后 After", "Δ"),
                areaRows)),
        List.of(
            "新增覆盖 = 新址按顺序的边际增益 (each site's gain over the fixed facilities and the"
                + " sites before it); newly covered residents "
                + Figures.count(e.newlyCovered())
                + " of "
                + Figures.count(e.totalResidents()),
            "标准 Standard: "
                + standard.code()
                + ", "
                + standard.mode().name().toLowerCase(Locale.ROOT)
                + " "
                + ReportRules.trim(standard.minutes())
                + " min; sources: "
                + String.join("; ", plans.sources(standard).values()),
            "人口为模型推算 Population is modelled (seeded rule matching the census totals)"),
        ReportService.layers(store, versions),
        checksum(),
        Instant.now(),
        /* no map */ null);
  }

  /**
   * A joint siting view: the joint answer's sites (type, phase) counted as a scenario of them
   * counts ({@link JointRecount}), by type and phase, and the phases table. The solve is not
   * repeated (its proof is the screen's, not the report's).
   */
  public ViewReport joint(JointRequest request, List<JointRecount.Placed> sites) {
    JointRecount.Count c =
        joint.check(request.standard(), request.facilities(), request.phases(), sites);
    ServiceStandard standard = coverage.standards().get(request.standard());
    boolean phased = request.phases().size() > 1;
    List<List<String>> siteRows = new ArrayList<>();
    int n = 0;
    for (JointRecount.Placed s : sites) {
      siteRows.add(
          List.of(
              Integer.toString(++n),
              s.type().nameZh(),
              phased ? Integer.toString(request.phases().get(s.phase()).year().year()) : "—",
              ReportRules.trim(s.cost()),
              String.format(Locale.ROOT, "%.4f", s.lon()),
              String.format(Locale.ROOT, "%.4f", s.lat())));
    }
    List<List<String>> phaseRows = new ArrayList<>();
    for (JointAnswer.PhaseResult p : c.phases()) {
      phaseRows.add(
          List.of(
              Integer.toString(p.year()),
              ReportRules.trim(p.budget()),
              ReportRules.trim(p.spent()),
              Figures.count(p.coveredResidents()),
              Figures.share(p.share(), p.coveredResidents(), p.totalResidents())));
    }
    return new ViewReport(
        "siting",
        titleZh("联合选址报告"),
        titleEn("Joint siting report"),
        standard.nameZh()
            + " / "
            + standard.nameEn()
            + " — 路网时间 network，设施 facilities: "
            + request.facilities().code()
            + "，"
            + sites.size()
            + " 个新址 new sites，"
            + request.phases().size()
            + " 期 phase(s)",
        "新增覆盖 Newly covered",
        Figures.signed(c.newlyCoveredResidents()),
        List.of(
            new Table(
                "sites",
                "新址（类型、分期）Sites by type and phase",
                List.of("#", "类型 Type", "分期 Phase", "造价 Cost", "经度 Lon", "纬度 Lat"),
                siteRows),
            new Table(
                "phases",
                "分期 Phases",
                List.of("年份 Year", "预算 Budget", "已用 Spent", "覆盖 Covered", "覆盖率 Share"),
                phaseRows)),
        List.of(
            "每期覆盖 = 现状设施加上本期及以前各期新址，按该期年份人口重算 (each phase: coverage"
                + " recomputed with the set's facilities and the sites of that phase and before,"
                + " for that phase's population year)",
            "新增覆盖 = 末期覆盖 − 仅现状设施的末期覆盖 (newly covered = last phase's covered minus"
                + " the set alone in that year; what a scenario of these sites shows)",
            "造价 Costs: "
                + (request.costs().isEmpty()
                    ? "1 per site"
                    : request.costs().entrySet().stream()
                            .map(e -> e.getKey().code() + " " + ReportRules.trim(e.getValue()))
                            .sorted()
                            .toList()
                        + ", other types 1"),
            "联合求解的最优性证明不在报告中重做 The solve's proof (status, bound, gap) is the"
                + " panel's; the report recounts the sites",
            "人口为模型推算 Population is modelled (seeded rule matching the census totals)"),
        ReportService.layers(store, versions),
        checksum(),
        Instant.now(),
        /* no map */ null);
  }

  /** An access view: capacity per 1,000 residents of one type, per sub-district. */
  public ViewReport access(AccessType type, PopulationYear year, FacilitySet set) {
    AccessAnswer a = access.access(type, year, set, Timings.start());
    AccessResult r = a.result();
    String unit = type.unit().equals("beds") ? "床位 beds" : "学位 places";
    List<List<String>> rows = new ArrayList<>();
    for (AccessResult.AreaAccess x : r.byArea()) {
      rows.add(
          List.of(
              x.area(),
              Figures.count(x.residents()),
              Figures.perThousand(round(x.accessPerThousand(), 3))));
    }
    List<List<String>> facilities = new ArrayList<>();
    r.facilities().stream()
        .filter(f -> f.overloaded())
        .sorted((x, y) -> Double.compare(y.load(), x.load()))
        .forEach(
            f ->
                facilities.add(
                    List.of(
                        f.facility().name(),
                        String.format(Locale.ROOT, "%.2f×", f.load()),
                        Figures.count(Math.round(f.facility().capacity()))
                            + (f.facility().capacityModelled() ? " (modelled)" : ""))));
    ServiceStandard c = a.catchment();
    return new ViewReport(
        "access",
        titleZh("可达容量报告"),
        titleEn("Capacity access report"),
        type.code()
            + " — "
            + year.year()
            + "年人口 population，设施 facilities: "
            + set.code()
            + "，"
            + unit
            + " /千人 per 1,000",
        "居民中位数 Median resident (" + unit + " /千人 per 1,000)",
        Figures.perThousand(r.quantiles().p50()),
        List.of(
            new Table(
                "areas",
                "各街道 By sub-district (" + unit + " /千人 per 1,000)",
                List.of("街道 Sub-district", "居民 Residents", unit + " /千人 per 1,000"),
                rows),
            new Table(
                "overloaded",
                "超负荷设施 Overloaded facilities (load > 1)",
                List.of("设施 Facility", "负荷 Load", "容量 Capacity"),
                facilities)),
        List.of(
            "E2SFCA (Luo & Qi 2009) on the road network; access = capacity per 1,000 residents",
            "集水区 Catchment: "
                + c.code()
                + ", "
                + c.mode().name().toLowerCase(Locale.ROOT)
                + " "
                + ReportRules.trim(c.minutes())
                + " min; decay: "
                + a.decay().source(),
            "标准 Norm: "
                + ReportRules.trim(type.normPerThousand())
                + " per 1,000 ("
                + type.normSource()
                + ")",
            "居民在范围内 Residents in reach "
                + Figures.count(r.residentsInReach())
                + " / "
                + Figures.count(r.totalResidents()),
            "人口为模型推算 Population is modelled (seeded rule matching the census totals)"),
        ReportService.layers(store, versions),
        checksum(),
        Instant.now(),
        /* no map */ null);
  }

  /** A compare view: one standard, side A against side B, per sub-district. */
  public ViewReport compare(String code, CoverageMethod method, Side a, Side b) {
    CoverageDiff d = compare.compare(code, method, a, b);
    ServiceStandard standard = coverage.standards().get(code);
    List<List<String>> rows = new ArrayList<>();
    for (CoverageDiff.AreaChange x : d.byArea()) {
      double sa = x.totalA() == 0 ? 0 : (double) x.coveredA() / x.totalA();
      double sb = x.totalB() == 0 ? 0 : (double) x.coveredB() / x.totalB();
      rows.add(
          List.of(
              x.area(),
              Figures.share(x.coveredA(), x.totalA()),
              Figures.share(x.coveredB(), x.totalB()),
              Figures.points((sb - sa) * 100),
              Figures.signed(x.change())));
    }
    return new ViewReport(
        "compare",
        titleZh("对比报告"),
        titleEn("Comparison report"),
        standard.nameZh()
            + " / "
            + standard.nameEn()
            + " — "
            + (method == CoverageMethod.NETWORK ? "路网时间 network" : "直线距离 straight line")
            + "；A: "
            + a.label()
            + "；B: "
            + b.label(),
        "覆盖率 Coverage A → B",
        Figures.share(d.coveredA(), d.totalA()) + " → " + Figures.share(d.coveredB(), d.totalB()),
        List.of(
            new Table(
                "areas",
                "各街道 By sub-district",
                List.of("街道 Sub-district", "A", "B", "Δ 覆盖率 share", "Δ 覆盖 covered"),
                rows)),
        List.of(
            "同一网格逐格比较 Cells in the same grid compared one by one; per sub-district, covered"
                + " residents on both sides; a row's colour on screen follows its change of share",
            "覆盖 Covered A "
                + Figures.count(d.coveredA())
                + " / "
                + Figures.count(d.totalA())
                + "; B "
                + Figures.count(d.coveredB())
                + " / "
                + Figures.count(d.totalB()),
            "人口为模型推算 Population is modelled (seeded rule matching the census totals)"),
        ReportService.layers(store, versions),
        checksum(),
        Instant.now(),
        /* no map */ null);
  }

  private String checksum() {
    return versions.checksum();
  }

  private static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
