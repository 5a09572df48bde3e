package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.CapacityAnswer;
import cn.chegu.viewer.analysis.Evaluation;
import cn.chegu.viewer.analysis.OutsideBoundary;
import cn.chegu.viewer.analysis.SitingAnswer;
import cn.chegu.viewer.siting.SiteRules;
import cn.chegu.viewer.siting.SitingResult;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The answer of {@code POST /api/siting}: the chosen sites evaluated (shares, marginal gains, per
 * sub-district), the solver's account of itself (status, objective, bound, gap) and the candidate
 * set it speaks for. A record so that {@code /v3/api-docs} lists every field.
 *
 * @param sites chosen sites in attribution order, each with its marginal gain
 * @param status OPTIMAL (proven over {@code candidates}), FEASIBLE, INFEASIBLE, …
 * @param objective residents (MCLP) or sites (LSCP)
 * @param bound the best proven bound on the objective over {@code candidates}
 * @param gap |bound − objective| / max(|bound|, |objective|), 4 decimals
 * @param candidates which candidate set, and its sizes
 * @param candidatesConsidered = {@code candidates.considered} (kept for older clients)
 * @param candidatesGenerated = {@code candidates.generated} (kept for older clients)
 * @param landRules the land rules every candidate passed
 * @param notes what the data behind the answer leaves out: residents outside the boundary (not in
 *     any denominator), in English; {@code notesZh} the same in Chinese
 * @param capacity with {@code capacity.perSite} asked: demand served within capacity per site,
 *     E2SFCA before and after, and the rules; {@code status}, {@code objective}, {@code bound} and
 *     {@code gap} then speak of demand served (beds, places), not residents
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SitingResponse(
    String standard,
    int year,
    String facilities,
    List<Evaluation.Site> sites,
    long totalResidents,
    long coveredBefore,
    long newlyCoveredResidents,
    double shareBefore,
    double shareAfter,
    List<AreaRow> byArea,
    String status,
    double objective,
    double bound,
    double gap,
    long solveMillis,
    String method,
    SitingAnswer.Candidates candidates,
    int candidatesConsidered,
    int candidatesGenerated,
    String note,
    List<String> notes,
    List<String> notesZh,
    List<SiteRules.Stated> landRules,
    SitingResult.ModelSize model,
    boolean cancelled,
    String jobId,
    Map<String, Object> timings,
    CapacityAnswer capacity) {

  /** One sub-district before and after the sites. */
  record AreaRow(
      String area,
      long residents,
      long coveredBefore,
      long coveredAfter,
      double shareBefore,
      double shareAfter) {

    static List<AreaRow> of(List<Evaluation.Area> areas) {
      return areas.stream()
          .map(
              a ->
                  new AreaRow(
                      a.area(),
                      a.residents(),
                      a.coveredBefore(),
                      a.coveredAfter(),
                      round4(a.shareBefore()),
                      round4(a.shareAfter())))
          .toList();
    }
  }

  static SitingResponse of(
      SitingAnswer a,
      OutsideBoundary.Notes outside,
      boolean cancelled,
      String jobId,
      Map<String, Object> timings) {
    Evaluation e = a.evaluation();
    SitingResult r = a.result();
    return new SitingResponse(
        e.standard(),
        e.year().year(),
        e.facilities().code(),
        e.sites(),
        e.totalResidents(),
        e.coveredBefore(),
        e.newlyCovered(),
        round4(e.shareBefore()),
        round4(e.shareAfter()),
        AreaRow.of(e.byArea()),
        r.status().name(),
        r.objective(),
        r.bound(),
        round4(r.gap()),
        r.solveMillis(),
        r.method().name().toLowerCase(Locale.ROOT),
        a.candidates(),
        a.candidatesConsidered(),
        a.candidatesGenerated(),
        a.note(),
        outside.notes(),
        outside.notesZh(),
        a.landRules(),
        r.modelSize(),
        cancelled,
        jobId,
        timings,
        a.capacity());
  }

  static double round4(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
