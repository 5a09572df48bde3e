package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.FacilitiesUsed;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Which facilities a coverage answer counted: those of the standard's types in the chosen set.
 *
 * @param total facilities counted
 * @param positionsModelled of which the position is modelled (placed by the sample generator, not
 *     surveyed: the feature's {@code source} says {@code modelled})
 * @param modelled the same number as {@code positionsModelled}, under its former name (kept for
 *     clients written before the rename; {@code GET /api/access} counts modelled capacities as
 *     {@code capacitiesModelled})
 */
record FacilitiesUsedView(
    int total,
    int positionsModelled,
    @Schema(deprecated = true, description = "former name of positionsModelled") int modelled) {

  static FacilitiesUsedView of(FacilitiesUsed used) {
    return new FacilitiesUsedView(used.total(), used.modelled(), used.modelled());
  }
}
