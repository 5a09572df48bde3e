package cn.chegu.viewer.analysis;

import cn.chegu.viewer.access.AccessResult;
import cn.chegu.viewer.access.AccessType;
import cn.chegu.viewer.access.SupplyPoint;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.siting.CapacitatedMclpProblem;
import cn.chegu.viewer.siting.CapacitatedResult;
import cn.chegu.viewer.siting.CapacitatedSiting;
import cn.chegu.viewer.siting.CoverageSets;
import cn.chegu.viewer.siting.SitingResult;
import cn.chegu.viewer.siting.SolveControl;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.stereotype.Component;

/**
 * MCLP with a capacity per new site ({@link CapacitatedSiting}) on a prepared siting state, and
 * E2SFCA access before and after the chosen sites ({@link AccessService}). The demand rate and the
 * unit are the standard's facility type's ({@link AccessType}: the norm per 1,000 residents that
 * E2SFCA's load uses), so only standards of one type that has a norm can be sited with a capacity.
 */
@Component
public class CapacitySiting {

  /** The largest capacity per site accepted (beds, places). */
  public static final double MAX_PER_SITE = 100_000;

  private final AccessService access;

  public CapacitySiting(AccessService access) {
    this.access = access;
  }

  /** The solve and the same sites as a covering result (for the evaluation and the status). */
  record Solved(CapacitatedResult capacitated, SitingResult siting) {}

  /**
   * The access type whose E2SFCA catchment is this standard (health15 → community health centres,
   * kindergarten5, primary10, middle15): new sites are of that type, with its norm and unit; 400
   * (UnsuitableRequestException) for any other standard.
   */
  static AccessType typeOf(ServiceStandard standard) {
    List<String> allowed = new ArrayList<>();
    for (AccessType t : AccessType.values()) {
      if (standard.code().equals(t.standardCode())) {
        return t;
      }
      if (t.standardCode() != null) {
        allowed.add(t.standardCode() + " (" + t.code() + ", " + t.unit() + ")");
      }
    }
    throw new UnsuitableRequestException(
        "capacity: "
            + standard.code()
            + " is no facility type's access catchment, so it has no norm per 1,000 residents to"
            + " turn residents into demand; a capacity needs one of "
            + String.join(", ", allowed));
  }

  /** Solves the capacitated MCLP of the request over the state's candidates. */
  Solved solve(SitingRequest r, AccessType type, PreparedSiting state, SolveControl control) {
    CapacitatedMclpProblem p =
        new CapacitatedMclpProblem(
            state.candidateSets,
            state.weights,
            state.already,
            r.k(),
            type.normPerThousand() / 1000.0,
            r.capacity().perSite());
    CapacitatedResult c = new CapacitatedSiting(r.exact()).solve(p, control);
    return new Solved(c, covering(c, state));
  }

  /** The capacitated sites as a covering result: marginal residents newly in reach, in order. */
  private static SitingResult covering(CapacitatedResult c, PreparedSiting state) {
    CoverageSets sets = state.candidateSets;
    BitSet covered = (BitSet) state.already.clone();
    Map<Integer, List<Integer>> reaches = new HashMap<>();
    for (int i = 0; i < sets.demandCount(); i++) {
      for (int j : sets.candidatesCovering(i)) {
        reaches.computeIfAbsent(j, x -> new ArrayList<>()).add(i);
      }
    }
    List<SitingResult.Site> sites = new ArrayList<>();
    long newly = 0;
    for (int j : c.candidates()) {
      long gain = 0;
      for (int i : reaches.getOrDefault(j, List.of())) {
        if (!covered.get(i)) {
          covered.set(i);
          gain += state.weights.residents(i);
        }
      }
      sites.add(new SitingResult.Site(j, gain));
      newly += gain;
    }
    long before = 0;
    for (int i = state.already.nextSetBit(0); i >= 0; i = state.already.nextSetBit(i + 1)) {
      before += state.weights.residents(i);
    }
    return new SitingResult(
        sites,
        newly,
        before,
        state.weights.totalResidents(),
        c.status(),
        c.objective(),
        c.bound(),
        c.gap(),
        c.solveMillis(),
        c.method(),
        c.modelSize());
  }

