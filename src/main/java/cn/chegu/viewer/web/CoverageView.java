package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.FacilitiesUsed;
import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.analysis.Timings;
import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.coverage.AreaCoverage;
import cn.chegu.viewer.coverage.CellCoverage;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.CoverageModel;
import cn.chegu.viewer.coverage.CoverageResult;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.network.RoadClass;
import cn.chegu.viewer.network.TravelMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Coverage as the API shows it. {@code facilities}: the set counted (existing / committed / plan;
 * roads follow it); {@code facilitiesUsed}: how many facilities of the standard's types it holds
 * and how many of those have a modelled position ({@code positionsModelled}); {@code notes}: what a
 * reader must know (e.g. the set holds no facility of a type), {@code notesZh} the same in Chinese;
 * {@code rules}: the travel rules that produced the number, {@code rulesZh} the same in Chinese.
 * {@code missingByType}: for multi-type standards (the 15-minute life circle), residents for whom
 * each type is not within reach. {@code delta}: for a scenario, covered residents minus the
 * baseline's, per area (null for the baseline itself). {@code baselineChanged}: for a scenario,
 * whether the layers it was made on changed since (a note then names them); absent for the baseline
 * itself.
 */
record CoverageView(
    String standard,
    String method,
    int year,
    String facilities,
    FacilitiesUsedView facilitiesUsed,
    List<String> notes,
    List<String> notesZh,
    List<String> rules,
    List<String> rulesZh,
    long totalResidents,
    long coveredResidents,
    double share,
    List<AreaCoverage> byArea,
    Map<String, Long> missingByType,
    List<AreaDelta> delta,
    long computeMillis,
    String populationNote,
    Timings.Summary timings,
    String area,
    String crs,
    Boolean baselineChanged) {

  /** Change against the baseline in one area. */
  record AreaDelta(String area, long coveredBefore, long coveredAfter, long change) {}

  static CoverageView of(
      CoverageResult r,
      PopulationYear year,
      ServiceStandard standard,
      FacilitySet set,
      FacilitiesUsed used,
      CoverageResult baseline) {
    return of(r, year, standard, set, used, baseline, null);
  }

  /** With the request's timings (wall clock from its arrival). */
  static CoverageView of(
      CoverageResult r,
      PopulationYear year,
      ServiceStandard standard,
      FacilitySet set,
      FacilitiesUsed used,
      CoverageResult baseline,
      Timings.Summary timings) {
    Map<String, Long> missing = new TreeMap<>();
    for (CellCoverage c : r.cells()) {
      for (FacilityType t : c.missingTypes()) {
        missing.merge(t.code(), c.residents(), Long::sum);
      }
    }
    List<AreaDelta> delta = null;
    if (baseline != null) {
      Map<String, AreaCoverage> before =
          baseline.byArea().stream()
              .collect(Collectors.toMap(AreaCoverage::area, Function.identity()));
      delta =
          r.byArea().stream()
              .map(
                  a -> {
                    long b = before.containsKey(a.area()) ? before.get(a.area()).covered() : 0;
                    return new AreaDelta(a.area(), b, a.covered(), a.covered() - b);
                  })
              .toList();
    }
    return new CoverageView(
        r.standardCode(),
        r.method().code(),
        year.year(),
        set.code(),
        FacilitiesUsedView.of(used),
        used.notes(),
        used.notesZh(),
        rules(standard, r.method(), set),
        rulesZh(standard, r.method(), set),
        r.totalResidents(),
        r.coveredResidents(),
        round4(r.share()),
        r.byArea().stream()
            .map(a -> new AreaCoverage(a.area(), a.total(), a.covered(), round4(a.share())))
            .toList(),
        missing,
        delta,
        r.computeMillis(),
        !AreaScope.current().isDefault()
            ? null
            : year == PopulationYear.Y2020
                ? "population is modelled (seeded generator calibrated to the 2020 census total),"
                    + " not surveyed"
                : "population is modelled (seeded generator scaled to the plan's 2025 target of"
                    + " 1,000,000, §9.6), not surveyed",
        timings,
        AreaScope.current().id(),
        AreaScope.current().crs(),
        null);
  }

  /** This scenario view saying whether its baseline changed (with the note when it did). */
  CoverageView withBaseline(cn.chegu.viewer.scenario.BaselineChange change) {
    CoverageView v = change.changed() ? withNote(change.note(), change.noteZh()) : this;
    return new CoverageView(
        v.standard,
        v.method,
        v.year,
        v.facilities,
        v.facilitiesUsed,
        v.notes,
        v.notesZh,
        v.rules,
        v.rulesZh,
        v.totalResidents,
        v.coveredResidents,
        v.share,
        v.byArea,
        v.missingByType,
        v.delta,
        v.computeMillis,
        v.populationNote,
        v.timings,
        v.area,
        v.crs,
        change.changed());
  }

  /** This view with a note added to its notes, in English and Chinese. */
  CoverageView withNote(String note, String noteZh) {
    List<String> more = new ArrayList<>(notes == null ? List.of() : notes);
    more.add(note);
    List<String> moreZh = new ArrayList<>(notesZh == null ? List.of() : notesZh);
    moreZh.add(noteZh);
    return new CoverageView(
        standard,
        method,
        year,
        facilities,
        facilitiesUsed,
        more,
        moreZh,
        rules,
        rulesZh,
        totalResidents,
        coveredResidents,
        share,
        byArea,
        missingByType,
        delta,
        computeMillis,
        populationNote,
        timings,
        area,
        crs,
        baselineChanged);
  }

  /** The rules that moved the number, in words. */
  static List<String> rules(ServiceStandard s, CoverageMethod method, FacilitySet set) {
    List<String> out = new ArrayList<>();
    out.add(
        "facilities and roads: "
            + set.code()
            + " (statuses "
            + String.join(", ", set.statuses().stream().sorted().toList())
            + ")");
    if (method == CoverageMethod.EUCLIDEAN) {
      out.add(
          "straight line: covered within "
              + Math.round(s.euclideanRadiusMeters())
              + " m of a facility"
              + (s.rule() == ServiceStandard.Rule.EVERY_TYPE ? " of every type" : ""));
      return out;
    }
    TravelMode mode = CoverageModel.travelMode(s);
    String speed =
        s.mode() == ServiceStandard.Mode.WALK
            ? "walk at " + round1(s.speedKmh()) + " km/h"
            : s.mode().name().toLowerCase() + " at road class speed × " + s.roadSpeedFactor();
    out.add(
        "network: "
            + speed
            + " within "
            + round1(s.minutes())
            + " min"
            + (s.dispatchDelay().isZero()
                ? ""
                : " incl. " + round1(s.dispatchDelay().toMillis() / 60_000.0) + " min dispatch"));
    out.add("roads used: " + String.join(", ", roadClasses(mode)));
    out.add(
        mode.respectsOneway()
            ? "one-way roads driven only forwards"
            : "one-way ignored (pedestrians)");
    out.add("access: " + s.accessRule());
    return out;
  }

  /** {@link #rules} in Chinese planning terms, one for one, from the same numbers. */
  static List<String> rulesZh(ServiceStandard s, CoverageMethod method, FacilitySet set) {
    List<String> out = new ArrayList<>();
    out.add(
        "设施与道路："
            + SET_ZH.get(set)
            + "（"
            + set.code()
            + "；设施状态："
            + String.join(
                "、",
                set.statuses().stream().sorted().map(x -> STATUS_ZH.getOrDefault(x, x)).toList())
            + "）");
    if (method == CoverageMethod.EUCLIDEAN) {
      out.add(
          "直线距离：距"
              + (s.rule() == ServiceStandard.Rule.EVERY_TYPE ? "每类" : "")
              + "设施 "
              + Math.round(s.euclideanRadiusMeters())
              + " 米以内即为覆盖");
      return out;
    }
    TravelMode mode = CoverageModel.travelMode(s);
    String speed =
        s.mode() == ServiceStandard.Mode.WALK
            ? "步行 " + round1(s.speedKmh()) + " km/h"
            : MODE_ZH.get(s.mode()) + "按道路等级车速 × " + s.roadSpeedFactor();
    out.add(
        "路网："
            + speed
            + "，"
            + round1(s.minutes())
            + " 分钟以内"
            + (s.dispatchDelay().isZero()
                ? ""
                : "（含 " + round1(s.dispatchDelay().toMillis() / 60_000.0) + " 分钟出车时间）"));
    out.add(
        "使用道路："
            + String.join(
                "、", mode.roadClasses().stream().sorted().map(RoadClass::nameZh).toList()));
    out.add(mode.respectsOneway() ? "单行道只按通行方向行驶" : "不考虑单行限制（行人可双向通行）");
    out.add("接入规则：" + s.accessRuleZh());
    return out;
  }

  private static final Map<FacilitySet, String> SET_ZH =
      Map.of(
          FacilitySet.EXISTING, "现状（已建成）",
          FacilitySet.COMMITTED, "现状＋在建",
          FacilitySet.PLAN, "规划（含规划新建）");

  private static final Map<String, String> STATUS_ZH =
      Map.of("existing", "已建成", "under_construction", "在建", "planned", "规划");

  private static final Map<ServiceStandard.Mode, String> MODE_ZH =
      Map.of(ServiceStandard.Mode.DRIVE, "驾车", ServiceStandard.Mode.AMBULANCE, "救护车");

  static List<String> roadClasses(TravelMode mode) {
    return mode.roadClasses().stream().sorted().map(RoadClass::code).toList();
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static double round4(double share) {
    return Math.round(share * 10_000) / 10_000.0;
  }

  static Double finiteOrNull(double v, int scale) {
    return Double.isFinite(v) ? Math.round(v * scale) / (double) scale : null;
  }
}
