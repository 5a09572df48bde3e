/**
 * Capacity-aware access: not only "is a facility within reach?" (that is {@code coverage}) but "is
 * there room for the residents who can reach it?". Implements the enhanced two-step floating
 * catchment area method (E2SFCA; Luo &amp; Qi 2009, <i>Health &amp; Place</i> 15(4):1100–1107) on
 * the road network of the {@code network} package. Plain Java on JTS, {@code network} and {@code
 * coverage} (no Spring, SQL or HTTP); all geometry in metres.
 *
 * <dl>
 *   <dt>supply point
 *   <dd>a facility with a capacity S<sub>j</sub> (beds, school places) and whether that capacity is
 *       modelled rather than reported.
 *   <dt>catchment
 *   <dd>the cells from which a facility can be reached within the catchment time t<sub>max</sub>
 *       (the type's service standard: travel mode, time, dispatch delay), by the same shortest-path
 *       trees and point-to-road rules as coverage.
 *   <dt>decay bands
 *   <dd>a stepped distance-decay weight W(t): the catchment time split into bands, each with a
 *       weight in (0, 1]; W = 0 beyond t<sub>max</sub>.
 *   <dt>demand D<sub>j</sub>
 *   <dd>the distance-weighted residents of facility j's catchment: Σ<sub>k</sub> P<sub>k</sub>
 *       W(t<sub>kj</sub>).
 *   <dt>supply-to-demand ratio R<sub>j</sub>
 *   <dd>S<sub>j</sub> / D<sub>j</sub> (step 1); 0 when no resident reaches j.
 *   <dt>access A<sub>i</sub>
 *   <dd>Σ<sub>j</sub> R<sub>j</sub> W(t<sub>ij</sub>) (step 2): capacity available per resident of
 *       cell i, reported per 1,000 residents.
 *   <dt>norm
 *   <dd>the provision a standard expects per 1,000 residents (e.g. hospital beds).
 *   <dt>apportioned residents D'<sub>j</sub>
 *   <dd>facility j's share of the residents in reach, each resident split among the facilities that
 *       reach them in proportion to S<sub>j</sub> W(t<sub>ij</sub>), so nobody is counted twice
 *       where catchments overlap.
 *   <dt>load
 *   <dd>need / S<sub>j</sub> with need = D'<sub>j</sub> × norm / 1,000: a facility with load &gt; 1
 *       is <b>overloaded</b> (its share of the residents needs more than it has).
 *   <dt>invariant
 *   <dd>because both steps use the same weights, Σ<sub>i</sub> A<sub>i</sub> P<sub>i</sub> =
 *       Σ<sub>j : D<sub>j</sub> &gt; 0</sub> S<sub>j</sub>: every unit of capacity that some
 *       resident can reach is handed out exactly once, none is invented.
 * </dl>
 */
package cn.chegu.viewer.access;
