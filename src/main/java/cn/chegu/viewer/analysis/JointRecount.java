package cn.chegu.viewer.analysis;

import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.facility.Facility;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.siting.SiteRules;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Joint sites counted the way a scenario of them is counted: per phase, coverage recomputed with
 * the baseline of the set plus every site built in that phase or before, for that phase's
 * population year. The joint solve ({@link JointSitingService}) reports its sites through this, and
 * so do a restored link and the report, which carry the sites but not the solver's proof: the
 * figures a planner sees for the same sites are the same wherever they are asked.
 */
@Service
public class JointRecount {

  private final CoverageService coverage;
  private final SiteRuleCheck rules;

  public JointRecount(CoverageService coverage, SiteRuleCheck rules) {
    this.coverage = coverage;
    this.rules = rules;
  }

  /**
   * A site of a joint answer.
   *
   * @param phase the index of its phase in the request (0 for an unphased one)
   */
  public record Placed(FacilityType type, double lon, double lat, double cost, int phase) {}

  /**
   * The figures of some sites.
   *
   * @param newlyCoveredResidents covered in the last phase's year with every site, minus covered by
   *     the set alone in that year (what a scenario of the sites shows)
   */
  public record Count(long newlyCoveredResidents, List<JointAnswer.PhaseResult> phases) {}

  /**
   * Checks given sites (types of the standard, the land rules of the set) and counts them; a site a
   * land rule refuses is an {@link UnsuitableSiteException} naming the rule.
   */
  public Count check(
      String code, FacilitySet set, List<JointRequest.Phase> phases, List<Placed> sites) {
    ServiceStandard standard = coverage.standards().get(code);
    SiteRules land = rules.rules(0, set);
    for (int i = 0; i < sites.size(); i++) {
      Placed s = sites.get(i);
      if (!standard.types().contains(s.type())) {
        throw new UnsuitableRequestException(
            "sites: "
                + s.type().code()
                + " is not a type of "
                + code
                + " "
                + standard.types().stream().map(FacilityType::code).sorted().toList());
      }
      if (s.phase() < 0 || s.phase() >= phases.size()) {
        throw new UnsuitableRequestException("sites: site " + (i + 1) + " names no phase given");
      }
      rules.require(land, "site " + (i + 1), i, s.lon(), s.lat(), s.type());
    }
    return count(standard, set, phases, sites);
  }

  /** Counts sites already known to pass (a solve's own). */
  Count count(
      ServiceStandard standard,
      FacilitySet set,
      List<JointRequest.Phase> phases,
      List<Placed> sites) {
    List<Facility> added = new ArrayList<>();
    for (Placed s : sites) {
      int k = added.size() + 1;
      added.add(
          new Facility(
              "joint-" + k,
              s.type(),
              "新址 " + k,
              "new site " + k,
              s.lon(),
              s.lat(),
              null,
              "planned",
              "joint siting"));
    }
    List<JointAnswer.PhaseResult> out = new ArrayList<>();
    long lastCovered = 0;
    for (int p = 0; p < phases.size(); p++) {
      JointRequest.Phase ph = phases.get(p);
      List<Facility> all = new ArrayList<>(coverage.data().baseline());
      double spent = 0;
      for (int k = 0; k < added.size(); k++) {
        if (sites.get(k).phase() <= p) {
          all.add(added.get(k));
        }
        if (sites.get(k).phase() == p) {
          spent += sites.get(k).cost();
        }
      }
      var after = coverage.coverage(standard.code(), CoverageMethod.NETWORK, ph.year(), set, all);
      lastCovered = after.coveredResidents();
      out.add(
          new JointAnswer.PhaseResult(
              ph.year().year(),
              ph.budget(),
              spent,
              after.coveredResidents(),
              after.totalResidents(),
              Math.round(after.share() * 10_000) / 10_000.0));
    }
    PopulationYear last = phases.get(phases.size() - 1).year();
    long before =
        coverage.coverage(standard.code(), CoverageMethod.NETWORK, last, set).coveredResidents();
    return new Count(lastCovered - before, out);
  }
}
