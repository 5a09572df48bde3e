/**
 * A planning area's plan as data: the plan file ({@code plan.json} next to an area's layers, e.g.
 * {@code gis-data/plan.json} for the 车谷 sample) with the plan's titles (zh/en), layer groups and
 * legend labels, the standards in force, the plan's own clauses behind their numbers ({@code
 * standardSources}) and the plan's indicators with targets and clauses. Another area's plan file
 * comes with its upload (a {@code plan.json} in its zip, a {@code plan} table in its GeoPackage).
 *
 * <p>Terms: a <em>plan file</em> is what a planner edits; a {@link cn.chegu.viewer.plan.Plan} is
 * its checked content. An area without a plan file has the {@linkplain
 * cn.chegu.viewer.plan.Plan#national national plan}: the GB 50180-2018 life circles, no targets, no
 * local words, national sources only. Measuring an indicator is {@code
 * indicator.IndicatorService}'s; this package only quotes. Plain Java (Jackson), no Spring.
 */
package cn.chegu.viewer.plan;