  /**
   * The capacity part of the answer: demand served per site and E2SFCA before and after, with the
   * rules. {@code chosen} (metres) and {@code e.sites()} are in the order of {@code solved}.
   */
  CapacityAnswer answer(
      SitingRequest r,
      AccessType type,
      ServiceStandard standard,
      Solved solved,
      List<Coordinate> chosen,
      Evaluation e,
      Timings timings) {
    double perSite = r.capacity().perSite();
    GeometryFactory factory = new GeometryFactory();
    List<SupplyPoint> added = new ArrayList<>();
    for (int q = 0; q < chosen.size(); q++) {
      added.add(
          new SupplyPoint(
              "new-" + (q + 1),
              "new site " + (q + 1),
              factory.createPoint(chosen.get(q)),
              perSite,
              true,
              "request: capacity.perSite (a proposed new site)"));
    }
    AccessAnswer before = access.access(type, r.year(), r.facilities(), timings);
    AccessAnswer after = access.accessWith(type, r.year(), r.facilities(), added, timings);
    AccessResult b = before.result();
    AccessResult a = after.result();
    List<AccessResult.FacilityLoad> loads = a.facilities();
    List<CapacityAnswer.Site> sites = new ArrayList<>();
    List<CapacitatedResult.Site> served = solved.capacitated().sites();
    for (int q = 0; q < served.size(); q++) {
      Evaluation.Site s = e.sites().get(q);
      double v = served.get(q).served();
      sites.add(
          new CapacityAnswer.Site(
              s.lon(),
              s.lat(),
              v,
              v / perSite,
              loads.get(loads.size() - served.size() + q).load()));
    }
    Map<String, Double> afterByArea = new HashMap<>();
    a.byArea().forEach(x -> afterByArea.put(x.area(), x.accessPerThousand()));
    List<CapacityAnswer.Area> areas =
        b.byArea().stream()
            .map(
                x ->
                    new CapacityAnswer.Area(
                        x.area(),
                        x.residents(),
                        x.accessPerThousand(),
                        afterByArea.getOrDefault(x.area(), 0.0)))
            .toList();
    CapacityAnswer.Access acc =
        new CapacityAnswer.Access(
            before.catchment().code(),
            before.catchment().minutes(),
            type.normPerThousand(),
            totals(b),
            totals(a),
            areas,
            b.overloadedCount(),
            a.overloadedCount());
    double rate = type.normPerThousand() / 1000.0;
    return new CapacityAnswer(
        type.code(),
        type.unit(),
        perSite,
        type.normPerThousand(),
        type.normSource(),
        solved.capacitated().demandInReach(),
        rate * e.newlyCovered(),
        solved.capacitated().served(),
        sites,
        acc,
        rules(type, standard, perSite, before),
        rulesZh(type, standard, perSite, before));
  }

  private static CapacityAnswer.Totals totals(AccessResult r) {
    return new CapacityAnswer.Totals(
        r.totalResidents(),
        r.capacityInReach(),
        r.totalResidents() == 0 ? 0 : 1000 * r.capacityAllocated() / r.totalResidents());
  }

  private static String n(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  static List<String> rules(
      AccessType type, ServiceStandard standard, double perSite, AccessAnswer before) {
    String u = type.unit();
    return List.of(
        "demand of a cell = residents × "
            + n(type.normPerThousand())
            + " "
            + u
            + " per 1,000 residents (the "
            + type.code()
            + " norm, the rate E2SFCA's load uses: "
            + type.normSource()
            + ")",
        "each new site serves at most "
            + n(perSite)
            + " "
            + u
            + " (capacity.perSite); a cell is served only by sites within "
            + n(standard.minutes())
            + " min ("
            + standard.code()
            + "), and its demand may be split among several sites",
        "cells an existing facility covers within "
            + standard.code()
            + " count as served by it whatever its capacity, as in MCLP, and are left out of the"
            + " objective; existing capacity is not lent to the other cells (no existing facility"
            + " reaches them within the standard); how loaded the existing facilities are shows in"
            + " access.before",
        "objective = "
            + u
            + " of demand served by the new sites within their capacity (status OPTIMAL only when"
            + " the bound proves no choice serves more); sites[].newlyCovered and shareAfter count"
            + " residents within reach of the chosen sites, not demand served",
        "access: E2SFCA (Luo & Qi 2009) on the "
            + before.catchment().code()
            + " catchment ("
            + n(before.catchment().minutes())
            + " min, stepped decay), existing facilities with their data's capacity (or the"
            + " type's assumed one), each new site with "
            + n(perSite)
            + " "
            + u
            + " (a new "
            + type.code()
            + ", modelled); per sub-district the residents-weighted "
            + u
            + " per 1,000 residents before and after");
  }

  static List<String> rulesZh(
      AccessType type, ServiceStandard standard, double perSite, AccessAnswer before) {
    String u = "beds".equals(type.unit()) ? "床位" : "学位";
    return List.of(
        "网格需求 = 常住人口 × 每千人 "
            + n(type.normPerThousand())
            + " 个"
            + u
            + "（"
            + type.code()
            + " 的千人指标，与 E2SFCA 负荷所用相同："
            + type.normSource()
            + "）",
        "每个新设施至多服务 "
            + n(perSite)
            + " 个"
            + u
            + "（capacity.perSite）；网格只由 "
            + n(standard.minutes())
            + " 分钟（"
            + standard.code()
            + "）内可达的新设施服务，其需求可分给多个设施",
        "已被现有设施在 "
            + standard.code()
            + " 内覆盖的网格视为由其服务（不论其容量，与 MCLP 相同），不计入目标；现有容量不分给其他网格"
            + "（标准时间内没有现有设施可达这些网格）；现有设施的负荷见 access.before",
        "目标 = 新设施在容量内服务的需求（"
            + u
            + "）；仅当上界证明无更优方案时状态为 OPTIMAL；sites[].newlyCovered 与 shareAfter"
            + " 统计的是新设施可达的人口，而非所服务的需求",
        "可达性：E2SFCA（Luo & Qi 2009），"
            + before.catchment().code()
            + " 服务范围（"
            + n(before.catchment().minutes())
            + " 分钟，分段衰减），现有设施用数据中的容量（无则用该类型的假定容量），每个新设施 "
            + n(perSite)
            + " 个"
            + u
            + "（新增 "
            + type.code()
            + "，模型值）；按街道给出加权平均每千人"
            + u
            + "，前后对比");
  }
}
