package cn.chegu.viewer.analysis;

import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.siting.SitingResult;

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
 */
public record SitingAnswer(
    Evaluation evaluation,
    int candidatesConsidered,
    int candidatesGenerated,
    Candidates candidates,
    String note,
    SitingResult result,
    FacilitySet facilities,
    PopulationYear year) {

  /**
   * The candidate set an answer speaks for ("OPTIMAL" means optimal over it).
   *
   * @param source {@link #COMPLETE} or {@link #GIVEN}
   * @param generated points passing the land rules (zone, water)
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
            + " the plan's) and every populated cell's point, inside the zone and out of the water";

    /** The request's own points. */
    public static final String GIVEN = "given: the request's candidates";
  }
}
