package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.JointAnswer;
import cn.chegu.viewer.analysis.OutsideBoundary;
import cn.chegu.viewer.analysis.SitingAnswer;
import cn.chegu.viewer.siting.SiteRules;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code POST /api/siting/joint} (see {@link JointAnswer} for every field), with the
 * job id and timings, and the residents outside the boundary ({@code notes}/{@code notesZh}, per
 * phase year when the phases count several). A record so that {@code /v3/api-docs} lists its
 * fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record JointAnswerView(
    String standard,
    String facilities,
    String status,
    double objective,
    double bound,
    double gap,
    long newlyCoveredResidents,
    List<JointAnswer.Site> sites,
    JointAnswer.Separate separate,
    List<JointAnswer.PhaseResult> phases,
    SitingAnswer.Candidates candidates,
    int candidatesConsidered,
    int pairsKept,
    long solveMillis,
    String note,
    List<String> notes,
    List<String> notesZh,
    List<SiteRules.Stated> landRules,
    String jobId,
    Map<String, Object> timings) {

  static JointAnswerView of(
      JointAnswer a, OutsideBoundary.Notes outside, String jobId, Map<String, Object> timings) {
    return new JointAnswerView(
        a.standard(),
        a.facilities(),
        a.status().name(),
        a.objective(),
        a.bound(),
        a.gap(),
        a.newlyCoveredResidents(),
        a.sites(),
        a.separate(),
        a.phases(),
        a.candidates(),
        a.candidates().considered(),
        a.pairsKept(),
        a.solveMillis(),
        a.note(),
        outside.notes(),
        outside.notesZh(),
        a.landRules(),
        jobId,
        timings);
  }
}
