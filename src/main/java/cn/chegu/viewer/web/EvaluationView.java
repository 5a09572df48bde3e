package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.Evaluation;
import cn.chegu.viewer.analysis.OutsideBoundary;
import cn.chegu.viewer.analysis.Timings;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The answer of {@code POST /api/siting/evaluate}: the siting panel's numbers for any set of new
 * sites, redrawn after every drag, add or remove. Shares are rounded to 4 decimals, as every
 * coverage answer's.
 *
 * @param standard the service standard's code
 * @param method network or euclidean
 * @param year the residents' year
 * @param facilities the fixed facility set the sites are added to
 * @param sites each site in the order given, with its marginal gain and what it covers alone
 * @param totalResidents residents of the year
 * @param coveredBefore residents the fixed facilities cover
 * @param newlyCoveredResidents residents the sites add
 * @param shareBefore coveredBefore / totalResidents
 * @param shareAfter (coveredBefore + newlyCoveredResidents) / totalResidents
 * @param byArea per sub-district, before and after
 * @param serviceAreas GeoJSON FeatureCollection: the sites' service area at the standard's time
 * @param gaps GeoJSON FeatureCollection: residents still uncovered, per sub-district
 * @param notes residents outside the boundary (not in any denominator), in English; {@code notesZh}
 *     the same in Chinese
 * @param timings wall time from the request's arrival, and its phases
 */
record EvaluationView(
    String standard,
    String method,
    int year,
    String facilities,
    List<Evaluation.Site> sites,
    long totalResidents,
    long coveredBefore,
    long newlyCoveredResidents,
    double shareBefore,
    double shareAfter,
    List<SitingResponse.AreaRow> byArea,
    ObjectNode serviceAreas,
    ObjectNode gaps,
    List<String> notes,
    List<String> notesZh,
    Timings.Summary timings) {

  static EvaluationView of(
      Evaluation e,
      ObjectNode serviceAreas,
      ObjectNode gaps,
      OutsideBoundary.Notes outside,
      Timings.Summary timings) {
    return new EvaluationView(
        e.standard(),
        e.method().code(),
        e.year().year(),
        e.facilities().code(),
        e.sites(),
        e.totalResidents(),
        e.coveredBefore(),
        e.newlyCovered(),
        SitingResponse.round4(e.shareBefore()),
        SitingResponse.round4(e.shareAfter()),
        SitingResponse.AreaRow.of(e.byArea()),
        serviceAreas,
        gaps,
        outside.notes(),
        outside.notesZh(),
        timings);
  }
}
