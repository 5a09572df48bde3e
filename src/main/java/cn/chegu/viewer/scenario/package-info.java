/**
 * What-if scenarios over the baseline plan.
 *
 * <dl>
 *   <dt>baseline
 *   <dd>the facilities as loaded into the store (existing and planned, as the plan says).
 *   <dt>scenario
 *   <dd>a named, persisted list of {@linkplain FacilityEdit edits} over the baseline; the baseline
 *       itself is never changed.
 *   <dt>edit
 *   <dd>ADD a new facility; MOVE a baseline facility to another position; REMOVE a baseline
 *       facility. Editing a facility the scenario itself added changes that addition in place.
 *   <dt>effective facilities
 *   <dd>the baseline with a scenario's edits applied ({@link ScenarioFacilities#apply}); coverage
 *       of a scenario is coverage computed on them, compared with the baseline per sub-district.
 * </dl>
 */
package cn.chegu.viewer.scenario;
