package cn.chegu.viewer.analysis;

import cn.chegu.viewer.access.AccessResult;
import cn.chegu.viewer.access.AccessType;
import cn.chegu.viewer.access.DecayBands;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.ServiceStandard;

/**
 * Capacity-aware access of one type, for one population year and facility set, with the rules that
 * produced it.
 *
 * @param type the facility type
 * @param year population year
 * @param set facility set
 * @param catchment the service standard whose mode and time bound each catchment
 * @param decay the distance-decay bands
 * @param result the E2SFCA result
 */
public record AccessAnswer(
    AccessType type,
    PopulationYear year,
    FacilitySet set,
    ServiceStandard catchment,
    DecayBands decay,
    AccessResult result) {}
