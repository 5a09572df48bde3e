package cn.chegu.viewer.analysis;

import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.siting.SiteRules;
import cn.chegu.viewer.siting.SitingResult;
import java.util.List;

/**
 * Proposed sites with the solver's account of itself.
 *
 * @param evaluation the chosen sites evaluated (attribution order, marginal gains, per area)
 * @param candidatesConsidered how many candidate sites the model chose from
 * @param candidatesGenerated how many were generated (or given); more than considered when the time
 *     limit came before the prepared state was complete
 * @param candidates which candidate set the answer is optimal over, and its sizes
 * @param note why fewer candidates were considered, or null
 * @param result the solver's result (status, objective, bound, gap, times, model size)
 * @param facilities the facility set that stayed fixed
 * @param year population year
 * @param landRules the land rules every candidate passed (and every given site must pass)
 * @param capacity the capacitated part (demand served, E2SFCA before and after), or null
 */
public record SitingAnswer(
    Evaluation evaluation,
    int candidatesConsidered,
    int candidatesGenerated,
    Candidates candidates,
    String note,
    SitingResult result,
    FacilitySet facilities,
    PopulationYear year,
    List<SiteRules.Stated> landRules,
    CapacityAnswer capacity) {

  /**
   * The candidate set an answer speaks for ("OPTIMAL" means optimal over it).
   *
   * @param source {@link #COMPLETE} or {@link #GIVEN}
   * @param generated points passing the land rules (boundary, water, exclusion zones)
   * @param afterReduction candidates left after the exact reductions (covering no one new;
   *     identical or dominated coverage sets): the model's size
   * @param considered candidates whose coverage the solve had (every one that could cover someone
   *     new, unless the time limit came before the prepared state was complete)
   * @param complete whether {@code considered} is the whole set (else the answer is FEASIBLE only)
   */
  public record Candidates(
      String source, int generated, int afterReduction, int considered, boolean complete) {

    /** The default set. */
    public static final String COMPLETE =
        "complete: every vertex of every road line (nodes and shape points, the set's roads and"
            + " the plan's) and every populated cell's point, passing the land rules (landRules)";

    /** The request's own points. */
    public static final String GIVEN = "given: the request's candidates";
  }
}
