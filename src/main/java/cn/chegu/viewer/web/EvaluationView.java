package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.Evaluation;
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
    List<AreaRow> byArea,
    ObjectNode serviceAreas,
    ObjectNode gaps,
    Timings.Summary timings) {

  /** One sub-district before and after the sites. */
  record AreaRow(
      String area,
      long residents,
      long coveredBefore,
      long coveredAfter,
      double shareBefore,
      double shareAfter) {}

  static EvaluationView of(
      Evaluation e, ObjectNode serviceAreas, ObjectNode gaps, Timings.Summary timings) {
    return new EvaluationView(
        e.standard(),
        e.method().code(),
        e.year().year(),
        e.facilities().code(),
        e.sites(),
        e.totalResidents(),
        e.coveredBefore(),
        e.newlyCovered(),
        round4(e.shareBefore()),
        round4(e.shareAfter()),
        e.byArea().stream()
            .map(
                a ->
                    new AreaRow(
                        a.area(),
                        a.residents(),
                        a.coveredBefore(),
                        a.coveredAfter(),
                        round4(a.shareBefore()),
                        round4(a.shareAfter())))
            .toList(),
        serviceAreas,
        gaps,
        timings);
  }

  private static double round4(double share) {
    return Math.round(share * 10_000) / 10_000.0;
  }
}
