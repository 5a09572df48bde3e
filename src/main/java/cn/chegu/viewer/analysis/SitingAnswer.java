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
 * @param note why fewer candidates were considered, or null
 * @param result the solver's result (status, objective, bound, gap, times, model size)
 * @param facilities the facility set that stayed fixed
 * @param year population year
 */
public record SitingAnswer(
    Evaluation evaluation,
    int candidatesConsidered,
    int candidatesGenerated,
    String note,
    SitingResult result,
    FacilitySet facilities,
    PopulationYear year) {}
