/**
 * Coverage of a service standard: who is within reach of a facility, who is not, and where the gaps
 * are. Plain Java on JTS and the {@code network} package (no Spring, SQL or HTTP); all geometry in
 * metres.
 *
 * <dl>
 *   <dt>demand cell
 *   <dd>a population cell (polygon or point) with its residents and the area (sub-district) it
 *       belongs to; it is represented by its interior point for distance and travel time.
 *   <dt>service standard
 *   <dd>see {@link cn.chegu.viewer.facility.ServiceStandard}: facility types, mode, time limit,
 *       speed, dispatch delay, Euclidean radius, with sources.
 *   <dt>method
 *   <dd>{@code euclidean}: straight-line distance to the nearest facility ≤ the standard's radius
 *       (what the plan's circles literally draw); {@code network}: travel time over the road graph
 *       under the travel rules of {@link cn.chegu.viewer.network.TravelMode} (road classes per
 *       mode, one-way, access legs at both ends at the mode's access speed, snap limit) plus any
 *       dispatch delay, ≤ the standard's time.
 *   <dt>covered
 *   <dd>a cell whose nearest facility (for {@code EVERY_TYPE} standards: the nearest facility of
 *       every required type) is within the standard; its residents count as covered.
 *   <dt>gap
 *   <dd>a cluster of contiguous (8-neighbour) uncovered cells each holding at least {@code
 *       minCellResidents}, ranked by residents (rank 1 = most); smaller clusters and sparse cells
 *       are the remainder (see {@link cn.chegu.viewer.coverage.GapOp}). Its best site: the road
 *       node inside it where one new facility newly covers most residents ({@link
 *       cn.chegu.viewer.coverage.SiteGain}).
 * </dl>
 */
package cn.chegu.viewer.coverage;
