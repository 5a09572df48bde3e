/**
 * Public facilities and the service standards they are measured against. Plain Java (no Spring, SQL
 * or HTTP): the store-backed catalogue lives at the edge, in {@code analysis}.
 *
 * <dl>
 *   <dt>facility
 *   <dd>{@link cn.chegu.viewer.facility.Facility}: a point of a {@link
 *       cn.chegu.viewer.facility.FacilityType} with its status (existing, under construction,
 *       planned), capacity and provenance ({@code source}).
 *   <dt>facility set
 *   <dd>{@link cn.chegu.viewer.facility.FacilitySet}: which statuses an answer counts — {@code
 *       existing}, {@code committed} (+ under construction) or {@code plan} (+ planned).
 *   <dt>service standard
 *   <dd>{@link cn.chegu.viewer.facility.ServiceStandard}: the facility types, travel mode, time
 *       limit, speeds, dispatch delay and straight-line radius of one of the plan's circles, each
 *       number with its source; {@link cn.chegu.viewer.facility.ServiceStandards} holds the
 *       defaults (the plan and GB 50180-2018).
 * </dl>
 */
package cn.chegu.viewer.facility;
