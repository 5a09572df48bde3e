package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.GapProperties;
import cn.chegu.viewer.analysis.Timings;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The answer of {@code GET /api/coverage/gaps}: a GeoJSON FeatureCollection of gap polygons, rank 1
 * first, with what was counted and how the uncovered residents split.
 *
 * @param type always {@code FeatureCollection}
 * @param features the gaps
 * @param standard the service standard's code
 * @param method {@code network} or {@code euclidean}
 * @param facilities the facility set counted ({@code existing}, {@code committed}, {@code plan})
 * @param facilitiesUsed how many facilities it holds of the standard's types
 * @param notes what a reader must know (e.g. the set holds no facility of a type)
 * @param notesZh the notes in Chinese
 * @param rules the travel rules that produced the gaps, in words
 * @param rulesZh the same rules in Chinese, one for one
 * @param year the population year
 * @param minResidents a cluster with fewer residents is not a gap
 * @param gapResidents residents in the gaps listed
 * @param remainderResidents uncovered residents in smaller clusters or sparser cells
 * @param remainderClusters how many clusters are below {@code minResidents}
 * @param minCellResidents a cell with fewer residents joins no gap
 * @param sparseResidents uncovered residents of those sparser cells
 * @param definition what a gap is, in words
 * @param timings wall time from the request's arrival, and its phases
 */
record GapsView(
    @Schema(allowableValues = "FeatureCollection") String type,
    List<FeatureView<GapProperties>> features,
    String standard,
    String method,
    String facilities,
    FacilitiesUsedView facilitiesUsed,
    List<String> notes,
    List<String> notesZh,
    List<String> rules,
    List<String> rulesZh,
    int year,
    long minResidents,
    long gapResidents,
    long remainderResidents,
    int remainderClusters,
    long minCellResidents,
    long sparseResidents,
    String definition,
    Timings.Summary timings) {}
