package cn.chegu.viewer.ogc;

import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.facility.FacilitySet;

/**
 * The parameters of one result collection besides its standard.
 *
 * @param method network or straight line
 * @param year the residents counted (gaps only; service areas do not depend on it)
 * @param set the facilities that serve
 */
public record ResultParameters(CoverageMethod method, PopulationYear year, FacilitySet set) {}
